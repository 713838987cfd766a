// Shared by the PagerDuty adapter tests: fixtures, conversion without the
// rest of the pipeline, and one-line views of an event's parts.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight::pagerduty_testing {

inline const Adapter& pagerduty() { return *find_adapter("pagerduty"); }

inline std::vector<RawNode> parse(const std::string& path, const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path, text, documents, diagnostics));
  return documents;
}

inline std::vector<RawNode> load(const std::string& relative_path) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return parse(relative_path, text.str());
}

inline RawNode fixture(const std::string& name) {
  const auto documents = load("tests/adapters/fixtures/pagerduty/" + name);
  REQUIRE(documents.size() == 1);
  return documents[0];
}

struct Converted {
  std::vector<Event> events;
  Diagnostics diagnostics;
};

inline Converted convert(const RawNode& document) {
  Converted out;
  pagerduty().convert(document, ConvertContext{}, out.events, out.diagnostics);
  return out;
}

inline std::string labels(const Event& event) {
  std::string text;
  for (const auto& [key, value] : event.labels) {
    if (!text.empty()) text += "; ";
    text += key + "=" + value;
  }
  return text;
}

inline std::string actor(const Event& event) { return event.actor ? event.actor->name : "-"; }

inline std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& diagnostic : diagnostics.all())
    out.push_back(format_diagnostic(diagnostic));
  return out;
}

}  // namespace hindsight::pagerduty_testing
