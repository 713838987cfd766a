// Merge ordering: by time, ties by input order, whatever the incoming order.
#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "hindsight/merge.h"
#include "merge/merge_test_events.h"

namespace hindsight {
namespace {

using merge_test::event;

std::vector<std::string> titles(const std::vector<Event>& timeline) {
  std::vector<std::string> out;
  for (const Event& e : timeline) out.push_back(e.title);
  return out;
}

TEST_CASE("merge orders events by time", "[merge]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {
          event(Kind::page, "page", "2026-03-04T08:25:00", 0, "pages.yaml"),
          event(Kind::backfill, "backfill", "2026-03-04T07:58:12", 1, "airflow.yaml"),
          event(Kind::alert, "alert", "2026-03-04T08:21:00", 2, "alerts.yaml"),
      },
      diagnostics);
  CHECK(titles(timeline) == std::vector<std::string>{"backfill", "alert", "page"});
  CHECK(diagnostics.empty());
}

TEST_CASE("merge breaks time ties by input order across inputs", "[merge]") {
  // Two files log the same instant; the command-line order decides, not
  // the order in which the events reach merge.
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {
          event(Kind::ack, "b.yaml first", "2026-03-04T08:30:00", 5, "b.yaml"),
          event(Kind::note, "a.yaml second", "2026-03-04T08:30:00", 1, "a.yaml"),
          event(Kind::page, "a.yaml first", "2026-03-04T08:30:00", 0, "a.yaml"),
          event(Kind::note, "b.yaml second", "2026-03-04T08:30:00", 6, "b.yaml"),
      },
      diagnostics);
  CHECK(titles(timeline) ==
        std::vector<std::string>{"a.yaml first", "a.yaml second", "b.yaml first", "b.yaml second"});
}

TEST_CASE("merge gives the same timeline for any incoming arrangement", "[merge]") {
  std::vector<Event> events;
  for (std::size_t i = 0; i < 12; ++i) {
    // Three distinct times, four events at each.
    const std::string time = "2026-03-04T08:0" + std::to_string(i % 3) + ":00";
    events.push_back(event(Kind::note, "event " + std::to_string(i), time, i));
  }
  Diagnostics reference_diagnostics;
  const auto reference = titles(merge_events(events, reference_diagnostics));
  CHECK(reference.front() == "event 0");
  CHECK(reference.back() == "event 11");

  std::mt19937 shuffler(2041);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(events.begin(), events.end(), shuffler);
    Diagnostics diagnostics;
    CHECK(titles(merge_events(events, diagnostics)) == reference);
  }
}

TEST_CASE("merge orders a large shuffled timeline, every event once", "[merge]") {
  // Events are put in order by permuting them in place, cycle by cycle;
  // many events with few distinct times make long cycles and many ties.
  std::mt19937 random(77);
  std::uniform_int_distribution<int> minute(0, 49);
  std::vector<Event> events;
  for (std::size_t i = 0; i < 2000; ++i) {
    const int m = minute(random);
    const std::string time = "2026-03-04T08:" + std::string(m < 10 ? "0" : "") +
                             std::to_string(m) + ":00";
    events.push_back(event(Kind::note, "event " + std::to_string(i), time, i));
  }
  std::shuffle(events.begin(), events.end(), random);
  Diagnostics diagnostics;
  const auto timeline = merge_events(events, diagnostics);
  REQUIRE(timeline.size() == events.size());
  CHECK(std::is_sorted(timeline.begin(), timeline.end(), [](const Event& a, const Event& b) {
    return std::tie(a.time, a.input_order) < std::tie(b.time, b.input_order);
  }));
  std::vector<std::string> merged = titles(timeline);
  std::vector<std::string> given = titles(events);
  std::sort(merged.begin(), merged.end());
  std::sort(given.begin(), given.end());
  CHECK(merged == given);
}

TEST_CASE("merge keeps nanosecond differences in order", "[merge]") {
  Diagnostics diagnostics;
  Event later = event(Kind::note, "later", "2026-03-04T08:00:00", 0);
  later.time += Nanoseconds(1);
  const auto timeline =
      merge_events({later, event(Kind::note, "earlier", "2026-03-04T08:00:00", 1)}, diagnostics);
  CHECK(titles(timeline) == std::vector<std::string>{"earlier", "later"});
}

TEST_CASE("merge of nothing is an empty timeline", "[merge]") {
  Diagnostics diagnostics;
  CHECK(merge_events({}, diagnostics).empty());
  CHECK(diagnostics.empty());
}

TEST_CASE("events without an id never collapse", "[merge]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {
          event(Kind::alert, "same", "2026-03-04T08:21:00", 0),
          event(Kind::alert, "same", "2026-03-04T08:21:00", 1),
      },
      diagnostics);
  CHECK(timeline.size() == 2);
  CHECK(diagnostics.empty());
}

}  // namespace
}  // namespace hindsight
