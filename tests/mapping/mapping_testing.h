// Shared by the mapping tests: a mapping read from text, documents run
// through it, and one-line summaries of what came out.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "hindsight/mapping.h"
#include "support/memory_file_system.h"

namespace hindsight::mapping_testing {

struct ReadResult {
  std::vector<std::unique_ptr<Adapter>> adapters;
  std::vector<std::string> messages;  // formatted diagnostics
};

inline std::vector<std::string> messages_of(const Diagnostics& diagnostics) {
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(format_diagnostic(d));
  return messages;
}

// Reads mapping files given as (path, text) pairs.
inline ReadResult read(const std::vector<std::pair<std::string, std::string>>& files) {
  testing::MemoryFileSystem fs;
  std::vector<std::string> paths;
  for (const auto& [path, text] : files) {
    fs.add_file(path, text);
    paths.push_back(path);
  }
  Diagnostics diagnostics;
  ReadResult result{read_mappings(paths, fs, diagnostics), messages_of(diagnostics)};
  return result;
}

// The one mapping in `text`, which must be free of problems.
inline std::unique_ptr<Adapter> mapping(const std::string& text) {
  ReadResult result = read({{"m.yaml", text}});
  INFO(Catch::Detail::stringify(result.messages));
  REQUIRE(result.messages.empty());
  REQUIRE(result.adapters.size() == 1);
  return std::move(result.adapters.front());
}

// The problems reading `text` as a mapping file reports.
inline std::vector<std::string> problems(const std::string& text) {
  ReadResult result = read({{"m.yaml", text}});
  CHECK(result.adapters.empty());
  return result.messages;
}

inline RawNode document(const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("in.json", text, documents, diagnostics));
  REQUIRE(documents.size() == 1);
  return documents.front();
}

struct Converted {
  std::vector<std::string> events;    // summaries
  std::vector<std::string> messages;  // formatted diagnostics
};

// "time[..end] kind | title | service | actor | source | id | link | k=v k=v"
inline std::string summary(const Event& event) {
  std::string text = format_utc(event.time);
  if (event.end) text += ".." + format_utc(*event.end);
  text += " " + std::string(display_kind(event)) + " | " + event.title + " | " + event.service + " | " +
          (event.actor ? event.actor->name + (event.actor->role.empty() ? "" : "/" + event.actor->role)
                       : "") +
          " | " + event.source + " | " + event.id + " | " + event.link + " |";
  for (const auto& [key, value] : event.labels) text += " " + key + "=" + value;
  return text;
}

inline Converted convert(const Adapter& adapter, const std::string& text,
                         const Zone* local_zone = nullptr) {
  const RawNode root = document(text);
  ConvertContext context;
  context.local_zone = local_zone;
  std::vector<Event> events;
  Diagnostics diagnostics;
  adapter.convert(root, context, events, diagnostics);
  Converted converted;
  for (const Event& event : events) converted.events.push_back(summary(event));
  converted.messages = messages_of(diagnostics);
  return converted;
}

}  // namespace hindsight::mapping_testing
