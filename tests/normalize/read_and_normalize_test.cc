// read_and_normalize: file by file, with the same events as load_inputs and
// normalize, and offset-less times read in a timezone that a later file's
// header gives.
#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/normalize.h"
#include "support/memory_file_system.h"

namespace hindsight {
namespace {

struct Run {
  NormalizedLog log;
  Diagnostics diagnostics;
  std::size_t file_count = 0;

  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
  }
  std::vector<std::string> times() const {
    std::vector<std::string> out;
    for (const Event& event : log.events) out.push_back(format_utc(event.time));
    return out;
  }
};

Run streamed(const testing::MemoryFileSystem& fs, const std::vector<std::string>& inputs,
             const NormalizeOptions& options = {}) {
  std::istringstream in;
  Run run;
  run.log = read_and_normalize(inputs, fs, in, options, run.diagnostics, run.file_count);
  return run;
}

Run at_once(const testing::MemoryFileSystem& fs, const std::vector<std::string>& inputs,
            const NormalizeOptions& options = {}) {
  std::istringstream in;
  Run run;
  const LoadedInputs loaded = load_inputs(inputs, fs, in, run.diagnostics);
  run.file_count = loaded.files.size();
  run.log = normalize(loaded, options, run.diagnostics);
  return run;
}

// alerts.yaml sorts before incident.yaml, whose header holds the zone.
testing::MemoryFileSystem zone_comes_later() {
  testing::MemoryFileSystem fs;
  fs.add_directory("logs");
  fs.add_file("logs/alerts.yaml",
              "- {time: 2026-03-04 10:15:00, kind: alert, title: local}\n"
              "- {time: 2026-03-04T08:20:00Z, kind: ack, title: with offset}\n");
  fs.add_file("logs/incident.yaml", "incident: {title: t, timezone: Europe/Helsinki}\n");
  fs.add_file("logs/notes.yaml", "- {time: 2026-03-04T09:00:00+01:00, kind: note, title: n}\n");
  return fs;
}

}  // namespace

TEST_CASE("read_and_normalize reads offset-less times in a later header's zone",
          "[normalize][streaming]") {
  const Run run = streamed(zone_comes_later(), {"logs"});
  CHECK(run.messages().empty());
  CHECK(run.file_count == 3);
  CHECK(run.times() == std::vector<std::string>{"2026-03-04T08:15:00Z", "2026-03-04T08:20:00Z",
                                                "2026-03-04T08:00:00Z"});
  for (std::size_t i = 0; i < run.log.events.size(); ++i) {
    CHECK(run.log.events[i].input_order == i);
  }
}

TEST_CASE("read_and_normalize gives what load_inputs and normalize give",
          "[normalize][streaming]") {
  testing::MemoryFileSystem fs = zone_comes_later();
  fs.add_file("extra.yaml", "events:\n  - {time: 2026-03-04T10:00:00Z, kind: deploy, title: d}\n"
                            "  - {time: nope, kind: note, title: bad}\n");
  const std::vector<std::string> inputs = {"logs", "missing.yaml", "extra.yaml"};
  const Run streaming = streamed(fs, inputs);
  const Run loaded = at_once(fs, inputs);
  CHECK(streaming.times() == loaded.times());
  CHECK(streaming.file_count == loaded.file_count);
  CHECK(streaming.messages().size() == 2);
  CHECK(streaming.messages() == loaded.messages());
}

TEST_CASE("read_and_normalize gives the same result for any number of jobs",
          "[normalize][streaming]") {
  testing::MemoryFileSystem fs = zone_comes_later();
  fs.add_directory("many");
  for (int i = 0; i < 40; ++i) {
    std::string text = "events:\n";
    for (int e = 0; e < 5; ++e) {
      text += "  - {time: '2026-03-04T10:" + std::to_string(10 + e) + ":0" + std::to_string(i % 10) +
              "Z', kind: " + (e == 3 ? "nope" : "alert") + ", title: a" + std::to_string(i) +
              "}\n";
    }
    if (i % 7 == 0) text += "incident: {title: t" + std::to_string(i) + "}\n";
    if (i % 11 == 0) text = "{ broken";
    if (i % 13 == 0) text = "   \n";
    fs.add_file("many/f" + std::to_string(100 + i) + ".yaml", text);
  }
  fs.add_unreadable("many/locked.yaml");
  const std::vector<std::string> inputs = {"many", "logs", "absent"};
  NormalizeOptions options;
  options.jobs = 1;
  const Run one = streamed(fs, inputs, options);
  REQUIRE(one.messages().size() > 10);
  REQUIRE(one.log.events.size() > 100);
  for (const unsigned jobs : {2u, 3u, 8u, 64u}) {
    INFO("jobs " << jobs);
    options.jobs = jobs;
    const Run many = streamed(fs, inputs, options);
    CHECK(many.messages() == one.messages());
    CHECK(many.times() == one.times());
    CHECK(many.file_count == one.file_count);
    REQUIRE(many.log.events.size() == one.log.events.size());
    for (std::size_t i = 0; i < one.log.events.size(); ++i) {
      CHECK(many.log.events[i].title == one.log.events[i].title);
      CHECK(many.log.events[i].origin.file == one.log.events[i].origin.file);
    }
    CHECK(many.log.incident.title.value_or(Sourced<std::string>{}).value ==
          one.log.incident.title.value_or(Sourced<std::string>{}).value);
  }
  // Reading all files first reports every parse problem before any other;
  // file by file, each file's problems stay together. The problems are the
  // same ones.
  std::vector<std::string> all_at_once = at_once(fs, inputs).messages();
  std::vector<std::string> file_by_file = one.messages();
  std::sort(all_at_once.begin(), all_at_once.end());
  std::sort(file_by_file.begin(), file_by_file.end());
  CHECK(all_at_once == file_by_file);
}

