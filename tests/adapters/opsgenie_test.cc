// The Opsgenie adapter against its fixtures: Alert API alerts with report
// durations, webhook actions with millisecond and nanosecond times, and every
// malformed field.
#include <catch2/catch.hpp>

#include "hindsight/adapter.h"
#include "support/adapter_fixture_testing.h"

namespace hindsight {
namespace {

using namespace adapter_testing;

const Adapter& adapter() {
  const Adapter* found = find_adapter("opsgenie");
  REQUIRE(found);
  return *found;
}

TEST_CASE("opsgenie: declines the other formats' fixtures and the native example",
          "[adapters][opsgenie]") {
  check_declines_others(adapter(), "opsgenie");
}

TEST_CASE("opsgenie: API alerts end at createdAt + closeTime, acked at + ackTime",
          "[adapters][opsgenie]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "opsgenie/alerts.json");
  const std::string labels =
      "tinyId=1791, alias=graph-api-throttling-graph-sync, priority=P1, status=closed, "
      "owner=mira@example.invalid, count=14, alert_source=Prometheus, "
      "tags=prod, service:graph-sync";
  CHECK(
      converted.events ==
      std::vector<std::string>{
          "alert | 2026-03-04T08:15:40.128Z | 2026-03-05T06:06:00.128Z | Opsgenie P1 alert: Graph "
          "API throttling on graph-sync: 97% of calls answered 429 | graph-sync | "
          "2f0d7c3e-7a51-4be4-9c55-0c6f1b4e8d21-1772612140128 | - |  | " +
              labels,
          "ack | 2026-03-04T08:20:03Z | - | Acknowledged Opsgenie alert: Graph API throttling on "
          "graph-sync: 97% of calls answered 429 | graph-sync | "
          "2f0d7c3e-7a51-4be4-9c55-0c6f1b4e8d21-1772612140128/Acknowledge | mira@example.invalid | "
          " | " +
              labels,
          "alert | 2026-03-04T08:30:00Z | - | Opsgenie P3 alert: Page insights older than 30 "
          "minutes "
          "|  | 8b1e22c4-4f0e-4d5f-a4a8-5e2b8e61f0aa-1772613000000 | - |  | tinyId=1792, "
          "alias=insights-freshness, priority=P3, status=open, count=1, alert_source=Datadog",
      });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("opsgenie: webhook actions read createdAt in ms and updatedAt in ns",
          "[adapters][opsgenie]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "opsgenie/webhooks.json");
  const std::string id = "2f0d7c3e-7a51-4be4-9c55-0c6f1b4e8d21-1772612140128";
  const std::string message = "Graph API throttling on graph-sync: 97% of calls answered 429";
  const std::string labels =
      "tinyId=1791, alias=graph-api-throttling-graph-sync, priority=P1, alert_source=Prometheus, "
      "tags=prod, service:graph-sync, action=";
  const std::string integration = ", integration=Incident timeline webhook";
  CHECK(converted.events ==
        std::vector<std::string>{
            "alert | 2026-03-04T08:15:40.128Z | - | Opsgenie P1 alert: " + message +
                " | graph-sync | " + id + " | - |  | " + labels + "Create" + integration,
            "ack | 2026-03-04T08:20:03.000123456Z | - | Acknowledged Opsgenie alert: " + message +
                " | graph-sync | " + id +
                "/Acknowledge/1772612403000123456 | mira@example.invalid |  | " + labels +
                "Acknowledge" + integration,
            "note | 2026-03-04T08:25:00Z | - | Note on Opsgenie alert " + message +
                ": insights_backfill is running at 1200 req/s; pausing it | graph-sync | " + id +
                "/AddNote/1772612700000000000 | mira@example.invalid |  | " + labels + "AddNote" +
                integration,
            "escalate | 2026-03-04T08:30:40Z | - | Escalated Opsgenie alert: " + message +
                " | graph-sync | " + id + "/Escalate/1772613040000000000 | System |  | " + labels +
                "Escalate" + integration,
            "note | 2026-03-04T08:31:40Z | - | Assign ownership on Opsgenie alert: " + message +
                " | graph-sync | " + id +
                "/AssignOwnership/1772613100000000000 | "
                "mira@example.invalid |  | tinyId=1791, alias=graph-api-throttling-graph-sync, "
                "priority=P1, owner=mira@example.invalid, alert_source=Prometheus, "
                "tags=prod, service:graph-sync, action=AssignOwnership" +
                integration,
            "resolve | 2026-03-05T06:06:00.128004210Z | - | Closed Opsgenie alert: " + message +
                " | graph-sync | " + id +
                "/Close/1772690760128004210 | mira@example.invalid |  | " + labels + "Close" +
                integration,
        });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("opsgenie: one webhook payload with a numeric priority", "[adapters][opsgenie]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "opsgenie/webhook-create.json");
  CHECK(converted.events ==
        std::vector<std::string>{
            "alert | 2026-03-04T08:30:00Z | - | Opsgenie 3 alert: Page insights older than 30 "
            "minutes "
            "|  | 8b1e22c4-4f0e-4d5f-a4a8-5e2b8e61f0aa-1772613000000 | - |  | tinyId=1792, "
            "alias=insights-freshness, priority=3, alert_source=Datadog, action=Create, "
            "integration=Webhook",
        });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("opsgenie: API alerts with missing or malformed fields are reported",
          "[adapters][opsgenie]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "opsgenie/bad-alerts.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-alerts.json:9:29: error: `report.ackTime` must be a whole number of milliseconds "
            "after `createdAt`",
            "bad-alerts.json:16:20: error: `createdAt`: invalid timestamp \"1772612140128\"\n"
            "  hint: epoch seconds must be written as a plain number, not a quoted string",
            "bad-alerts.json:18:5: error: Opsgenie alert has no `id`",
            "bad-alerts.json:20:18: error: Opsgenie alert has no `message`",
        });
}

TEST_CASE("opsgenie: webhooks with missing or malformed fields are reported",
          "[adapters][opsgenie]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "opsgenie/bad-webhook.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-webhook.json:2:3: error: Opsgenie webhook has no `alert.updatedAt`",
            "bad-webhook.json:19:20: error: `alert.createdAt`: invalid epoch time "
            "\"2026-03-04T08:15:40Z\"\n  hint: expected a whole or decimal number",
            "bad-webhook.json:23:3: error: Opsgenie webhook has no `alert.alertId`",
        });
}

}  // namespace
}  // namespace hindsight
