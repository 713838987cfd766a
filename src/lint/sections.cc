// Finding sections by title and by line (see document.h).
#include <string>

#include "lint/document.h"

namespace hindsight::lint_detail {
namespace {

// "Action Items:" -> "action items".
std::string title_key(const InlineText& title) {
  std::string key = title.trimmed();
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace

const Section* find_section(const Document& document, const std::vector<std::string_view>& titles) {
  for (const Section& section : document.sections) {
    const std::string key = title_key(section.heading.title);
    for (const std::string_view title : titles) {
      if (key == title) return &section;
    }
  }
  return nullptr;
}

const Section* section_at(const Document& document, int line) {
  const Section* innermost = nullptr;
  for (const Section& section : document.sections) {
    if (section.heading.title.start.line >= line) break;
    innermost = &section;
  }
  return innermost;
}

int own_text_end(const Document& document, const Section& section) {
  for (const Section& next : document.sections) {
    if (next.heading.title.start.line > section.heading.title.start.line) {
      return next.heading.title.start.line;
    }
  }
  return document.line_count + 1;
}

}  // namespace hindsight::lint_detail
