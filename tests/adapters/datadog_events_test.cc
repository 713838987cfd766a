// The Datadog events adapter against its fixtures: v1 lists with int64 ids,
// one v1 event, v2 lists, and every malformed field.
#include <catch2/catch.hpp>

#include "hindsight/adapter.h"
#include "support/adapter_fixture_testing.h"

namespace hindsight {
namespace {

using namespace adapter_testing;

const Adapter& adapter() {
  const Adapter* found = find_adapter("datadog-events");
  REQUIRE(found);
  return *found;
}

TEST_CASE("datadog-events: declines the other formats' fixtures and the native example",
          "[adapters][datadog-events]") {
  check_declines_others(adapter(), "datadog-events");
}

TEST_CASE("datadog-events: v1 events keep their int64 ids exactly", "[adapters][datadog-events]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "datadog-events/events-v1.json");
  CHECK(
      converted.events ==
      std::vector<std::string>{
          "alert | 2026-03-04T08:15:00Z | - | [Triggered] Graph API throttling on graph-sync | "
          "graph-sync | 7702846713300528145 | - | /event/event?id=7702846713300528145 | "
          "alert_type=error, source_type_name=Monitor Alert, priority=normal, host=sync-worker-3, "
          "tags=env:prod, service:graph-sync, monitor",
          "deploy | 2026-03-04T07:58:12Z | - | graph-sync 2026.03.04-1 deployed | graph-sync | "
          "7702846713300528001 | - | /event/event?id=7702846713300528001 | alert_type=info, "
          "source_type_name=My Apps, priority=normal, "
          "tags=deployment, service:graph-sync, version:2026.03.04-1",
          "note | 2026-03-05T06:06:00Z | - | [Recovered] Graph API throttling on graph-sync | "
          "graph-sync | 7702846713300529999 | - | /event/event?id=7702846713300529999 | "
          "alert_type=success, source_type_name=Monitor Alert, priority=normal, "
          "host=sync-worker-3, tags=env:prod, service:graph-sync, monitor",
      });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("datadog-events: one v1 event without a title is named by its text",
          "[adapters][datadog-events]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "datadog-events/event-v1-single.json");
  CHECK(converted.events ==
        std::vector<std::string>{
            "alert | 2026-03-04T08:30:00Z | - | Insights freshness lag above 30m |  | "
            "7702846713300528777 | - | /event/event?id=7702846713300528777 | alert_type=warning, "
            "source_type_name=Datadog, priority=low, tags=team:data-platform",
        });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("datadog-events: v2 events read the RFC 3339 timestamp and nested attributes",
          "[adapters][datadog-events]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "datadog-events/events-v2.json");
  CHECK(
      converted.events ==
      std::vector<std::string>{
          "alert | 2026-03-04T08:15:00Z | - | [Triggered] Graph API throttling on graph-sync | "
          "graph-sync | AAAAAZW5cUbAAAAAAABBZE5lZ0JBQUJvc0Rlc0lmWjhqc1ZRQUFBQQ | - |  | "
          "alert_type=error, source_type_name=Monitor Alert, priority=normal, host=sync-worker-3, "
          "tags=env:prod, service:graph-sync, monitor",
          "deploy | 2026-03-04T11:05:00.250Z | - | graph-sync 2026.03.04-2 rolled back to "
          "2026.03.03-4 | graph-sync | AAAAAZW5cUbAAAAAAABBZE5lZ0JBQUJvc0Rlc0lmWjhqc1ZRQUFBQg | - "
          "|  | "
          "alert_type=info, source_type_name=deployment, priority=normal, "
          "tags=env:prod, service:graph-sync",
      });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("datadog-events: v1 events with missing or malformed fields are reported",
          "[adapters][datadog-events]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "datadog-events/bad-events.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-events.json:5:24: error: `date_happened`: invalid epoch time "
            "\"2026-03-04T08:15:00Z\"\n  hint: expected a whole or decimal number",
            "bad-events.json:11:5: error: Datadog event has no `id_str` or `id`",
            "bad-events.json:17:5: error: Datadog event has no `date_happened`",
        });
}

TEST_CASE("datadog-events: v2 events with missing fields are reported",
          "[adapters][datadog-events]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "datadog-events/bad-events-v2.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-events-v2.json:3:5: error: Datadog v2 event has no `attributes.timestamp`",
            "bad-events-v2.json:12:5: error: Datadog v2 event has no `id`",
        });
}

}  // namespace
}  // namespace hindsight
