// The lines of a Markdown source (see source_lines.h).
#include "lint/source_lines.h"

namespace hindsight::lint_detail {

SourceLines::SourceLines(std::string_view text) {
  std::size_t start = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '\n' && text[at] != '\r') continue;
    lines_.push_back(text.substr(start, at - start));
    if (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ++at;
    start = at + 1;
  }
  if (start < text.size()) lines_.push_back(text.substr(start));
}

std::string_view SourceLines::line(int number) const {
  if (number < 1 || number > count()) return {};
  return lines_[static_cast<std::size_t>(number - 1)];
}

bool SourceLines::is_blank(int number) const {
  return line(number).find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace hindsight::lint_detail
