// The Mermaid gantt chart: escaping of event text, the sections and tasks
// written, and the wall-clock times. (tests/mermaid/check.mjs reads the
// golden charts with Mermaid's own parser.)
#include <catch2/catch.hpp>

#include <sstream>

#include "render/draft_test_story.h"
#include "render/mermaid_text.h"

namespace hindsight {
namespace {

using test::make_event;
using test::utc;

TEST_CASE("mermaid text: everything Mermaid or HTML could read is an entity", "[mermaid]") {
  CHECK(mermaid::escape_text("GraphApiThrottled: 97% of calls") ==
        "GraphApiThrottled#58; 97#37; of calls");
  CHECK(mermaid::escape_text("a;b#c%%d<e>&f\"g`h{i}j|k\\l~m^n$o") ==
        "a#59;b#35;c#37;#37;d#60;e#62;#38;f#34;g#96;h#123;i#125;j#124;k#92;l#126;m#94;n#36;o");
  CHECK(mermaid::escape_text("keeps -_.,()/+=!?*@[]' and ümlauts 日本") ==
        "keeps -_.,()/+=!?*@[]' and ümlauts 日本");
  CHECK(mermaid::escape_text("line one\nline two\r\n\tthree  spaces ") ==
        "line one line two three spaces");
  CHECK(mermaid::escape_text("") == "");
}

TEST_CASE("mermaid text: long text is cut at a character, never inside one", "[mermaid]") {
  CHECK(mermaid::escape_text("abcdef", 3) == "abc…");
  CHECK(mermaid::escape_text("ab cdef", 3) == "ab…");
  CHECK(mermaid::escape_text("äöüß", 2) == "äö…");
  CHECK(mermaid::escape_text("日本語", 3) == "日本語");
  // The cut happens before escaping, so an entity is never split.
  CHECK(mermaid::escape_text("a:b:c", 2) == "a#58;…");
}

std::string gantt_of(const test::Story& story) {
  std::ostringstream out;
  render_gantt(out, story.incident, story.timeline, story.metrics, story.settings);
  return out.str();
}

TEST_CASE("gantt: impact, milestones, alerts, batch runs and changes", "[mermaid]") {
  const std::string chart = gantt_of(test::backfill_story());
  INFO(chart);
  CHECK(chart.rfind("gantt\n    title ", 0) == 0);
  CHECK(chart.find("    dateFormat YYYY-MM-DD HH:mm:ss.SSS\n") != std::string::npos);
  CHECK(chart.find("    section Impact\n    Impact :crit, 2026-03-04 10:15:00.000, ") !=
        std::string::npos);
  CHECK(chart.find("    Detected :milestone, ") != std::string::npos);
  CHECK(chart.find("    section Alerts\n    alert · ") != std::string::npos);
  CHECK(chart.find("    section Batch runs\n    backfill · ") != std::string::npos);
  // Pages, acks and escalations are in the milestones, not drawn one by one.
  CHECK(chart.find("page · ") == std::string::npos);
  CHECK(chart.find("ack · ") == std::string::npos);
}

TEST_CASE("gantt: times are the display zone's wall clock, to the millisecond", "[mermaid]") {
  test::Story story;
  story.metrics = test::unknown_metrics();
  story.settings.display_zone = test::helsinki();
  Event deploy = make_event(utc(2026, 3, 4, 8, 15, 0), Kind::deploy, "api 1.2");
  deploy.time += std::chrono::nanoseconds(123'456'789);
  story.timeline.push_back(deploy);
  Event alert = make_event(utc(2026, 7, 4, 8, 0, 0), Kind::alert, "summer: +03:00");
  alert.end = utc(2026, 7, 4, 9, 0, 0);
  story.timeline.push_back(alert);
  const std::string chart = gantt_of(story);
  INFO(chart);
  CHECK(chart.find("    deploy · api 1.2 :milestone, 2026-03-04 10:15:00.123, 0s\n") !=
        std::string::npos);
  CHECK(chart.find("    alert · summer#58; +03#58;00 :active, 2026-07-04 11:00:00.000, "
                   "2026-07-04 12:00:00.000\n") != std::string::npos);
  // Months apart: the axis shows dates.
  CHECK(chart.find("    axisFormat %m-%d %H:%M\n") != std::string::npos);
  // No impact start: no Impact section.
  CHECK(chart.find("section Impact") == std::string::npos);
}

TEST_CASE("gantt: a section shows at most 40 tasks and says how many more", "[mermaid]") {
  test::Story story;
  story.metrics = test::unknown_metrics();
  for (int i = 0; i < 45; ++i) {
    story.timeline.push_back(make_event(utc(2026, 3, 4, 8, i, 0), Kind::alert, "flap"));
  }
  const std::string chart = gantt_of(story);
  std::size_t tasks = 0;
  for (std::size_t at = chart.find("alert · flap"); at != std::string::npos;
       at = chart.find("alert · flap", at + 1)) {
    ++tasks;
  }
  CHECK(tasks == 40);
  CHECK(chart.find("    %% 5 more not shown\n") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
