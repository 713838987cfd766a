// Refusing Markdown nested too deep (see nesting_guard.h).
#include "lint/nesting_guard.h"

#include "lint/source_lines.h"

namespace hindsight::lint_detail {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The length of a block marker at line[at] (`>`, `-`, `*`, `+`, `1.`,
// `1)`, with the blank after a list marker), or 0.
std::size_t marker_length(std::string_view line, std::size_t at) {
  if (line[at] == '>') return 1;
  std::size_t end = at;
  if (line[at] == '-' || line[at] == '*' || line[at] == '+') {
    end = at + 1;
  } else {
    while (end < line.size() && end - at < 9 && line[end] >= '0' && line[end] <= '9') ++end;
    if (end == at || end >= line.size() || (line[end] != '.' && line[end] != ')')) return 0;
    ++end;
  }
  return end < line.size() && is_blank(line[end]) ? end - at : 0;
}

int markers_opened(std::string_view line) {
  int count = 0;
  std::size_t at = 0;
  while (at < line.size()) {
    if (is_blank(line[at])) {
      ++at;
    } else if (const std::size_t length = marker_length(line, at)) {
      ++count;
      at += length;
    } else {
      break;
    }
  }
  return count;
}

}  // namespace

int first_line_nested_too_deep(std::string_view markdown) {
  const SourceLines lines(markdown);
  for (int line = 1; line <= lines.count(); ++line) {
    if (markers_opened(lines.line(line)) > max_nesting) return line;
  }
  return 0;
}

}  // namespace hindsight::lint_detail
