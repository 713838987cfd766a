// Inline text with the source position of every byte (see document.h).
#include <string>

#include "lint/document.h"

namespace hindsight::lint_detail {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string InlineText::prose_text() const {
  std::string masked = text;
  for (std::size_t i = 0; i < masked.size(); ++i) {
    if (!prose[i]) masked[i] = '\x1f';
  }
  return masked;
}

std::string InlineText::trimmed() const {
  std::size_t first = 0;
  std::size_t last = text.size();
  while (first < last && is_blank(text[first])) ++first;
  while (last > first && is_blank(text[last - 1])) --last;
  return text.substr(first, last - first);
}

Location InlineText::first_word() const {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_blank(text[i])) return where[i];
  }
  return start;
}

}  // namespace hindsight::lint_detail
