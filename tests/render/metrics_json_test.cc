// Metrics as JSON: the pinned keys and their order, nulls with reasons for
// unknowns, and exact numbers of seconds.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/draft_test_story.h"

namespace hindsight {
namespace {

std::string metrics_json(const Metrics& metrics) {
  std::ostringstream out;
  render_metrics(out, MetricsFormat::json, metrics, RenderSettings{});
  return out.str();
}

TEST_CASE("metrics json gives every milestone, duration and trigger in the pinned order") {
  CHECK(metrics_json(test::backfill_story().metrics) ==
        R"({
  "impact_start": {
    "time": "2026-03-04T08:15:00Z",
    "basis": "incident.impact.start in the header"
  },
  "detected": {
    "time": "2026-03-04T08:27:00Z",
    "basis": "first alert at/after impact start: \"Page insights freshness > 1h\""
  },
  "acknowledged": {
    "time": "2026-03-04T08:33:00Z",
    "basis": "first ack at/after impact start: \"Page acknowledged\""
  },
  "mitigated": {
    "time": "2026-03-04T11:40:00Z",
    "basis": "first mitigate at/after impact start: \"Backfill paused\""
  },
  "resolved": {
    "time": "2026-03-05T04:15:00Z",
    "basis": "last resolve event: \"Partner quota reset; page data updating again\""
  },
  "ttd": {
    "seconds": 720,
    "reason": null
  },
  "tta": {
    "seconds": 360,
    "reason": null
  },
  "ttm": {
    "seconds": 12300,
    "reason": null
  },
  "ttr": {
    "seconds": 72000,
    "reason": null
  },
  "suspected_triggers": [
    {
      "time": "2026-03-04T07:58:12Z",
      "kind": "backfill",
      "title": "Backfill of page insights since 2024 started",
      "lead_seconds": 1008
    }
  ]
}
)");
}

TEST_CASE("metrics json reports unknowns as null with a reason") {
  CHECK(metrics_json(test::unknown_metrics()) ==
        R"({
  "impact_start": {
    "time": null,
    "basis": "no impact start recorded"
  },
  "detected": {
    "time": null,
    "basis": "no detection in the timeline"
  },
  "acknowledged": {
    "time": null,
    "basis": "no acknowledgement in the timeline"
  },
  "mitigated": {
    "time": null,
    "basis": "no mitigation in the timeline"
  },
  "resolved": {
    "time": null,
    "basis": "no resolution recorded"
  },
  "ttd": {
    "seconds": null,
    "reason": "no impact start recorded"
  },
  "tta": {
    "seconds": null,
    "reason": "no detection in the timeline"
  },
  "ttm": {
    "seconds": null,
    "reason": "no impact start recorded"
  },
  "ttr": {
    "seconds": null,
    "reason": "no impact start recorded"
  },
  "suspected_triggers": []
}
)");
}

TEST_CASE("metrics json keeps whole seconds integral and fractions exact") {
  using namespace std::chrono;
  Metrics metrics = test::unknown_metrics();
  metrics.ttd = {seconds(0), ""};
  metrics.tta = {milliseconds(1500), ""};
  metrics.ttm = {hours(25) + minutes(1) + seconds(1) + nanoseconds(123456789), ""};
  metrics.ttr = {nanoseconds(1), ""};
  const auto json = nlohmann::json::parse(metrics_json(metrics));
  CHECK(json["ttd"]["seconds"].is_number_integer());
  CHECK(json["ttd"]["seconds"].dump() == "0");
  CHECK(json["tta"]["seconds"].dump() == "1.5");
  CHECK(json["ttm"]["seconds"].dump() == "90061.123456789");
  CHECK(json["ttr"]["seconds"].dump() == "1e-09");
  CHECK(json["ttr"]["reason"].is_null());
}

TEST_CASE("metrics json replaces invalid UTF-8 instead of failing") {
  Metrics metrics = test::unknown_metrics();
  metrics.impact_start.basis = "bad \xff byte";
  const std::string text = metrics_json(metrics);
  CHECK(text.find("\"basis\": \"bad \xEF\xBF\xBD byte\"") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
