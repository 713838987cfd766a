// Test helpers for the Kubernetes adapters: load a fixture, run one
// adapter over its documents, and show each event on one line so that a
// test can state the whole expected result.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight::kubernetes_testing {

inline std::vector<RawNode> parse_text(const std::string& text,
                                       const std::string& path = "export.yaml") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents(path, text, documents, diagnostics));
  return documents;
}

// A fixture under tests/adapters/fixtures/, named by its path there.
inline std::vector<RawNode> load_fixture(const std::string& name) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/tests/adapters/fixtures/" + name);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return parse_text(text.str(), name);
}

inline std::vector<RawNode> load_example(const std::string& name) {
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) + "/" + name);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return parse_text(text.str(), name);
}

struct Converted {
  std::vector<Event> events;
  Diagnostics diagnostics;
};

inline Converted convert_all(const Adapter& adapter, const std::vector<RawNode>& documents) {
  Converted out;
  for (const RawNode& document : documents) {
    adapter.convert(document, ConvertContext{}, out.events, out.diagnostics);
  }
  return out;
}

// "alert 2026-03-04T08:17:40Z..2026-03-04T08:42:11Z | title | service | id | k=v k=v"
inline std::string line(const Event& event) {
  std::string text = std::string(display_kind(event)) + " " + format_utc(event.time);
  if (event.end) text += ".." + format_utc(*event.end);
  text += " | " + event.title + " | " + event.service + " | " + event.id + " |";
  for (const auto& [key, value] : event.labels) text += " " + key + "=" + value;
  return text;
}

inline std::vector<std::string> lines(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& event : events) out.push_back(line(event));
  return out;
}

inline std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    out.push_back(format_diagnostic(diagnostic));
  }
  return out;
}

// The adapter that detection picks for a document: the first in the
// registry that recognises it.
inline std::string detected_format(const RawNode& document) {
  for (const Adapter* adapter : adapters()) {
    if (adapter->recognize(document).recognised) return std::string(adapter->name());
  }
  return "none";
}

}  // namespace hindsight::kubernetes_testing
