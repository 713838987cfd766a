// The plain-text terminal timeline: exact layout, relative times, hostile text.
#include <catch2/catch.hpp>

#include <sstream>

#include "render/timeline_formats.h"
#include "render/timeline_test_events.h"

namespace hindsight {
namespace {

using testing::helsinki;
using testing::make_event;
using testing::utc_on_march_4;

std::string text_of(const std::vector<Event>& timeline, const RenderSettings& settings) {
  std::ostringstream out;
  render_detail::write_text_timeline(out, timeline, settings);
  return out.str();
}

TEST_CASE("text timeline of no events says so", "[render][text]") {
  CHECK(text_of({}, testing::utc_settings()) == "No events.\n");
  CHECK(text_of({}, {helsinki(), utc_on_march_4(8, 15, 0)}) == "No events.\n");
}

TEST_CASE("text timeline aligns columns with two spaces between them", "[render][text]") {
  Event alert = make_event(utc_on_march_4(8, 20, 30), Kind::alert, "Error rate > 5%", "graph-sync");
  alert.end = utc_on_march_4(9, 0, 0);
  const std::vector<Event> timeline{
      make_event(utc_on_march_4(8, 15, 0), Kind::deploy, "Deploy api v2.3", "api"),
      alert,
      make_event(utc_on_march_4(9, 5, 0), Kind::note, "Status page updated"),
  };
  CHECK(text_of(timeline, testing::utc_settings()) ==
        "TIME                        KIND    SERVICE     EVENT\n"
        "2026-03-04 08:15:00 +00:00  deploy  api         Deploy api v2.3\n"
        "2026-03-04 08:20:30 +00:00  alert   graph-sync  Error rate > 5% (until 2026-03-04 "
        "09:00:00 +00:00)\n"
        "2026-03-04 09:05:00 +00:00  note                Status page updated\n");
}

TEST_CASE("text timeline shows times in the display zone and T± from the reference",
          "[render][text]") {
  Event backfill = make_event(utc_on_march_4(7, 58, 12), Kind::backfill,
                              "Backfill of page insights since 2024 started", "graph-sync");
  backfill.end = utc_on_march_4(11, 40, 0);
  const std::vector<Event> timeline{
      backfill,
      make_event(utc_on_march_4(8, 15, 0), Kind::impact_start, "Page data stops updating", "pages"),
      make_event(utc_on_march_4(9, 38, 5), Kind::alert, "Graph API 429 rate > 50%", "graph-sync"),
      make_event(utc_on_march_4(8, 15, 0) + std::chrono::hours(27), Kind::resolve,
                 "All pages current", "pages"),
  };
  const RenderSettings settings{helsinki(), utc_on_march_4(8, 15, 0)};
  CHECK(
      text_of(timeline, settings) ==
      "TIME                        T±                KIND          SERVICE     EVENT\n"
      "2026-03-04 09:58:12 +02:00  T-16m 48s         backfill      graph-sync  Backfill of page "
      "insights since 2024 started (until 2026-03-04 13:40:00 +02:00)\n"
      "2026-03-04 10:15:00 +02:00  T+0s              impact_start  pages       Page data stops "
      "updating\n"
      "2026-03-04 11:38:05 +02:00  T+1h 23m 05s      alert         graph-sync  Graph API 429 rate "
      "> 50%\n"
      "2026-03-05 13:15:00 +02:00  T+1d 03h 00m 00s  resolve       pages       All pages "
      "current\n");
}

TEST_CASE("text timeline measures widths in code points", "[render][text]") {
  const std::vector<Event> timeline{
      make_event(utc_on_march_4(8, 0, 0), Kind::deploy, "Déploiement", "résumé-sync"),
      make_event(utc_on_march_4(8, 1, 0), Kind::note, "東京 region ok", "api"),
  };
  CHECK(text_of(timeline, testing::utc_settings()) ==
        "TIME                        KIND    SERVICE      EVENT\n"
        "2026-03-04 08:00:00 +00:00  deploy  résumé-sync  Déploiement\n"
        "2026-03-04 08:01:00 +00:00  note    api          東京 region ok\n");
}

TEST_CASE("text timeline shows custom kinds as written", "[render][text]") {
  Event chat = make_event(utc_on_march_4(8, 0, 0), Kind::custom, "Incident channel opened");
  chat.custom_kind = "x-Slack-Channel";
  CHECK(text_of({chat}, testing::utc_settings()) ==
        "TIME                        KIND             SERVICE  EVENT\n"
        "2026-03-04 08:00:00 +00:00  x-Slack-Channel           Incident channel opened\n");
}

TEST_CASE("text timeline keeps hostile text on one line", "[render][text]") {
  Event event = make_event(utc_on_march_4(8, 0, 0), Kind::note,
                           "first\r\nsecond\tthird \x1b[2Jcleared", "api\nfake row");
  CHECK(text_of({event}, testing::utc_settings()) ==
        "TIME                        KIND  SERVICE       EVENT\n"
        "2026-03-04 08:00:00 +00:00  note  api fake row  first second third  [2Jcleared\n");
}

TEST_CASE("text timeline never ends a line in spaces", "[render][text]") {
  const std::vector<Event> timeline{
      make_event(utc_on_march_4(8, 0, 0), Kind::note, "trailing blanks   ", "api"),
      make_event(utc_on_march_4(8, 0, 1), Kind::note, "line break\n"),
  };
  CHECK(text_of(timeline, testing::utc_settings()) ==
        "TIME                        KIND  SERVICE  EVENT\n"
        "2026-03-04 08:00:00 +00:00  note  api      trailing blanks\n"
        "2026-03-04 08:00:01 +00:00  note           line break\n");
}

TEST_CASE("text timeline shows sub-second times", "[render][text]") {
  const std::vector<Event> timeline{
      make_event(utc_on_march_4(8, 0, 0, std::chrono::milliseconds(500)), Kind::page, "Paged"),
  };
  CHECK(text_of(timeline, testing::utc_settings()) ==
        "TIME                            KIND  SERVICE  EVENT\n"
        "2026-03-04 08:00:00.500 +00:00  page           Paged\n");
}

}  // namespace
}  // namespace hindsight