TEST_CASE("read_and_normalize reports its progress file by file", "[normalize][streaming]") {
  NormalizeOptions options;
  options.jobs = 3;
  std::vector<ReadProgress> seen;
  options.on_progress = [&](const ReadProgress& progress) { seen.push_back(progress); };
  const Run run = streamed(zone_comes_later(), {"logs"}, options);
  REQUIRE(seen.size() == 3);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    CHECK(seen[i].files_read == i + 1);
    CHECK(seen[i].files_total == 3);
  }
  // alerts.yaml waits for the header's zone: its offset-less event is
  // read at the join, after the last progress report.
  CHECK(seen.back().events + 1 == run.log.events.size());
}

TEST_CASE("without any zone, an offset-less time stays an error", "[normalize][streaming]") {
  testing::MemoryFileSystem fs;
  fs.add_file("a.yaml", "- {time: 2026-03-04 10:15:00, kind: alert, title: local}\n");
  const Run run = streamed(fs, {"a.yaml"});
  REQUIRE(run.messages().size() == 1);
  CHECK(run.messages()[0].find(std::string(kNoZoneToReadIn)) != std::string::npos);
  CHECK(run.log.events.empty());

  NormalizeOptions options;
  options.assume_zone = *lookup_zone("America/New_York").zone;
  const Run assumed = streamed(fs, {"a.yaml"}, options);
  CHECK(assumed.messages().empty());
  CHECK(assumed.times() == std::vector<std::string>{"2026-03-04T15:15:00Z"});
}

TEST_CASE("an assumed zone (--assume-tz) beats a later header's zone, file by file too", "[normalize][streaming]") {
  NormalizeOptions options;
  options.assume_zone = *lookup_zone("UTC").zone;
  const Run run = streamed(zone_comes_later(), {"logs"}, options);
  CHECK(run.messages().empty());
  CHECK(run.times().front() == "2026-03-04T10:15:00Z");
}

}  // namespace hindsight

namespace hindsight {

TEST_CASE("the events limit names the file where the count passes the limit, for any --jobs",
          "[normalize][limits]") {
  testing::MemoryFileSystem fs;
  fs.add_directory("logs");
  for (int file = 0; file < 8; ++file) {
    std::string events;
    for (int i = 0; i < 3; ++i) {
      events += "- {time: 2026-03-04T10:0" + std::to_string(i) + ":00Z, kind: note, title: n}\n";
    }
    fs.add_file("logs/" + std::to_string(file) + ".yaml", events);
  }
  for (unsigned jobs : {1u, 2u, 8u}) {
    INFO("jobs " << jobs);
    NormalizeOptions options;
    options.jobs = jobs;
    options.limits.max_events = 10;  // passed in the fourth file (12 events)
    const Run run = streamed(fs, {"logs"}, options);
    CHECK(run.log.events.empty());
    REQUIRE(run.diagnostics.error_count() == 1);
    CHECK_THAT(run.messages()[0],
               Catch::StartsWith("logs/3.yaml: error: more than 10 events: the limit is passed "
                                 "in this file\n  hint: raise the limit with --max-events N"));
    options.limits.max_events = 24;  // exactly all of them
    const Run fits = streamed(fs, {"logs"}, options);
    CHECK(fits.diagnostics.empty());
    CHECK(fits.log.events.size() == 24);
  }
}

TEST_CASE("the file size limit refuses a file or standard input over it is refused", "[normalize][limits]") {
  testing::MemoryFileSystem fs;
  fs.add_file("small.yaml", "- {time: 2026-03-04T10:00:00Z, kind: note, title: n}\n");
  fs.add_file("big.yaml", "- {time: 2026-03-04T10:00:00Z, kind: note, title: " +
                              std::string(200, 'x') + "}\n");
  NormalizeOptions options;
  options.limits.max_file_bytes = 100;
  std::istringstream in(std::string(300, '#') + "\n");
  Run run;
  run.log = read_and_normalize({"small.yaml", "big.yaml", "-"}, fs, in, options, run.diagnostics,
                               run.file_count);
  REQUIRE(run.diagnostics.error_count() == 2);
  CHECK_THAT(run.messages()[0],
             Catch::StartsWith("big.yaml: error: a file of 252 bytes, more than the 100 allowed"
                               "\n  hint: raise the limit with --max-file-size SIZE"));
  CHECK_THAT(run.messages()[1],
             Catch::StartsWith("<stdin>: error: standard input holds more than the 100 bytes "
                               "allowed"));
}

}  // namespace hindsight
