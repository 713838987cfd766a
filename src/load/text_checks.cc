// Checks of a file's text that the YAML parser does not make (see
// load/text_checks.h).
#include "load/text_checks.h"

#include <fmt/format.h>

#include "core/utf8.h"

namespace hindsight {
namespace {

// A YAML stream may hold tab, line feed and carriage return, and no other
// C0 control character, nor DEL (YAML 1.2, production c-printable).
bool is_forbidden_control(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
}

std::string control_name(unsigned char byte) {
  switch (byte) {
    case 0x00: return "U+0000 (NUL)";
    case 0x1B: return "U+001B (ESC)";
    case 0x7F: return "U+007F (DEL)";
    default: return fmt::format("U+{:04X}", byte);
  }
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

SourcePos position_in(InternedString path, std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return SourcePos{path, line, static_cast<int>(offset - line_start) + 1};
}

std::size_t byte_order_mark_length(std::string_view text) {
  return starts_with(text, "\xEF\xBB\xBF") ? 3 : 0;
}

bool is_wide_unicode(std::string_view text) {
  // The UTF-32 little-endian mark begins with the UTF-16 one; either way
  // the text is not UTF-8.
  return starts_with(text, std::string_view("\x00\x00\xFE\xFF", 4)) ||
         starts_with(text, "\xFE\xFF") || starts_with(text, "\xFF\xFE");
}

bool check_text_encoding(InternedString path, std::string_view text, Diagnostics& diagnostics) {
  if (is_wide_unicode(text)) return true;
  std::size_t first = std::string_view::npos;
  bool first_is_control = false;
  std::size_t more = 0;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    std::size_t length = 1;
    bool bad = false;
    bool control = false;
    if (byte < 0x80) {
      control = bad = is_forbidden_control(byte);
    } else {
      length = decode_utf8(text, at).length;
      bad = length == 0;
      if (bad) length = 1;
    }
    if (bad) {
      if (first == std::string_view::npos) {
        first = at;
        first_is_control = control;
      } else {
        ++more;
      }
    }
    at += length;
  }
  if (first == std::string_view::npos) return true;

  const auto byte = static_cast<unsigned char>(text[first]);
  const std::string others =
      more == 0 ? std::string() : fmt::format("; {} more in this file", more);
  if (first_is_control) {
    diagnostics.error(position_in(path, text, first),
                      fmt::format("control character {} at byte {}{}", control_name(byte), first,
                                  others),
                      "YAML text cannot hold raw control characters; remove it, or write it as "
                      "an escape such as \\x1b inside double quotes");
  } else {
    diagnostics.error(position_in(path, text, first),
                      fmt::format("not UTF-8: byte 0x{:02X} at byte {} is not part of a valid "
                                  "character{}",
                                  byte, first, others),
                      "hindsight reads UTF-8; convert the file, e.g. `iconv -f latin1 -t utf-8 "
                      "FILE > FILE.utf8`");
  }
  return false;
}

bool quote_never_closes(std::string_view text, std::size_t at) {
  // An anchor (&name) or tag (!name) may come before the quote.
  for (int properties = 0; properties < 2 && at < text.size(); ++properties) {
    if (text[at] != '&' && text[at] != '!') break;
    while (at < text.size() && text[at] != ' ' && text[at] != '\t' && text[at] != '\n') ++at;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n')) ++at;
  }
  if (at >= text.size()) return false;
  const char quote = text[at];
  if (quote != '"' && quote != '\'') return false;  // a block scalar, or plain
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // whatever is escaped, even a quote
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
      } else {
        return false;
      }
    }
  }
  return true;
}

std::size_t unclosed_json_string(std::string_view text) {
  std::size_t open = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (open == std::string_view::npos) {
      if (text[i] == '"') open = i;
    } else if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      open = std::string_view::npos;
    }
  }
  return open;
}

}  // namespace hindsight
