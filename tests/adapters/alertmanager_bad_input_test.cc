// The Alertmanager adapter on damaged and unusual input: each problem is a
// diagnostic with its exact text and position, and an alert with an error
// gives no event; unknown starts and ends are never read as 1970 or year 1.
#include <catch2/catch.hpp>

#include "adapters/alertmanager.h"
#include "adapters/alertmanager_fingerprint.h"
#include "hindsight/load.h"

namespace hindsight {
namespace {

struct Converted {
  std::vector<Event> events;
  std::vector<std::string> messages;
};

Converted convert(const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("doc.json", text, documents, diagnostics));
  REQUIRE(documents.size() == 1);
  REQUIRE(alertmanager_adapter().recognize(documents[0]).recognised);
  Converted out;
  alertmanager_adapter().convert(documents[0], {}, out.events, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    out.messages.push_back(format_diagnostic(diagnostic));
  }
  return out;
}

// A version 4 payload around one alert written on line 2 (from column 3).
std::string payload(const std::string& alert, const std::string& extra = "") {
  return "{\"receiver\": \"r\", \"status\": \"firing\", \"groupKey\": \"{}:{}\", \"version\": "
         "\"4\",\n"
         "\"alerts\": [" +
         alert + "],\n\"commonLabels\": {\"severity\": \"Major\"}" + extra + "}";
}

const std::string labels = R"("labels": {"alertname": "A"})";

TEST_CASE("alertmanager: an alert without labels, or with broken ones", "[adapters]") {
  CHECK(convert(payload(R"({"startsAt": "2026-03-04T08:00:00Z"})")).messages ==
        std::vector<std::string>{
            "doc.json:2:12: error: alert has no `labels`\n  hint: Alertmanager identifies an "
            "alert by its labels; export the alert whole"});
  CHECK(convert(payload(R"({"labels": ["A"], "startsAt": "2026-03-04T08:00:00Z"})")).messages ==
        std::vector<std::string>{"doc.json:2:23: error: `labels` must be a map, found a list"});
  CHECK(convert(payload(R"({"labels": {}, "startsAt": "2026-03-04T08:00:00Z"})")).messages ==
        std::vector<std::string>{
            "doc.json:2:23: error: `labels` is empty\n  hint: Alertmanager identifies an alert by "
            "its labels; export the alert whole"});
  const Converted nested = convert(
      payload(R"({"labels": {"alertname": {"x": 1}}, "startsAt": "2026-03-04T08:00:00Z"})"));
  CHECK(nested.messages == std::vector<std::string>{"doc.json:2:37: error: label \"alertname\" "
                                                    "must be a single value, found a map"});
  CHECK(nested.events.empty());
}

TEST_CASE("alertmanager: missing, malformed and unknown starts", "[adapters]") {
  CHECK(convert(payload("{" + labels + "}")).messages ==
        std::vector<std::string>{"doc.json:2:12: error: alert has no `startsAt`"});
  const Converted malformed = convert(payload("{" + labels + R"(, "startsAt": "yesterday"})"));
  REQUIRE(malformed.messages.size() == 1);
  CHECK(malformed.messages[0] ==
        "doc.json:2:55: error: `startsAt`: invalid timestamp \"yesterday\"\n  hint: expected RFC "
        "3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds");
  CHECK(malformed.events.empty());

  const Converted zero =
      convert(payload("{" + labels + R"(, "startsAt": "0001-01-01T00:00:00Z"})"));
  CHECK(zero.events.empty());
  CHECK(zero.messages ==
        std::vector<std::string>{
            "doc.json:2:55: warning: `startsAt` is Go's zero time (0001-01-01T00:00:00Z): the "
            "alert's start is unknown, so the alert is left out\n  hint: the sender did not say "
            "when the alert started; take its start from another source"});

  // The epoch written with an offset is still the epoch.
  const Converted epoch =
      convert(payload("{" + labels + R"(, "startsAt": "1970-01-01T01:00:00+01:00"})"));
  CHECK(epoch.events.empty());
  REQUIRE(epoch.messages.size() == 1);
  CHECK(epoch.messages[0].rfind("doc.json:2:55: warning: `startsAt` is the Unix epoch", 0) == 0);
}

TEST_CASE("alertmanager: ends that are not ends, and a broken end", "[adapters]") {
  const std::string start = R"(, "startsAt": "2026-03-04T08:00:00Z")";
  // A firing alert's `endsAt` is when Alertmanager would give up on it.
  const Converted firing =
      convert(payload("{" + labels + start + R"(, "endsAt": "2026-03-04T08:05:00Z"})"));
  CHECK(firing.messages.empty());
  REQUIRE(firing.events.size() == 1);
  CHECK_FALSE(firing.events[0].end);
  // Severity from the common labels, lowercased.
  CHECK(firing.events[0].title == "[major] A");

  const Converted resolved_without_end =
      convert(payload("{" + labels + start + R"(, "status": "resolved"})"));
  CHECK(resolved_without_end.messages ==
        std::vector<std::string>{
            "doc.json:2:89: warning: resolved alert has no `endsAt`; its end is unknown"});
  REQUIRE(resolved_without_end.events.size() == 1);
  CHECK_FALSE(resolved_without_end.events[0].end);

  const Converted backwards = convert(payload(
      "{" + labels + start + R"(, "status": "resolved", "endsAt": "2026-03-04T07:00:00Z"})"));
  CHECK(backwards.messages ==
        std::vector<std::string>{
            "doc.json:2:111: error: `endsAt` (2026-03-04T07:00:00Z) is earlier than `startsAt` "
            "(2026-03-04T08:00:00Z)\n  hint: an alert must end at or after its start; check the "
            "sender's clock"});
  CHECK(backwards.events.empty());

  const Converted epoch_end = convert(payload(
      "{" + labels + start + R"(, "status": "resolved", "endsAt": "1970-01-01T00:00:00Z"})"));
  REQUIRE(epoch_end.events.size() == 1);
  CHECK_FALSE(epoch_end.events[0].end);
  CHECK(epoch_end.messages ==
        std::vector<std::string>{
            "doc.json:2:111: warning: `endsAt` is the Unix epoch (1970-01-01T00:00:00Z); the "
            "alert is read as not ended",
            "doc.json:2:89: warning: resolved alert has no `endsAt`; its end is unknown"});

  const Converted bad_end = convert(payload("{" + labels + start + R"(, "endsAt": "soon"})"));
  CHECK(bad_end.events.empty());
  REQUIRE(bad_end.messages.size() == 1);
  CHECK(bad_end.messages[0] ==
        "doc.json:2:89: error: `endsAt`: invalid timestamp \"soon\"\n  hint: expected RFC 3339, "
        "e.g. 2026-03-04T10:15:00+02:00, or epoch seconds");

  const Converted bad_status = convert(payload("{" + labels + start + R"(, "status": "pending"})"));
  CHECK(bad_status.events.empty());
  CHECK(bad_status.messages ==
        std::vector<std::string>{
            "doc.json:2:89: error: alert status must be \"firing\" or \"resolved\", found "
            "\"pending\""});
}

TEST_CASE("alertmanager: a payload too old to give a status keeps endsAt", "[adapters]") {
  const Converted out =
      convert(R"({"receiver": "r", "groupKey": 12, "version": "2", "commonLabels": {}, "alerts": [)"
              R"({"labels": {"alertname": "A"}, "startsAt": "2026-03-04T08:00:00Z",)"
              R"( "endsAt": "2026-03-04T08:30:00Z"}]})");
  CHECK(out.messages.empty());
  REQUIRE(out.events.size() == 1);
  CHECK(format_utc(*out.events[0].end) == "2026-03-04T08:30:00Z");
  CHECK(out.events[0].title == "A");
}

TEST_CASE("alertmanager: payload-level warnings and damaged lists", "[adapters]") {
  const std::string alert = "{" + labels + R"(, "startsAt": "2026-03-04T08:00:00Z"})";
  CHECK(convert(payload(alert, R"(, "truncatedAlerts": 3)")).messages ==
        std::vector<std::string>{
            "doc.json:3:59: warning: the notification left out 3 alerts (`truncatedAlerts`); they "
            "are not in the timeline\n  hint: raise `max_alerts` in the webhook_config, or add an "
            "export of `GET /api/v2/alerts` taken during the incident"});

  std::string newer = payload(alert);
  newer.replace(newer.find("\"4\""), 3, "\"5\"");
  const Converted version = convert(newer);
  CHECK(version.events.size() == 1);
  CHECK(version.messages ==
        std::vector<std::string>{
            "doc.json:1:71: warning: webhook payload version \"5\" is not one this reader knows "
            "(\"4\" and older); reading it as version 4"});

  CHECK(convert(payload("\"A\", " + alert)).messages ==
        std::vector<std::string>{
            "doc.json:2:12: error: an alert must be a map, found a single value"});

  const Converted list = convert("[" + payload(alert) + ", {\"alerts\": []}, 7]");
  CHECK(list.events.size() == 1);
  CHECK(list.messages ==
        std::vector<std::string>{
            "doc.json:3:41: error: expected an Alertmanager webhook payload, found a map without "
            "an `alerts` list and the payload's `receiver`, `groupKey`, ...\n  hint: Alertmanager "
            "documents are webhook payloads, lists of them, or the list of alerts that GET "
            "/api/v2/alerts returns",
            "doc.json:3:57: error: expected an Alertmanager webhook payload, found a single "
            "value\n  hint: Alertmanager documents are webhook payloads, lists of them, or the "
            "list of alerts that GET /api/v2/alerts returns"});
}

TEST_CASE("alertmanager: forced on a document of another shape", "[adapters]") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("doc.yaml", "just text\n", documents, diagnostics));
  std::vector<Event> events;
  alertmanager_adapter().convert(documents[0], {}, events, diagnostics);
  CHECK(events.empty());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "doc.yaml:1:1: error: expected an Alertmanager webhook payload or a list, found a single "
        "value\n  hint: Alertmanager documents are webhook payloads, lists of them, or the list of "
        "alerts that GET /api/v2/alerts returns");
}

