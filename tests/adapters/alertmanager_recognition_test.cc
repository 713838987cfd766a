// What the Alertmanager adapter claims and what it declines: its own
// fixtures, found by detection ahead of the native format; native logs and
// look-alike documents, declined with evidence and what they lacked.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "adapters/alertmanager.h"
#include "hindsight/load.h"

namespace hindsight {
namespace {

std::vector<RawNode> load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path.string(), text.str(), documents, diagnostics));
  return documents;
}

RawNode parse_one(const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("doc.json", text, documents, diagnostics));
  REQUIRE(documents.size() == 1);
  return documents[0];
}

std::vector<std::filesystem::path> files_in(const std::string& relative_dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(HINDSIGHT_SOURCE_DIR) +
                                                               "/" + relative_dir)) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".yaml" || extension == ".yml" || extension == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The adapter detection picks, as the normalize stage picks it.
const Adapter* detected(const RawNode& document) {
  for (const Adapter* adapter : adapters()) {
    if (adapter->recognize(document).recognised) return adapter;
  }
  return nullptr;
}

TEST_CASE("alertmanager: every fixture document is detected as alertmanager", "[adapters]") {
  const auto files = files_in("tests/adapters/fixtures/alertmanager");
  CHECK(files.size() == 6);
  for (const auto& file : files) {
    for (const RawNode& document : load(file)) {
      INFO(file.string());
      CHECK(detected(document) == &alertmanager_adapter());
      CHECK(alertmanager_adapter().recognize(document).evidence >= 5);
    }
  }
}

TEST_CASE("alertmanager: declines native logs and other adapters' fixtures", "[adapters]") {
  std::vector<std::filesystem::path> files = files_in("examples/backfill-outage");
  for (const auto& file : files_in("tests/e2e/fixtures")) files.push_back(file);
  for (const auto& dir : std::filesystem::directory_iterator(std::string(HINDSIGHT_SOURCE_DIR) +
                                                             "/tests/adapters/fixtures")) {
    if (!dir.is_directory() || dir.path().filename() == "alertmanager") continue;
    for (const auto& file : files_in("tests/adapters/fixtures/" + dir.path().filename().string())) {
      files.push_back(file);
    }
  }
  REQUIRE(files.size() >= 7);
  for (const auto& file : files) {
    std::vector<RawNode> documents;
    Diagnostics diagnostics;
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    // Some e2e fixtures are broken on purpose; only the parsed ones count.
    if (!parse_documents(file.string(), text.str(), documents, diagnostics)) continue;
    for (const RawNode& document : documents) {
      INFO(file.string());
      CHECK_FALSE(alertmanager_adapter().recognize(document).recognised);
    }
  }
}

TEST_CASE("alertmanager: near misses are declined with what they lacked", "[adapters]") {
  // The body Prometheus POSTs to Alertmanager: alerts without an identity
  // or state of their own yet.
  const Recognition posted = alertmanager_adapter().recognize(parse_one(
      R"([{"labels": {"alertname": "X"}, "annotations": {}, "startsAt": "2026-03-04T08:00:00Z",)"
      R"( "endsAt": "2026-03-04T08:05:00Z", "generatorURL": "http://p:9090/graph"}])"));
  CHECK_FALSE(posted.recognised);
  CHECK(posted.evidence == 4);
  CHECK(posted.missing ==
        "no list of webhook payloads, nor of alerts with `labels`, `startsAt`, `fingerprint` and "
        "`status.state`");

  const Recognition bare = alertmanager_adapter().recognize(
      parse_one(R"({"status": "firing", "alerts": [{"labels": {"alertname": "X"}}]})"));
  CHECK_FALSE(bare.recognised);
  CHECK(bare.evidence == 2);
  CHECK(bare.missing ==
        "no `alerts` list with the payload's `receiver`, `groupKey`, `commonLabels`, ...");

  // Prometheus's own /api/v1/alerts answer is another format.
  const Recognition prometheus = alertmanager_adapter().recognize(
      parse_one(R"({"status": "success", "data": {"alerts": []}})"));
  CHECK_FALSE(prometheus.recognised);
  CHECK(prometheus.evidence == 0);

  CHECK_FALSE(alertmanager_adapter().recognize(parse_one("[]")).recognised);
  CHECK_FALSE(alertmanager_adapter().recognize(parse_one(R"("alerts")")).recognised);
}

TEST_CASE("alertmanager: is listed with a description and an example", "[adapters]") {
  CHECK(find_adapter("alertmanager") == &alertmanager_adapter());
  CHECK_FALSE(alertmanager_adapter().description().empty());
  CHECK(alertmanager_adapter().example().find("/api/v2/alerts") != std::string_view::npos);
}

}  // namespace
}  // namespace hindsight
