// Mermaid escaping (see mermaid_text.h).
#include "render/mermaid_text.h"

#include <cctype>
#include <cstring>

#include "core/utf8.h"

namespace hindsight::mermaid {
namespace {

// ASCII punctuation that means nothing to Mermaid's gantt grammar or to HTML.
constexpr const char* kInertPunctuation = "-_.,()/+=!?*@[]'";

bool is_inert(unsigned char c) {
  return std::isalnum(c) != 0 || c == ' ' || std::strchr(kInertPunctuation, c) != nullptr;
}

// One line, control characters as spaces, runs of spaces collapsed, trimmed.
std::string one_line(std::string_view text) {
  std::string line;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool space = c < 0x20 || c == 0x7F || c == ' ';
    if (space) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += ch;
    }
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace

std::string escape_text(std::string_view text, std::size_t max_characters) {
  std::string escaped;
  for (const char ch : shorten_to_characters(one_line(text), max_characters)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || is_inert(c)) {
      escaped += ch;
    } else {
      escaped += "#" + std::to_string(static_cast<int>(c)) + ";";
    }
  }
  return escaped;
}

}  // namespace hindsight::mermaid
