// Shared by the deploy-history adapter tests: fixtures by repository path,
// conversion with or without recognition, one-line summaries, and the
// other formats' files that an adapter must decline.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight::conversion_testing {

inline std::vector<RawNode> parse(const std::string& path, const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path, text, documents, diagnostics));
  return documents;
}

// A fixture, by its path from the repository root.
inline std::vector<RawNode> fixture(const std::string& path) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + path);
  std::stringstream text;
  text << in.rdbuf();
  return parse(path, text.str());
}

struct Converted {
  std::vector<Event> events;
  Diagnostics diagnostics;
  std::string messages() const {
    std::string text;
    for (const Diagnostic& d : diagnostics.all()) text += format_diagnostic(d) + "\n";
    return text;
  }
};

// `forced`: as with --input-format, without asking recognize() first.
inline Converted convert_with(const Adapter& adapter, const std::vector<RawNode>& documents,
                              bool forced) {
  Converted converted;
  for (const RawNode& document : documents) {
    if (!forced) REQUIRE(adapter.recognize(document).recognised);
    adapter.convert(document, {}, converted.events, converted.diagnostics);
  }
  return converted;
}

// "time[..end] kind | title | service | id": what a reader of the timeline sees.
inline std::string summary(const Event& event) {
  std::string text = format_utc(event.time);
  if (event.end) text += ".." + format_utc(*event.end);
  return text + " " + std::string(display_kind(event)) + " | " + event.title + " | " + event.service + " | " +
         event.id;
}

inline std::string labels(const Event& event) {
  std::string text;
  for (const auto& [key, value] : event.labels)
    text += (text.empty() ? "" : " ") + key + "=" + value;
  return text;
}

// A fixture of another format; empty when it is deliberately unparsable.
inline std::vector<RawNode> fixture_if_parses(const std::string& path) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + path);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  parse_documents(path, text.str(), documents, diagnostics);
  return documents;
}

// Files with events of other formats: the other adapters' fixtures and the
// native example.
inline std::vector<std::string> foreign_files_of(const std::string& own_folder) {
  namespace fs = std::filesystem;
  const fs::path root(HINDSIGHT_SOURCE_DIR);
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(root / "tests/adapters/fixtures")) {
    const fs::path relative = fs::relative(entry.path(), root);
    const std::string extension = relative.extension().string();
    const bool event_file = extension == ".json" || extension == ".yaml" || extension == ".yml";
    if (entry.is_regular_file() && event_file && relative.parent_path().filename() != own_folder) {
      paths.push_back(relative.string());
    }
  }
  for (const auto& entry : fs::directory_iterator(root / "examples/backfill-outage")) {
    if (entry.path().extension() == ".yaml") paths.push_back(fs::relative(entry.path(), root));
  }
  return paths;
}

}  // namespace hindsight::conversion_testing
