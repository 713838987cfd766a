// Output properties for the fuzz targets (see output_properties.h).
#include "output_properties.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hindsight::fuzz {
namespace {

[[noreturn]] void broken(const char* what, const std::string& why) {
  std::fprintf(stderr, "output property broken: %s: %s\n", what, why.c_str());
  std::abort();
}

bool could_run_as_formula(std::string_view field) {
  return !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
}

// Splits RFC 4180 text into records of unquoted fields.
std::vector<std::vector<std::string>> csv_records(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (at + 1 < text.size() && text[at + 1] == '"') {
        field += '"';
        ++at;
      } else {
        quoted = false;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
    } else {
      field += c;
    }
  }
  if (quoted) broken("csv", "a quoted field never closes");
  if (!field.empty() || !record.empty()) broken("csv", "the last record does not end in a line break");
  return records;
}

}  // namespace

void require_json(std::string_view text, const char* what) {
  if (nlohmann::json::accept(text)) return;
  try {
    const nlohmann::json why = nlohmann::json::parse(text);  // throws, saying why
  } catch (const nlohmann::json::exception& error) {
    broken(what, error.what());
  }
  broken(what, "not JSON");
}

void require_json_lines(std::string_view text, const char* what) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) broken(what, "the last line does not end in a line break");
    require_json(text.substr(start, end - start), what);
    start = end + 1;
  }
}

void require_inert_csv(std::string_view text, std::size_t fields) {
  for (const auto& record : csv_records(text)) {
    if (record.size() != fields) {
      broken("csv", "a record of " + std::to_string(record.size()) + " fields, not " +
                        std::to_string(fields));
    }
    for (const std::string& field : record) {
      if (could_run_as_formula(field)) broken("csv", "a field a spreadsheet would run: " + field);
    }
  }
}

}  // namespace hindsight::fuzz
