#include "render/markdown.h"

#include "core/ascii.h"

namespace hindsight::markdown {
namespace {

// Characters that can start or end Markdown syntax anywhere in a line.
bool needs_backslash(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '|':
    case '~':
    case '#':
    case '!':
      return true;
    default:
      return false;
  }
}

std::string escape(std::string_view text, std::string_view line_break) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF is one break
      out += line_break;
    } else if (c == '\n') {
      out += line_break;
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (needs_backslash(c)) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    c = ascii_lower(c);
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool is_safe_url(std::string_view url) {
  if (!(starts_with_ignoring_case(url, "https://") || starts_with_ignoring_case(url, "http://") ||
        starts_with_ignoring_case(url, "mailto:"))) {
    return false;
  }
  // Characters that would end the link destination or the line early.
  for (char c : url) {
    if (c == ' ' || c == '<' || c == '>' || c == '\n' || c == '\r' || c == '(' || c == ')' ||
        c == '"' || c == '\'' || c == '`' || static_cast<unsigned char>(c) < 0x20) {
      return false;
    }
  }
  return true;
}

std::string escape_inline(std::string_view text) { return escape(text, " "); }

std::string escape_cell(std::string_view text) { return escape(text, "<br>"); }

std::string link(std::string_view label, std::string_view url) {
  if (url.empty()) return {};
  if (!is_safe_url(url)) return escape_inline(url);
  // GFM splits table rows at `|` before it parses links, even inside a
  // link destination; %7C is the same URL to every browser.
  std::string destination;
  for (char c : url) {
    if (c == '|') {
      destination += "%7C";
    } else {
      destination += c;
    }
  }
  return "[" + escape_inline(label) + "](" + destination + ")";
}

}  // namespace hindsight::markdown
