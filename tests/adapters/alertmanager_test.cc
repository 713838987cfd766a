// The Alertmanager adapter over its fixtures: what it recognises, the exact
// events it makes, and how the notifications of one alert become one
// interval, within a document and, through the merge stage, across files.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "adapters/alertmanager.h"
#include "hindsight/load.h"
#include "hindsight/merge.h"

namespace hindsight {
namespace {

const std::string fixture_dir = "tests/adapters/fixtures/alertmanager/";

// The documents of a file under the repository, with positions shown
// relative to it.
std::vector<RawNode> load(const std::string& relative_path) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(relative_path, text.str(), documents, diagnostics));
  return documents;
}

struct Converted {
  std::vector<Event> events;
  Diagnostics diagnostics;
};

// Converts every document of the fixtures, in order, as the normalize
// stage would after detecting them.
Converted convert(const std::vector<std::string>& fixtures) {
  Converted out;
  for (const std::string& name : fixtures) {
    for (const RawNode& document : load(fixture_dir + name)) {
      REQUIRE(alertmanager_adapter().recognize(document).recognised);
      alertmanager_adapter().convert(document, {}, out.events, out.diagnostics);
    }
  }
  for (std::size_t i = 0; i < out.events.size(); ++i) out.events[i].input_order = i;
  return out;
}

// One line per event: kind, times, title, service, id and labels.
std::string summary(const Event& event) {
  std::string text = std::string(display_kind(event)) + " " + format_utc(event.time);
  if (event.end) text += ".." + format_utc(*event.end);
  text += " | " + event.title + " | " + event.service + " | " + event.id + " |";
  for (const auto& [key, value] : event.labels) text += " " + key + "=" + value;
  return text;
}

std::vector<std::string> summaries(const std::vector<Event>& events) {
  std::vector<std::string> lines;
  for (const Event& event : events) lines.push_back(summary(event));
  return lines;
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    lines.push_back(format_diagnostic(diagnostic));
  }
  return lines;
}

const std::string throttled_firing =
    "alert 2026-03-04T08:21:30.512Z | [critical] GraphApiThrottled: 97% of Graph API calls "
    "answered 429 (code 4) for 5m | graph-sync | alertmanager/c557c51edb4f8c8e/"
    "2026-03-04T08:21:30Z | alertname=GraphApiThrottled cluster=prod-eu-1 job=graph-sync "
    "severity=critical team=data-platform";
const std::string throttled_resolved =
    "alert 2026-03-04T08:21:30.512Z..2026-03-05T00:06:15.200Z | [critical] GraphApiThrottled: "
    "97% of Graph API calls answered 429 (code 4) for 5m | graph-sync | "
    "alertmanager/c557c51edb4f8c8e/2026-03-04T08:21:30Z | alertname=GraphApiThrottled "
    "cluster=prod-eu-1 job=graph-sync severity=critical team=data-platform";
const std::string freshness_firing =
    "alert 2026-03-04T08:31:12.250Z | [critical] InsightsFreshnessStale: newest page insight "
    "older than 15m | insights-api | alertmanager/a1825e8f7ee3d818/2026-03-04T08:31:12Z | "
    "alertname=InsightsFreshnessStale cluster=prod-eu-1 namespace=insights service=insights-api "
    "severity=critical team=insights";

TEST_CASE("alertmanager: a firing webhook payload gives open alert intervals", "[adapters]") {
  const Converted out = convert({"webhook-firing.json"});
  CHECK(out.diagnostics.empty());
  CHECK(summaries(out.events) == std::vector<std::string>{throttled_firing, freshness_firing});
  const Event& throttled = out.events[0];
  CHECK(throttled.source == "alertmanager");
  CHECK(throttled.adapter == "alertmanager");
  CHECK(throttled.origin.line == 5);
  CHECK(throttled.origin.column == 5);
  CHECK(throttled.link ==
        "https://prometheus.example.invalid/graph?g0.expr=sum+by+%28job%29+%28rate%28graph_api_"
        "responses_total%7Bcode%3D%22429%22%7D%5B5m%5D%29%29+%2F+sum+by+%28job%29+%28rate%28graph_"
        "api_responses_total%5B5m%5D%29%29+%3E+0.5&g0.tab=1");
  CHECK_FALSE(throttled.actor);
}

TEST_CASE("alertmanager: a resolved alert ends at its endsAt", "[adapters]") {
  const Converted out = convert({"webhook-resolved.json"});
  CHECK(out.diagnostics.empty());
  CHECK(summaries(out.events) == std::vector<std::string>{throttled_resolved, freshness_firing});
}

TEST_CASE("alertmanager: a list of payloads pairs firing and resolved, keeps a re-fire apart",
          "[adapters]") {
  const Converted out = convert({"webhook-list.json"});
  CHECK(summaries(out.events) ==
        std::vector<std::string>{
            "alert 2026-03-04T08:33:05Z..2026-03-05T04:10:05Z | [warning] DashboardDataDelayed: "
            "charts served from data older than 30m | dashboard | alertmanager/73ccc489cd5ccd6e/"
            "2026-03-04T08:33:05Z | alertname=DashboardDataDelayed cluster=prod-eu-1 job=dashboard "
            "severity=warning team=insights",
            "alert 2026-03-05T05:02:00Z | [warning] DashboardDataDelayed: charts served from data "
            "older than 30m | dashboard | alertmanager/73ccc489cd5ccd6e/2026-03-05T05:02:00Z | "
            "alertname=DashboardDataDelayed cluster=prod-eu-1 job=dashboard severity=warning "
            "team=insights",
        });
  // The epoch start is a warning at the value, and that alert is left out.
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "tests/adapters/fixtures/alertmanager/webhook-list.json:55:17: warning: `startsAt` is "
            "the Unix epoch (1970-01-01T00:00:00Z): the alert's start is unknown, so the alert is "
            "left out\n  hint: the sender did not say when the alert started; take its start from "
            "another source"});
}

