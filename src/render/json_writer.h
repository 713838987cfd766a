// JsonWriter: JSON appended to a string as it is produced, without building
// a JSON object first.
//
// The timeline of a year of alerts is a million events; building an
// nlohmann object for each one only to print it was a tenth of the time
// `timeline --format jsonl` took. The writer prints exactly what nlohmann's
// dump() prints for the same values (compact, or indented with
// `indent` spaces, and invalid UTF-8 replaced by U+FFFD), so the output's
// bytes do not depend on which of the two wrote them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::render_detail {

class JsonWriter {
 public:
  // indent < 0: everything on one line, as dump(-1).
  JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The next value is this key's: `json.key("title").string(text)`.
  JsonWriter& key(std::string_view name);

  void string(std::string_view text);
  void number(std::int64_t value);
  void null();
  void string_or_null(std::string_view text) { text.empty() ? null() : string(text); }

 private:
  struct Level {
    bool first = true;
  };

  void begin_value();  // the separator and indentation before a value or key
  void end_level(char close);
  void newline_and_indent();

  std::string& out_;
  int indent_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included: `"`, `\` and control
// characters escaped as nlohmann does, bytes that are not UTF-8 replaced.
void append_json_string(std::string& out, std::string_view text);

}  // namespace hindsight::render_detail
