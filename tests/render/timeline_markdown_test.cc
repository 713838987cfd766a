// The Markdown timeline table: columns, times, T± offsets, intervals,
// links, and escaping of hostile text.
#include <sstream>

#include <catch2/catch.hpp>

#include "render/draft_test_story.h"
#include "render/gfm_html.h"
#include "render/timeline_formats.h"

namespace hindsight {
namespace {

using test::make_event;
using test::utc;

std::string markdown_timeline(const std::vector<Event>& timeline, const RenderSettings& settings) {
  std::ostringstream out;
  render_detail::write_markdown_timeline(out, timeline, settings);
  return out.str();
}

RenderSettings helsinki_relative_to(Timestamp reference) {
  RenderSettings settings;
  settings.display_zone = test::helsinki();
  settings.relative_to = reference;
  return settings;
}

TEST_CASE("markdown timeline shows zone times, T± offsets, links and intervals") {
  const test::Story story = test::backfill_story();
  std::vector<Event> timeline(story.timeline.begin(), story.timeline.begin() + 3);
  CHECK(markdown_timeline(timeline, helsinki_relative_to(utc(2026, 3, 4, 8, 15, 0))) ==
        "| Time | T± | Kind | Service | Event | Source |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 2026-03-04 09:58:12 +02:00 | T-16m 48s | backfill | graph-sync | "
        "[Backfill of page insights since 2024 started](https://example.invalid/airflow/runs/42)"
        " (until 13:40:00 +02:00, 3h 41m 48s) | airflow |\n"
        "| 2026-03-04 10:27:00 +02:00 | T+12m 00s | alert | page-insights | "
        "Page insights freshness &gt; 1h | alertmanager |\n"
        "| 2026-03-04 10:29:30 +02:00 | T+14m 30s | page |  | Data on-call paged | pagerduty |\n");
}

TEST_CASE("markdown timeline leaves out the T± column without a reference time") {
  RenderSettings settings;  // UTC, no reference
  const std::vector<Event> timeline = {
      make_event(utc(2026, 3, 4, 8, 15, 0), Kind::note, "Status page updated")};
  CHECK(markdown_timeline(timeline, settings) ==
        "| Time | Kind | Service | Event | Source |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 2026-03-04 08:15:00 +00:00 | note |  | Status page updated |  |\n");
}

TEST_CASE("markdown timeline of no events is the header alone") {
  CHECK(markdown_timeline({}, RenderSettings{}) ==
        "| Time | Kind | Service | Event | Source |\n"
        "| --- | --- | --- | --- | --- |\n");
}

TEST_CASE("markdown timeline marks the reference instant T+0s") {
  const Timestamp start = utc(2026, 3, 4, 8, 15, 0);
  const std::vector<Event> timeline = {make_event(start, Kind::impact_start, "Errors begin")};
  CHECK(markdown_timeline(timeline, helsinki_relative_to(start)) ==
        "| Time | T± | Kind | Service | Event | Source |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 2026-03-04 10:15:00 +02:00 | T+0s | impact_start |  | Errors begin |  |\n");
}

TEST_CASE("markdown timeline gives the end's date when an interval ends on another day") {
  Event event = make_event(utc(2026, 3, 4, 21, 0, 0), Kind::alert, "Freshness alert");
  event.end = utc(2026, 3, 5, 1, 30, 0);
  RenderSettings settings;
  settings.display_zone = test::helsinki();
  CHECK(markdown_timeline({event}, settings)
            .find("| Freshness alert (until 2026-03-05 03:30:00 +02:00, 4h 30m 00s) |") !=
        std::string::npos);
}

TEST_CASE("markdown timeline shows a custom kind as written") {
  Event event = make_event(utc(2026, 3, 4, 8, 0, 0), Kind::custom, "Drill", "api", "chaos");
  event.custom_kind = "x-chaos_drill";
  CHECK(markdown_timeline({event}, RenderSettings{})
            .find("| 2026-03-04 08:00:00 +00:00 | x-chaos\\_drill | api | Drill | chaos |") !=
        std::string::npos);
}

TEST_CASE("markdown timeline escapes hostile text in every cell") {
  Event event =
      make_event(utc(2026, 3, 4, 8, 0, 0), Kind::note,
                 "5xx | spike `x` <script>alert(1)</script>\nsecond line", "api|edge", "chat <b>");
  const std::string table = markdown_timeline({event}, RenderSettings{});
  CHECK(table.find("| 2026-03-04 08:00:00 +00:00 | note | api\\|edge | "
                   "5xx \\| spike \\`x\\` &lt;script&gt;alert(1)&lt;/script&gt;<br>second line | "
                   "chat &lt;b&gt; |\n") != std::string::npos);
  CHECK(table.find("<script>") == std::string::npos);
}

TEST_CASE("markdown timeline never makes an unsafe link clickable") {
  Event event = make_event(utc(2026, 3, 4, 8, 0, 0), Kind::deploy, "Deploy [v2]");
  event.link = "javascript:alert(1)";
  CHECK(markdown_timeline({event}, RenderSettings{})
            .find("| Deploy \\[v2\\] (link: javascript:alert(1)) |") != std::string::npos);
}

TEST_CASE("markdown timeline keeps its shape when rendered by cmark-gfm") {
  Event hostile =
      make_event(utc(2026, 3, 4, 8, 0, 0), Kind::note,
                 "a | b `c | d` <img src=x onerror=alert(1)>\r\nline | two", "s|t", "x`y");
  hostile.link = "https://example.invalid/search?q=a|b";
  hostile.end = utc(2026, 3, 4, 9, 0, 0);
  Event plain = make_event(utc(2026, 3, 4, 8, 5, 0), Kind::page, "Paged");
  const auto html = test::gfm_html(
      markdown_timeline({hostile, plain}, helsinki_relative_to(utc(2026, 3, 4, 8, 15, 0))));
  // cmark-gfm is a test dependency (scripts/install-deps installs it).
  REQUIRE(html);
  CHECK(test::cells_per_row(*html) == std::vector<int>{6, 6, 6});
  CHECK(html->find("<img") == std::string::npos);
  CHECK(html->find("<a href=\"https://example.invalid/search?q=a%7Cb\">") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