TEST_CASE("alertmanager: a version 3 payload without fingerprints", "[adapters]") {
  const Converted out = convert({"webhook-v3.json"});
  CHECK(out.diagnostics.empty());
  // Severity from `commonLabels` ("Warning"), the first line of the
  // description, and Prometheus's fingerprint of the label set.
  CHECK(summaries(out.events) ==
        std::vector<std::string>{
            "alert 2026-03-04T08:09:40.117204553Z | [warning] GraphApiQuotaUsageHigh: App "
            "218934411 used 90% of its hourly Graph API call count. | graph-sync | "
            "alertmanager/de39c164279e8d92/2026-03-04T08:09:40Z | alertname=GraphApiQuotaUsageHigh "
            "app_id=218934411 cluster=prod-eu-1 job=graph-sync severity=warning",
            "alert 2026-03-04T08:10:10.117204553Z | [warning] GraphApiQuotaUsageHigh: App "
            "77102938 used 90% of its hourly Graph API call count. | graph-sync | "
            "alertmanager/cb452368647ed078/2026-03-04T08:10:10Z | alertname=GraphApiQuotaUsageHigh "
            "app_id=77102938 cluster=prod-eu-1 job=graph-sync severity=warning",
        });
}

TEST_CASE("alertmanager: GET /api/v2/alerts gives alerts still open at the export", "[adapters]") {
  const Converted out = convert({"api-v2-alerts.json"});
  CHECK(out.diagnostics.empty());
  // Each `endsAt` lies after `updatedAt`: only when the alert would expire.
  CHECK(summaries(out.events) ==
        std::vector<std::string>{
            throttled_firing,
            "alert 2026-03-04T08:09:40.117Z | [warning] GraphApiQuotaUsageHigh: app call count at "
            "90% of the hourly limit | graph-sync | alertmanager/f51df76de7e71658/"
            "2026-03-04T08:09:40Z | alertname=GraphApiQuotaUsageHigh cluster=prod-eu-1 "
            "job=graph-sync severity=warning team=data-platform",
            "alert 2026-03-04T08:24:00Z | [page] GraphApiErrorBudgetBurn: 1h error budget of "
            "partner API calls burning 14x | graph-sync | alertmanager/3c2547c9cd732c9e/"
            "2026-03-04T08:24:00Z | alertname=GraphApiErrorBudgetBurn cluster=prod-eu-1 "
            "job=graph-sync severity=page team=data-platform",
        });
  CHECK(out.events[0].origin.line == 2);
}

TEST_CASE("alertmanager: a YAML stream of payloads", "[adapters]") {
  const Converted out = convert({"webhook-stream.yaml"});
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 2);
  CHECK(out.events[0].id == out.events[1].id);
  CHECK(summary(out.events[1]) ==
        "alert 2026-03-05T00:20:00Z..2026-03-05T04:05:30Z | [critical] InsightsBackfillLag: "
        "insights backfill 6h behind after the Graph API quota reset | insights | "
        "alertmanager/afc5a9f77d6e62dd/2026-03-05T00:20:00Z | alertname=InsightsBackfillLag "
        "cluster=prod-eu-1 namespace=insights severity=critical team=insights");
}

TEST_CASE("alertmanager: firing and resolved in separate files merge into one interval",
          "[adapters]") {
  Converted out = convert({"webhook-firing.json", "webhook-resolved.json"});
  REQUIRE(out.events.size() == 4);
  Diagnostics merge_diagnostics;
  const std::vector<Event> timeline = merge_events(out.events, merge_diagnostics);
  CHECK(merge_diagnostics.warning_count() + merge_diagnostics.error_count() == 0);
  CHECK(summaries(timeline) == std::vector<std::string>{throttled_resolved, freshness_firing});
  // The interval is told where it started: the firing notification.
  CHECK(timeline[0].origin.file == fixture_dir + "webhook-firing.json");
}

TEST_CASE("alertmanager: an API snapshot and a later resolved webhook merge", "[adapters]") {
  Converted out = convert({"api-v2-alerts.json", "webhook-resolved.json"});
  Diagnostics merge_diagnostics;
  const std::vector<Event> timeline = merge_events(out.events, merge_diagnostics);
  CHECK(merge_diagnostics.warning_count() + merge_diagnostics.error_count() == 0);
  REQUIRE(timeline.size() == 4);
  CHECK(summary(timeline[1]) == throttled_resolved);
}

TEST_CASE("alertmanager: the stream's two documents merge into one interval", "[adapters]") {
  Converted out = convert({"webhook-stream.yaml"});
  Diagnostics merge_diagnostics;
  const std::vector<Event> timeline = merge_events(out.events, merge_diagnostics);
  CHECK(merge_diagnostics.warning_count() + merge_diagnostics.error_count() == 0);
  REQUIRE(timeline.size() == 1);
  CHECK(format_utc(*timeline[0].end) == "2026-03-05T04:05:30Z");
}

}  // namespace
}  // namespace hindsight