const std::string api_alert_head =
    R"([{"labels": {"alertname": "A", "namespace": "shop"}, "fingerprint": "00000000000000aa",)"
    R"( "status": {"state": "active", "silencedBy": [], "inhibitedBy": []}, "receivers": [],)"
    R"( "startsAt": "2026-03-04T08:00:00Z", "endsAt": "2026-03-04T08:30:00Z", )";

TEST_CASE("alertmanager: an API alert updated after its endsAt has ended", "[adapters]") {
  const Converted out = convert(api_alert_head + R"("updatedAt": "2026-03-04T08:30:00Z"}])");
  CHECK(out.messages.empty());
  REQUIRE(out.events.size() == 1);
  CHECK(format_utc(*out.events[0].end) == "2026-03-04T08:30:00Z");
  CHECK(out.events[0].service == "shop");
  CHECK(out.events[0].id == "alertmanager/00000000000000aa/2026-03-04T08:00:00Z");

  const Converted bad = convert(api_alert_head + R"("updatedAt": 17}])");
  CHECK(bad.events.empty());
  REQUIRE(bad.messages.size() == 1);
  // The API writes RFC 3339 only; a number is not read as epoch seconds.
  CHECK(bad.messages[0].rfind("doc.json:1:257: error: `updatedAt`: invalid timestamp \"17\"", 0) ==
        0);
}

