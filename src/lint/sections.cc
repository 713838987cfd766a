// Finding sections by title and by line (see document.h).
#include <algorithm>
#include <iterator>
#include <string>

#include "core/ascii.h"
#include "lint/document.h"

namespace hindsight::lint_detail {
namespace {

// "Action Items:" -> "action items".
std::string title_key(const InlineText& title) {
  std::string key = title.trimmed();
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
  for (char& c : key) {
    c = ascii_lower(c);
  }
  return key;
}

// The first section whose heading lies after `line`; sections are in
// document order.
std::vector<Section>::const_iterator first_heading_after(const Document& document, int line) {
  return std::upper_bound(
      document.sections.begin(), document.sections.end(), line,
      [](int at, const Section& section) { return at < section.heading.title.start.line; });
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
  const auto after = first_heading_after(document, line - 1);
  return after == document.sections.begin() ? nullptr : &*std::prev(after);
}

int own_text_end(const Document& document, const Section& section) {
  const auto next = first_heading_after(document, section.heading.title.start.line);
  return next == document.sections.end() ? document.line_count + 1 : next->heading.title.start.line;
}

}  // namespace hindsight::lint_detail
