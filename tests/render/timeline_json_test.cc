// The JSON and JSON Lines timelines: exact shape, key order, nulls, escaping.
#include <catch2/catch.hpp>

#include <sstream>

#include "render/timeline_formats.h"
#include "render/timeline_test_events.h"

namespace hindsight {
namespace {

using testing::make_event;
using testing::utc_on_march_4;

std::string json_of(const Incident& incident, const std::vector<Event>& timeline) {
  std::ostringstream out;
  render_detail::write_json_timeline(out, incident, timeline);
  return out.str();
}

std::string jsonl_of(const std::vector<Event>& timeline) {
  std::ostringstream out;
  render_detail::write_jsonl_timeline(out, timeline);
  return out.str();
}

template <typename T>
std::optional<Sourced<T>> given(T value) {
  return Sourced<T>{std::move(value), {"logs/incident.yaml", 2, 3}};
}

// Every optional field set, an actor without a role, labels out of
// alphabetical order, and an end with a fraction.
Event full_alert() {
  Event event = make_event(utc_on_march_4(8, 15, 0), Kind::alert, "Graph API 429s", "graph-sync");
  event.end = utc_on_march_4(9, 0, 0, std::chrono::milliseconds(500));
  event.actor = Actor{"alertmanager", ""};
  event.source = "alertmanager";
  event.id = "alert/graph-429";
  event.link = "https://example.invalid/alerts/429";
  event.labels = {{"zeta", "1"}, {"alpha", "two"}};
  return event;
}

TEST_CASE("json timeline of nothing is a null incident and no events", "[render][json]") {
  CHECK(json_of({}, {}) ==
        "{\n"
        "  \"incident\": null,\n"
        "  \"events\": []\n"
        "}\n");
}

TEST_CASE("json timeline writes every event field in a fixed order", "[render][json]") {
  CHECK(json_of({}, {full_alert()}) == R"({
  "incident": null,
  "events": [
    {
      "time": "2026-03-04T08:15:00Z",
      "end": "2026-03-04T09:00:00.500Z",
      "kind": "alert",
      "title": "Graph API 429s",
      "service": "graph-sync",
      "actor": {
        "name": "alertmanager",
        "role": null
      },
      "source": "alertmanager",
      "id": "alert/graph-429",
      "link": "https://example.invalid/alerts/429",
      "labels": {
        "zeta": "1",
        "alpha": "two"
      },
      "adapter": "native",
      "origin": [
        {
          "adapter": "native",
          "file": "logs/events.yaml",
          "line": 3,
          "column": 5
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("json timeline writes absent event fields as null", "[render][json]") {
  CHECK(json_of({}, {make_event(utc_on_march_4(8, 0, 0), Kind::note, "Channel opened")}) ==
        R"({
  "incident": null,
  "events": [
    {
      "time": "2026-03-04T08:00:00Z",
      "end": null,
      "kind": "note",
      "title": "Channel opened",
      "service": null,
      "actor": null,
      "source": null,
      "id": null,
      "link": null,
      "labels": {},
      "adapter": "native",
      "origin": [
        {
          "adapter": "native",
          "file": "logs/events.yaml",
          "line": 3,
          "column": 5
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("json timeline writes the whole incident header", "[render][json]") {
  Incident incident;
  incident.id = given<std::string>("INC-2041");
  incident.title = given<std::string>("Backfill exhausted partner API quota");
  incident.severity = given<std::string>("SEV1");
  incident.timezone = given<std::string>("Europe/Helsinki");
  incident.services = given<std::vector<std::string>>({"graph-sync", "pages"});
  incident.impact_start = given(utc_on_march_4(8, 15, 0));
  incident.impact_end = given(utc_on_march_4(8, 15, 0) + std::chrono::hours(20));
  incident.summary = given<std::string>("Page data stopped updating.");
  CHECK(json_of(incident, {}) == R"({
  "incident": {
    "id": "INC-2041",
    "title": "Backfill exhausted partner API quota",
    "severity": "SEV1",
    "timezone": "Europe/Helsinki",
    "services": [
      "graph-sync",
      "pages"
    ],
    "impact": {
      "start": "2026-03-04T08:15:00Z",
      "end": "2026-03-05T04:15:00Z"
    },
    "summary": "Page data stopped updating."
  },
  "events": []
}
)");
}

TEST_CASE("json timeline writes absent incident keys as null", "[render][json]") {
  Incident incident;
  incident.severity = given<std::string>("SEV2");
  SECTION("no impact at all") {
    CHECK(json_of(incident, {}) == R"({
  "incident": {
    "id": null,
    "title": null,
    "severity": "SEV2",
    "timezone": null,
    "services": null,
    "impact": null,
    "summary": null
  },
  "events": []
}
)");
  }
  SECTION("an impact start without an end") {
    incident.impact_start = given(utc_on_march_4(8, 15, 0));
    CHECK(json_of(incident, {}) == R"({
  "incident": {
    "id": null,
    "title": null,
    "severity": "SEV2",
    "timezone": null,
    "services": null,
    "impact": {
      "start": "2026-03-04T08:15:00Z",
      "end": null
    },
    "summary": null
  },
  "events": []
}
)");
  }
}

TEST_CASE("jsonl timeline writes one compact event per line", "[render][jsonl]") {
  Event chat = make_event(utc_on_march_4(8, 30, 0), Kind::custom, "Incident channel opened");
  chat.custom_kind = "x-Slack-Channel";
  chat.actor = Actor{"arto", "data engineer"};
  CHECK(
      jsonl_of({full_alert(), chat}) ==
      R"({"time":"2026-03-04T08:15:00Z","end":"2026-03-04T09:00:00.500Z","kind":"alert","title":"Graph API 429s","service":"graph-sync","actor":{"name":"alertmanager","role":null},"source":"alertmanager","id":"alert/graph-429","link":"https://example.invalid/alerts/429","labels":{"zeta":"1","alpha":"two"},"adapter":"native","origin":[{"adapter":"native","file":"logs/events.yaml","line":3,"column":5}]})"
      "\n"
      R"({"time":"2026-03-04T08:30:00Z","end":null,"kind":"x-Slack-Channel","title":"Incident channel opened","service":null,"actor":{"name":"arto","role":"data engineer"},"source":null,"id":null,"link":null,"labels":{},"adapter":"native","origin":[{"adapter":"native","file":"logs/events.yaml","line":3,"column":5}]})"
      "\n");
}

TEST_CASE("json origin lists the survivor, then the collapsed copies", "[render][json]") {
  Event alert = make_event(utc_on_march_4(8, 15, 0), Kind::alert, "Graph API 429s", "graph-sync");
  alert.adapter = "alertmanager";
  alert.origin = {"exports/alertmanager.json", 5, 5};
  alert.merged = {{"alertmanager", {"exports/resolved.json", 5, 5}, 4},
                  {"grafana-annotations", {"exports/grafana.json", 2, 3}, 9}};
  const std::string line = jsonl_of({alert});
  CHECK_THAT(
      line,
      Catch::EndsWith(
          R"("adapter":"alertmanager","origin":[)"
          R"({"adapter":"alertmanager","file":"exports/alertmanager.json","line":5,"column":5},)"
          R"({"adapter":"alertmanager","file":"exports/resolved.json","line":5,"column":5},)"
          R"({"adapter":"grafana-annotations","file":"exports/grafana.json","line":2,"column":3}]})"
          "\n"));
}

TEST_CASE("jsonl timeline of no events is empty", "[render][jsonl]") {
  CHECK(jsonl_of({}).empty());
}

TEST_CASE("json escapes quotes, backslashes, newlines and control characters", "[render][json]") {
  Event event = make_event(utc_on_march_4(8, 0, 0), Kind::note,
                           "say \"hi\"\nC:\\logs\t\x01 réseau 東京", "api");
  event.labels = {{"query", "a=\"b\"\r\n"}};
  const std::string line = jsonl_of({event});
  CHECK(line.find(R"("title":"say \"hi\"\nC:\\logs\t\u0001 réseau 東京")") != std::string::npos);
  CHECK(line.find(R"("labels":{"query":"a=\"b\"\r\n"})") != std::string::npos);
  CHECK(line.find('\n') == line.size() - 1);
}

TEST_CASE("json replaces invalid UTF-8 instead of failing", "[render][json]") {
  Event event = make_event(utc_on_march_4(8, 0, 0), Kind::note, "bad \xff byte", "svc\xc3");
  event.labels = {{"k\xfe", "v"}};
  const std::string line = jsonl_of({event});
  CHECK(line.find("\"title\":\"bad \xEF\xBF\xBD byte\"") != std::string::npos);
  CHECK(line.find("\"service\":\"svc\xEF\xBF\xBD\"") != std::string::npos);
  CHECK(line.find("\"labels\":{\"k\xEF\xBF\xBD\":\"v\"}") != std::string::npos);
  CHECK_NOTHROW(json_of({}, {event}));
}

}  // namespace
}  // namespace hindsight