TEST_CASE("alertmanager: titles fall back to what the alert has", "[adapters]") {
  const Converted out = convert(
      R"([{"labels": {"job": "cron", "instance": "h:1"}, "annotations": {"description": "\n  )"
      R"(Job failed twice.  \nSee logs."}, "fingerprint": "ab", "status": {"state": "active"},)"
      R"( "startsAt": "2026-03-04T08:00:00Z", "updatedAt": "2026-03-04T08:00:00Z"},)"
      R"( {"labels": {"job": "cron", "instance": "h:2"}, "fingerprint": "cd",)"
      R"( "startsAt": "2026-03-04T08:00:00Z"}])");
  CHECK(out.messages.empty());
  REQUIRE(out.events.size() == 2);
  CHECK(out.events[0].title == "Job failed twice.");
  CHECK(out.events[1].title == "{job=\"cron\", instance=\"h:2\"}");
  CHECK(out.events[1].service == "cron");
  CHECK(out.events[1].labels.size() == 2);
}

TEST_CASE("alertmanager: fingerprints match Prometheus's", "[adapters]") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  // The first pair is from a published API example, the second the fixtures' alert.
  REQUIRE(parse_documents(
      "labels.json",
      R"({"alertname": "test-alert"})"
      "\n---\n"
      R"({"job": "graph-sync", "alertname": "GraphApiThrottled",)"
      R"( "cluster": "prod-eu-1", "severity": "Critical", "team": "data-platform"})",
      documents, diagnostics));
  CHECK(alertmanager_detail::label_set_fingerprint(documents[0]) == "375eab7b59892505");
  // Sorted by name whatever the order written.
  CHECK(alertmanager_detail::label_set_fingerprint(documents[1]) == "c557c51edb4f8c8e");
}

}  // namespace
}  // namespace hindsight
