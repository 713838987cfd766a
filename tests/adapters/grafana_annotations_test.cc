// The Grafana annotations adapter against its fixtures: deploy, alert-state,
// interval and plain annotations, and every malformed field.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight {
namespace {

// Fixture loading and an event's one-line summary, for exact comparisons.
std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<RawNode> load(const std::filesystem::path& path) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path.filename().string(), read_file(path), documents, diagnostics));
  REQUIRE(diagnostics.empty());
  return documents;
}

const std::filesystem::path source_dir = HINDSIGHT_SOURCE_DIR;
const std::filesystem::path fixtures = source_dir / "tests/adapters/fixtures";

// "kind | time | end | title | service | id | actor | link | k=v, k=v"
std::string summary(const Event& event) {
  std::string labels;
  for (const auto& [key, value] : event.labels) {
    labels += (labels.empty() ? "" : ", ") + key + "=" + value;
  }
  return display_kind(event) + " | " + format_utc(event.time) + " | " +
         (event.end ? format_utc(*event.end) : "-") + " | " + event.title + " | " + event.service +
         " | " + event.id + " | " + (event.actor ? event.actor->name : "-") + " | " + event.link +
         " | " + labels;
}

struct Converted {
  std::vector<std::string> events;
  std::vector<std::string> diagnostics;
};

Converted convert_fixture(const Adapter& adapter, const std::filesystem::path& path) {
  Converted out;
  std::vector<Event> events;
  Diagnostics diagnostics;
  for (const RawNode& document : load(path)) {
    CHECK(adapter.recognize(document).recognised);
    adapter.convert(document, ConvertContext{}, events, diagnostics);
  }
  for (const Event& event : events) {
    CHECK(event.adapter == adapter.name());
    out.events.push_back(summary(event));
  }
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    out.diagnostics.push_back(format_diagnostic(diagnostic));
  }
  return out;
}

// Every document of the other formats' fixtures and of the native example,
// which `adapter` must decline.
void check_declines_others(const Adapter& adapter, const std::string& own_folder) {
  std::vector<std::filesystem::path> others;
  for (const auto& folder : std::filesystem::directory_iterator(fixtures)) {
    if (!folder.is_directory() || folder.path().filename() == own_folder) continue;
    for (const auto& file : std::filesystem::directory_iterator(folder)) others.push_back(file);
  }
  for (const auto& file :
       std::filesystem::directory_iterator(source_dir / "examples/backfill-outage")) {
    if (file.path().extension() == ".yaml") others.push_back(file);
  }
  REQUIRE(others.size() > 8);
  for (const auto& path : others) {
    for (const RawNode& document : load(path)) {
      INFO(path.string());
      const Recognition recognition = adapter.recognize(document);
      CHECK_FALSE(recognition.recognised);
      CHECK_FALSE(recognition.missing.empty());
    }
  }
}

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
