// The Grafana annotations adapter against its fixtures: deploy, alert-state,
// interval and plain annotations, and every malformed field.
#include <catch2/catch.hpp>

#include "hindsight/adapter.h"
#include "support/adapter_fixture_testing.h"

namespace hindsight {
namespace {

using namespace adapter_testing;

const Adapter& adapter() {
  const Adapter* found = find_adapter("grafana-annotations");
  REQUIRE(found);
  return *found;
}

TEST_CASE("grafana-annotations: declines the other formats' fixtures and the native example",
          "[adapters][grafana-annotations]") {
  check_declines_others(adapter(), "grafana-annotations");
}

TEST_CASE("grafana-annotations: alert states, deploys, intervals and notes",
          "[adapters][grafana-annotations]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "grafana-annotations/annotations.json");
  CHECK(
      converted.events ==
      std::vector<std::string>{
          "deploy | 2026-03-04T07:58:12Z | - | graph-sync 2026.03.04-1 rolled out | graph-sync | "
          "grafana/1187 | ci-bot |  | tags=deploy, service:graph-sync",
          "alert | 2026-03-04T08:15:40Z | - | Grafana alert Graph API 429 rate changed from Normal "
          "to Alerting |  | grafana/1188 | - |  | dashboardUID=graph-sync-main, panelId=4, "
          "alertId=42, newState=Alerting, prevState=Normal, "
          "text={alertname=Graph API 429 rate, service=graph-sync} - B=0.97",
          "note | 2026-03-04T10:00:00Z | 2026-03-04T11:00:00Z | Page insights stopped updating "
          "(partner quota exhausted) | page-insights | grafana/1191 | mira |  | "
          "dashboardUID=graph-sync-main, tags=impact, app:page-insights",
          "resolve | 2026-03-05T06:06:00Z | - | Grafana alert Graph API 429 rate changed from "
          "Alerting to Normal (MissingSeries) |  | grafana/1204 | - |  | "
          "dashboardUID=graph-sync-main, panelId=4, alertId=42, newState=Normal (MissingSeries), "
          "prevState=Alerting",
          "note | 2026-03-04T08:30:00Z | - | Grafana alert Insights freshness changed from ok to "
          "pending |  | grafana/1205 | - |  | dashboardUID=graph-sync-main, panelId=6, alertId=43, "
          "newState=pending, prevState=ok",
      });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("grafana-annotations: missing and malformed times are reported and skipped",
          "[adapters][grafana-annotations]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "grafana-annotations/bad-annotations.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-annotations.json:8:16: error: `timeEnd`: invalid epoch time \"soon\"\n"
            "  hint: expected a whole or decimal number",
            "bad-annotations.json:17:13: error: `time`: invalid epoch time "
            "\"2026-03-04T08:38:12Z\"\n  hint: expected a whole or decimal number",
            "bad-annotations.json:22:3: error: Grafana annotation has no `time`",
            "bad-annotations.json:31:3: error: a Grafana annotation must be a map, found a single "
            "value",
        });
}

TEST_CASE("grafana-annotations: a list without annotation marks is declined",
          "[adapters][grafana-annotations]") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("x.json",
                          R"([{"time": 1772611092000, "timeEnd": 1772611092000, "text": "x"}])",
                          documents, diagnostics));
  const Recognition recognition = adapter().recognize(documents[0]);
  CHECK_FALSE(recognition.recognised);
  CHECK(recognition.evidence == 1);
  CHECK(recognition.missing ==
        "no list of annotations with `time`, `timeEnd` and dashboard or alert ids");
}

}  // namespace
}  // namespace hindsight
