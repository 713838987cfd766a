// Shared by the adapter tests: loading fixtures, one-line event summaries
// for exact comparisons, and the check that an adapter declines every other
// format's fixtures and the native example.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight::adapter_testing {

// Fixture loading and an event's one-line summary, for exact comparisons.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::vector<RawNode> load(const std::filesystem::path& path) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path.filename().string(), read_file(path), documents, diagnostics));
  REQUIRE(diagnostics.empty());
  return documents;
}

inline const std::filesystem::path source_dir = HINDSIGHT_SOURCE_DIR;
inline const std::filesystem::path fixtures = source_dir / "tests/adapters/fixtures";

// "kind | time | end | title | service | id | actor | link | k=v, k=v"
inline std::string summary(const Event& event) {
  std::string labels;
  for (const auto& [key, value] : event.labels) {
    labels += (labels.empty() ? "" : ", ") + key + "=" + value;
  }
  return std::string(display_kind(event)) + " | " + format_utc(event.time) + " | " +
         (event.end ? format_utc(*event.end) : "-") + " | " + event.title + " | " +
         event.service.str() +
         " | " + event.id + " | " + (event.actor ? event.actor->name : "-") + " | " + event.link +
         " | " + labels;
}

struct Converted {
  std::vector<std::string> events;
  std::vector<std::string> diagnostics;
};

inline Converted convert_fixture(const Adapter& adapter, const std::filesystem::path& path) {
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
inline void check_declines_others(const Adapter& adapter, const std::string& own_folder) {
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

}  // namespace hindsight::adapter_testing
