// JSON written straight to a string (see json_writer.h).
#include "render/json_writer.h"

#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace hindsight::render_detail {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// The short escapes JSON has, or 0 for the \u00XX form.
char short_escape(unsigned char c) {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= 0x80) {
      const std::size_t length = decode_utf8(text, at).length;
      if (length == 0) {
        // Which bytes one U+FFFD stands for is nlohmann's rule; rare text
        // goes through nlohmann itself so that both agree byte for byte.
        out.resize(start);
        out += nlohmann::json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      out.append(text, at, length);
      at += length;
      continue;
    }
    if (const char escape = short_escape(c)) {
      out += '\\';
      out += escape;
    } else if (c < 0x20) {
      out += "\\u00";
      out += kHexDigits[c >> 4];
      out += kHexDigits[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
    ++at;
  }
  out += '"';
}

void JsonWriter::newline_and_indent() {
  out_ += '\n';
  out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::begin_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.first) out_ += ',';
  level.first = false;
  if (indent_ >= 0) newline_and_indent();
}

void JsonWriter::end_level(char close) {
  const bool empty = levels_.back().first;
  levels_.pop_back();
  if (!empty && indent_ >= 0) newline_and_indent();
  out_ += close;
}

void JsonWriter::begin_object() {
  begin_value();
  out_ += '{';
  levels_.emplace_back();
}

void JsonWriter::end_object() { end_level('}'); }

void JsonWriter::begin_array() {
  begin_value();
  out_ += '[';
  levels_.emplace_back();
}

void JsonWriter::end_array() { end_level(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  begin_value();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonWriter::string(std::string_view text) {
  begin_value();
  append_json_string(out_, text);
}

void JsonWriter::number(std::int64_t value) {
  begin_value();
  out_ += std::to_string(value);
}

void JsonWriter::null() {
  begin_value();
  out_ += "null";
}

}  // namespace hindsight::render_detail
