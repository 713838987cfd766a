// The CSV timeline: header, zone-aware RFC 3339 times, quoting, formula safety.
#include <catch2/catch.hpp>

#include <sstream>

#include "render/timeline_formats.h"
#include "render/timeline_test_events.h"

namespace hindsight {
namespace {

using testing::helsinki;
using testing::make_event;
using testing::utc_on_march_4;

constexpr const char* header =
    "time,end,kind,title,service,actor,actor_role,source,id,link,labels,file,line,column\n";

std::string csv_of(const std::vector<Event>& timeline, const RenderSettings& settings) {
  std::ostringstream out;
  render_detail::write_csv_timeline(out, timeline, settings);
  return out.str();
}

// The title cell of a one-event CSV, exactly as written.
std::string title_cell(const std::string& title) {
  const std::string csv =
      csv_of({make_event(utc_on_march_4(8, 0, 0), Kind::note, title)}, testing::utc_settings());
  const std::string prefix = std::string(header) + "2026-03-04T08:00:00+00:00,,note,";
  REQUIRE(csv.rfind(prefix, 0) == 0);
  const std::string suffix = ",,,,,,,,logs/events.yaml,3,5\n";
  REQUIRE(csv.size() >= prefix.size() + suffix.size());
  REQUIRE(csv.compare(csv.size() - suffix.size(), suffix.size(), suffix) == 0);
  return csv.substr(prefix.size(), csv.size() - prefix.size() - suffix.size());
}

TEST_CASE("csv timeline of no events is the header alone", "[render][csv]") {
  CHECK(csv_of({}, testing::utc_settings()) == header);
}

TEST_CASE("csv timeline writes every field with times in the display zone", "[render][csv]") {
  Event backfill = make_event(utc_on_march_4(7, 58, 12), Kind::backfill,
                              "Backfill of page insights since 2024 started", "graph-sync");
  backfill.end = utc_on_march_4(11, 40, 0, std::chrono::microseconds(250));
  backfill.actor = Actor{"arto", "data engineer"};
  backfill.source = "airflow";
  backfill.id = "insights_backfill/2026-03-04";
  backfill.link = "https://example.invalid/airflow/runs/42";
  backfill.labels = {{"dag", "insights_backfill"}, {"rate_per_s", "1200"}};

  Event chat = make_event(utc_on_march_4(8, 30, 0), Kind::custom, "Channel opened");
  chat.custom_kind = "x-chat";
  chat.actor = Actor{"irc-bot", ""};
  chat.origin = {"<stdin>", 12, 3};

  CHECK(csv_of({backfill, chat}, {helsinki(), std::nullopt}) ==
        std::string(header) +
            "2026-03-04T09:58:12+02:00,2026-03-04T13:40:00.000250+02:00,backfill,Backfill of page "
            "insights since 2024 started,graph-sync,arto,data engineer,airflow,"
            "insights_backfill/2026-03-04,https://example.invalid/airflow/runs/42,"
            "dag=insights_backfill; rate_per_s=1200,logs/events.yaml,3,5\n"
            "2026-03-04T10:30:00+02:00,,x-chat,Channel opened,,irc-bot,,,,,,<stdin>,12,3\n");
}

TEST_CASE("csv timeline gives a merged event the surviving copy's place only", "[render][csv]") {
  Event paged = make_event(utc_on_march_4(8, 0, 0), Kind::page, "Paged");
  paged.merged = {{"pagerduty", {"exports/webhook.json", 7, 3}, 4}};
  CHECK(csv_of({paged}, testing::utc_settings()) ==
        std::string(header) +
            "2026-03-04T08:00:00+00:00,,page,Paged,,,,,,,,logs/events.yaml,3,5\n");
}

TEST_CASE("csv timeline writes UTC times with a +00:00 offset", "[render][csv]") {
  const std::vector<Event> timeline{
      make_event(utc_on_march_4(8, 0, 0, std::chrono::milliseconds(500)), Kind::page, "Paged")};
  CHECK(csv_of(timeline, testing::utc_settings()) ==
        std::string(header) +
            "2026-03-04T08:00:00.500+00:00,,page,Paged,,,,,,,,logs/events.yaml,3,5\n");
}

TEST_CASE("csv quotes fields with commas, quotes and line breaks", "[render][csv]") {
  CHECK(title_cell("plain text") == "plain text");
  CHECK(title_cell("one, two") == "\"one, two\"");
  CHECK(title_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(title_cell("line\nbreak") == "\"line\nbreak\"");
  CHECK(title_cell("carriage\rreturn") == "\"carriage\rreturn\"");
  CHECK(title_cell("\"") == "\"\"\"\"");
  CHECK(title_cell("tab\tinside") == "tab\tinside");
}

TEST_CASE("csv defuses cells that a spreadsheet would run as a formula", "[render][csv]") {
  CHECK(title_cell("=1+2") == "'=1+2");
  CHECK(title_cell("+1 error") == "'+1 error");
  CHECK(title_cell("-1 error") == "'-1 error");
  CHECK(title_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(title_cell("\t=1") == "'\t=1");
  CHECK(title_cell("\r=1") == "\"'\r=1\"");
  CHECK(title_cell("=HYPERLINK(\"https://evil.invalid\",\"x\")") ==
        "\"'=HYPERLINK(\"\"https://evil.invalid\"\",\"\"x\"\")\"");
  // Only the first character matters.
  CHECK(title_cell("a=b") == "a=b");
  CHECK(title_cell(" =1") == " =1");
}

TEST_CASE("csv formula safety covers every text column", "[render][csv]") {
  Event event = make_event(utc_on_march_4(8, 0, 0), Kind::custom, "=title", "+service");
  event.custom_kind = "x-kind";
  event.actor = Actor{"@name", "-role"};
  event.source = "=source";
  event.id = "-1";
  event.link = "=link";
  event.labels = {{"=key", "value"}, {"other", "=value"}};
  event.origin = {"-", 1, 1};
  CHECK(csv_of({event}, testing::utc_settings()) ==
        std::string(header) +
            "2026-03-04T08:00:00+00:00,,x-kind,'=title,'+service,'@name,'-role,'=source,'-1,"
            "'=link,'=key=value; other==value,'-,1,1\n");
}

}  // namespace
}  // namespace hindsight
