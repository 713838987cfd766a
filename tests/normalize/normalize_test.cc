#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/normalize.h"
#include "support/memory_file_system.h"

namespace hindsight {
namespace {

// Loads and normalizes `files` (path, contents) in order.
struct Run {
  NormalizedLog log;
  Diagnostics diagnostics;

  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
  }
};

Run normalize_files(const std::vector<std::pair<std::string, std::string>>& files,
                    NormalizeOptions options = {}) {
  testing::MemoryFileSystem fs;
  std::vector<std::string> inputs;
  for (const auto& [path, contents] : files) {
    fs.add_file(path, contents);
    inputs.push_back(path);
  }
  std::istringstream in;
  Run run;
  LoadedInputs loaded = load_inputs(inputs, fs, in, run.diagnostics);
  run.log = normalize(loaded, options, run.diagnostics);
  return run;
}

Run normalize_text(const std::string& text, NormalizeOptions options = {}) {
  return normalize_files({{"log.yaml", text}}, options);
}

Timestamp utc(const char* text) { return *parse_timestamp(text, nullptr).time; }

TEST_CASE("a full native log becomes header and events", "[normalize]") {
  Run run = normalize_text(R"(hindsight: 1
incident:
  id: INC-2041
  title: Backfill exhausted partner API quota
  severity: SEV1
  timezone: Europe/Helsinki
  services: [graph-sync, insights-api]
  impact: {start: 2026-03-04T10:15:00+02:00}
  summary: Page data stopped updating.
events:
  - time: 2026-03-04T09:58:12+02:00
    end: 2026-03-04T13:40:00+02:00
    kind: backfill
    title: Backfill of page insights since 2024 started
    service: graph-sync
    actor: {name: arto, role: data engineer}
    source: airflow
    id: insights_backfill/2026-03-04
    labels: {dag: insights_backfill, rate_per_s: 1200}
    link: https://example.invalid/airflow/runs/42
)");
  CHECK(run.messages().empty());
  const Incident& incident = run.log.incident;
  REQUIRE(incident.id);
  CHECK(incident.id->value == "INC-2041");
  CHECK(incident.id->pos.line == 3);
  CHECK(incident.severity->value == "SEV1");
  CHECK(incident.timezone->value == "Europe/Helsinki");
  CHECK(incident.services->value == std::vector<std::string>{"graph-sync", "insights-api"});
  CHECK(incident.impact_start->value == utc("2026-03-04T08:15:00Z"));
  CHECK_FALSE(incident.impact_end);
  CHECK(incident.summary->value == "Page data stopped updating.");

  REQUIRE(run.log.events.size() == 1);
  const Event& event = run.log.events[0];
  CHECK(event.time == utc("2026-03-04T07:58:12Z"));
  CHECK(event.end == utc("2026-03-04T11:40:00Z"));
  CHECK(event.kind == Kind::backfill);
  CHECK(event.title == "Backfill of page insights since 2024 started");
  CHECK(event.service == "graph-sync");
  REQUIRE(event.actor);
  CHECK(event.actor->name == "arto");
  CHECK(event.actor->role == "data engineer");
  CHECK(event.source == "airflow");
  CHECK(event.id == "insights_backfill/2026-03-04");
  CHECK(event.link == "https://example.invalid/airflow/runs/42");
  CHECK(event.labels == std::vector<Label>{
                            {"dag", "insights_backfill"}, {"rate_per_s", "1200"}});
  CHECK(event.origin.line == 11);
  CHECK(event.origin.column == 5);
}

TEST_CASE("bare lists and multi-document streams are event logs", "[normalize]") {
  Run run = normalize_files({{"list.yaml",
                              "- {time: 2026-03-04T10:00:00Z, kind: alert, title: a}\n"
                              "- {time: 2026-03-04T10:01:00Z, kind: page, title: b}\n"},
                             {"stream.yaml",
                              "---\ntime: 2026-03-04T10:02:00Z\nkind: ack\ntitle: c\n"
                              "---\n- {time: 2026-03-04T10:03:00Z, kind: note, title: d}\n---\n"}});
  CHECK(run.messages().empty());
  REQUIRE(run.log.events.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(run.log.events[i].input_order == i);
  CHECK(run.log.events[2].kind == Kind::ack);
  CHECK(run.log.events[3].title == "d");
}

TEST_CASE("a header-only file is fine; a file with neither is an error", "[normalize]") {
  Run header_only = normalize_text("incident: {id: INC-1}\n");
  CHECK(header_only.messages().empty());

  Run neither = normalize_text("hindsight: 1\n");
  CHECK(neither.messages() ==
        std::vector<std::string>{"log.yaml: error: file has no incident header and no events\n"
                                 "  hint: add an `incident:` header or an `events:` list, or "
                                 "leave the file out"});
}

TEST_CASE("missing required keys are each reported at the event", "[normalize]") {
  Run run = normalize_text("events:\n  - service: api\n");
  CHECK(run.messages() ==
        std::vector<std::string>{"log.yaml:2:5: error: event has no `time`\n"
                                 "  hint: every event needs `time`, `kind` and `title`",
                                 "log.yaml:2:5: error: event has no `kind`\n"
                                 "  hint: every event needs `time`, `kind` and `title`",
                                 "log.yaml:2:5: error: event has no `title`\n"
                                 "  hint: every event needs `time`, `kind` and `title`"});
  CHECK(run.log.events.empty());
}

TEST_CASE("a non-map event is an error naming what was found", "[normalize]") {
  Run run = normalize_text("events:\n  - just a string\n");
  CHECK(run.messages() == std::vector<std::string>{
                              "log.yaml:2:5: error: an event must be a map, found a single value\n"
                              "  hint: write each event as `- time: ...` with `kind:` and "
                              "`title:` beneath"});
}

TEST_CASE("a document no format recognises names the closest candidates", "[normalize]") {
  Run run = normalize_text("- {time: 2026-03-04T10:00:00Z, name: x}\n---\n{foo: 1}\n");
  CHECK(run.messages() ==
        std::vector<std::string>{
            "log.yaml:1:1: error: no known format recognises this document\n"
            "  hint: closest: native (no `events:` list, and no event with `time`, `kind` and "
            "`title`)",
            "log.yaml:3:1: error: no known format recognises this document\n"
            "  hint: see `hindsight formats` for what hindsight reads; force one with "
            "--input-format NAME or a NAME:path prefix"});
}

TEST_CASE("a forced format skips detection", "[normalize]") {
  NormalizeOptions options;
  options.input_format = find_adapter("native");
  Run run = normalize_text("- {time: 2026-03-04T10:00:00Z, name: x}\n", options);
  CHECK(run.diagnostics.error_count() == 2);  // no kind, no title: read as native anyway
  const std::vector<std::string> messages = run.messages();
  CHECK(std::count(messages.begin(), messages.end(),
                   "log.yaml:1:3: error: event has no `kind`\n"
                   "  hint: every event needs `time`, `kind` and `title`") == 1);
}

TEST_CASE("events carry the format they were read from", "[normalize]") {
  Run run = normalize_text("- {time: 2026-03-04T10:00:00Z, kind: note, title: x}\n");
  CHECK(run.log.events.at(0).adapter == "native");
}

TEST_CASE("a source's clock skew is corrected from the header, or from options", "[normalize]") {
  const std::string events =
      "- {time: 2026-03-04T10:00:00Z, end: 2026-03-04T10:05:00Z, kind: alert, title: a, "
      "source: pagerduty}\n"
      "- {time: 2026-03-04T10:00:00Z, kind: alert, title: b, source: alertmanager}\n";
  const std::string header = "incident: {skew: {pagerduty: -90s}}\n";
  Run from_header = normalize_files({{"events.yaml", events}, {"incident.yaml", header}});
  CHECK(from_header.messages().empty());
  CHECK(from_header.log.events.at(0).time == utc("2026-03-04T09:58:30Z"));
  CHECK(from_header.log.events.at(0).end == utc("2026-03-04T10:03:30Z"));
  CHECK(from_header.log.events.at(1).time == utc("2026-03-04T10:00:00Z"));

  NormalizeOptions options;
  options.skew["pagerduty"] = std::chrono::seconds(30);
  options.skew["native"] = std::chrono::seconds(1);  // no source: the format name
  Run from_flag = normalize_files({{"events.yaml", events}, {"incident.yaml", header}}, options);
  CHECK(from_flag.log.events.at(0).time == utc("2026-03-04T10:00:30Z"));
  CHECK(from_flag.log.events.at(1).time == utc("2026-03-04T10:00:00Z"));
}

TEST_CASE("a malformed or conflicting skew is an error", "[normalize]") {
  Run bad = normalize_text("incident: {skew: {pagerduty: soon}}\n");
  CHECK(bad.messages() ==
        std::vector<std::string>{"log.yaml:1:30: error: incident.skew.pagerduty: invalid duration "
                                 "\"soon\"\n"
                                 "  hint: write a signed duration such as +90s, -2m or +1h30m"});
  Run conflict = normalize_files({{"a.yaml", "incident: {skew: {pagerduty: -90s}}\n"},
                                  {"b.yaml", "incident: {skew: {pagerduty: +90s}}\n"}});
  REQUIRE(conflict.diagnostics.error_count() == 1);
  CHECK(conflict.messages()[0].rfind("b.yaml:1:30: error: incident.skew.pagerduty is +1m 30s "
                                     "here but -1m 30s at a.yaml:1:30",
                                     0) == 0);
}

TEST_CASE("an unknown kind suggests the closest one", "[normalize]") {
  Run run = normalize_text("- {time: 2026-03-04T10:00:00Z, kind: deploi, title: x}\n");
  CHECK(run.messages() == std::vector<std::string>{
                              "log.yaml:1:38: error: unknown kind \"deploi\"\n"
                              "  hint: did you mean \"deploy\"? (custom kinds start with `x-`)"});
}

TEST_CASE("an unknown key is a warning with a suggestion, and the event is kept", "[normalize]") {
  Run run = normalize_text("- time: 2026-03-04T10:00:00Z\n  kind: note\n  titel: x\n  title: y\n");
  CHECK(run.messages() ==
        std::vector<std::string>{"log.yaml:3:3: warning: unknown event key \"titel\" is ignored\n"
                                 "  hint: did you mean \"title\"?"});
  CHECK(run.log.events.size() == 1);
}

TEST_CASE("a key written twice is an error at the second one", "[normalize]") {
  Run run = normalize_text("- time: 2026-03-04T10:00:00Z\n  kind: note\n  title: a\n  title: b\n");
  CHECK(run.messages() ==
        std::vector<std::string>{"log.yaml:4:3: error: key \"title\" appears twice in this event "
                                 "(first at line 3)\n"
                                 "  hint: only the first value would be used; remove or rename "
                                 "one of them"});
}

TEST_CASE("offset-less times use --assume-tz, else the header's timezone", "[normalize]") {
  const std::string event = "- {time: '2026-03-04 10:15:00', kind: note, title: x}\n";
  Run without_zone = normalize_text(event);
  REQUIRE(without_zone.diagnostics.error_count() == 1);
  CHECK(without_zone.log.events.empty());

  Run from_header = normalize_files(
      {{"events.yaml", event}, {"incident.yaml", "incident: {timezone: Europe/Helsinki}\n"}});
  CHECK(from_header.messages().empty());
  CHECK(from_header.log.events.at(0).time == utc("2026-03-04T08:15:00Z"));

  NormalizeOptions options;
  options.assume_zone = lookup_zone("America/New_York").zone;
  Run assumed = normalize_files(
      {{"events.yaml", event}, {"incident.yaml", "incident: {timezone: Europe/Helsinki}\n"}},
      options);
  CHECK(assumed.log.events.at(0).time == utc("2026-03-04T15:15:00Z"));
}

TEST_CASE("header times also read in the header's timezone", "[normalize]") {
  Run run = normalize_text(
      "incident:\n  timezone: Europe/Helsinki\n  impact: {start: '2026-03-04 10:15'}\n");
  CHECK(run.messages().empty());
  CHECK(run.log.incident.impact_start->value == utc("2026-03-04T08:15:00Z"));
}

TEST_CASE("epoch seconds are read from plain numbers only", "[normalize]") {
  Run run = normalize_text(
      "- {time: 1772612100, kind: note, title: plain}\n"
      "- {time: 1772612100.5, kind: note, title: decimal}\n");
  CHECK(run.messages().empty());
  REQUIRE(run.log.events.size() == 2);
  CHECK(run.log.events[0].time == utc("2026-03-04T08:15:00Z"));
  CHECK(run.log.events[1].time == utc("2026-03-04T08:15:00.5Z"));

  Run quoted = normalize_text("- {time: '1772612100', kind: note, title: quoted}\n");
  CHECK(quoted.diagnostics.error_count() == 1);
}

TEST_CASE("end before time is an error at end", "[normalize]") {
  Run run = normalize_text(
      "- time: 2026-03-04T10:00:00Z\n  end: 2026-03-04T09:00:00Z\n  kind: alert\n  title: x\n");
  CHECK(run.messages() ==
        std::vector<std::string>{"log.yaml:2:8: error: end (2026-03-04T09:00:00Z) is earlier than "
                                 "time (2026-03-04T10:00:00Z)\n"
                                 "  hint: an interval must end at or after its start; check the "
                                 "offsets and dates"});
  CHECK(run.log.events.empty());
}

TEST_CASE("an unknown header timezone is an error with a suggestion", "[normalize]") {
  Run run = normalize_text("incident: {timezone: Europe/Helsinky}\n");
  REQUIRE(run.diagnostics.error_count() == 1);
  const Diagnostic& d = run.diagnostics.all()[0];
  CHECK(d.pos.line == 1);
  CHECK(d.pos.column == 22);
  CHECK(d.message.find("Europe/Helsinky") != std::string::npos);
  CHECK(d.hint.find("Europe/Helsinki") != std::string::npos);
}

TEST_CASE("headers in several files merge; a conflict names both places", "[normalize]") {
  Run run = normalize_files({{"a.yaml", "incident: {id: INC-1, severity: SEV1}\n"},
                             {"b.yaml",
                              "incident:\n  id: INC-1\n  title: Outage\n"
                              "  severity: SEV2\n"}});
  CHECK(run.messages() ==
        std::vector<std::string>{"b.yaml:4:13: error: incident.severity is \"SEV2\" here but "
                                 "\"SEV1\" at a.yaml:1:33\n"
                                 "  hint: headers from several inputs are merged; give the key "
                                 "the same value in each, or keep it in one place"});
  CHECK(run.log.incident.title->value == "Outage");
}

TEST_CASE("the same impact start written with different offsets agrees", "[normalize]") {
  Run run = normalize_files({{"a.yaml", "incident: {impact: {start: 2026-03-04T10:15:00+02:00}}\n"},
                             {"b.yaml", "incident: {impact: {start: 2026-03-04T08:15:00Z}}\n"}});
  CHECK(run.messages().empty());
}

TEST_CASE("labels must be single values; actor may be a string", "[normalize]") {
  Run run = normalize_text(
      "- time: 2026-03-04T10:00:00Z\n  kind: note\n  title: x\n"
      "  actor: sam\n  labels: {a: [1, 2], b: ~}\n");
  CHECK(run.messages() == std::vector<std::string>{
                              "log.yaml:5:15: error: label \"a\" must be a single value, found a "
                              "list"});
  Run ok = normalize_text("- {time: 2026-03-04T10:00:00Z, kind: note, title: x, actor: sam}\n");
  REQUIRE(ok.log.events.at(0).actor);
  CHECK(ok.log.events[0].actor->name == "sam");
  CHECK(ok.log.events[0].actor->role.empty());
}

TEST_CASE("an unsupported format version is an error", "[normalize]") {
  Run run = normalize_text("hindsight: 2\nevents: []\n");
  CHECK(run.diagnostics.error_count() >= 1);
  CHECK(run.messages()[0] ==
        "log.yaml:1:12: error: unsupported format version \"2\"\n"
        "  hint: this hindsight reads `hindsight: 1`; leave the key out or set it to 1");
}

TEST_CASE("a custom kind is kept as written", "[normalize]") {
  Run run = normalize_text("- {time: 2026-03-04T10:00:00Z, kind: x-partner-ticket, title: x}\n");
  CHECK(run.messages().empty());
  CHECK(display_kind(run.log.events.at(0)) == "x-partner-ticket");
}

}  // namespace
}  // namespace hindsight
