// Finding a parsed piece of text in the Markdown it came from (see
// source_alignment.h).
#include "lint/source_alignment.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>

namespace hindsight::lint_detail {
namespace {

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length of an entity reference (`&amp;`, `&#39;`, `&#x27;`) at the
// start of `text`, or 0.
std::size_t entity_length(std::string_view text) {
  if (text.size() < 3 || text[0] != '&') return 0;
  std::size_t at = 1;
  if (text[at] == '#') {
    ++at;
    const bool hex = at < text.size() && (text[at] == 'x' || text[at] == 'X');
    if (hex) ++at;
    const std::size_t digits = at;
    while (at < text.size() && at - digits < 7 &&
           (hex ? std::isxdigit(static_cast<unsigned char>(text[at])) != 0
                : (text[at] >= '0' && text[at] <= '9'))) {
      ++at;
    }
    if (at == digits) return 0;
  } else {
    while (at < text.size() && at < 33 && is_alnum(text[at])) ++at;
    if (at == 1) return 0;
  }
  return at < text.size() && text[at] == ';' ? at + 1 : 0;
}

// The number of bytes of the UTF-8 sequence that `lead` starts.
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The columns of `literal` read from `column` on, or nullopt when it does
// not match there.
std::optional<std::vector<int>> match_at(std::string_view line, std::string_view literal,
                                         int column) {
  std::vector<int> columns;
  columns.reserve(literal.size());
  std::size_t at = static_cast<std::size_t>(column - 1);
  std::size_t next = 0;
  while (next < literal.size()) {
    if (at >= line.size()) return std::nullopt;
    const int here = static_cast<int>(at) + 1;
    const std::size_t entity = entity_length(line.substr(at));
    // An entity cmark-gfm did not decode (`&bogus;`) is in the literal as
    // written; one it decoded is one character there.
    const bool decoded = entity > 0 && literal.substr(next, entity) != line.substr(at, entity);
    if (decoded) {
      const std::size_t bytes =
          std::min(utf8_length(static_cast<unsigned char>(literal[next])), literal.size() - next);
      columns.insert(columns.end(), bytes, here);
      at += entity;
      next += bytes;
    } else if (line[at] == literal[next]) {
      columns.push_back(here);
      ++at;
      ++next;
    } else if (line[at] == '\\' && at + 1 < line.size() && line[at + 1] == literal[next] &&
               is_ascii_punctuation(literal[next])) {
      columns.push_back(here);  // the escaped character shows where its backslash is
      at += 2;
      ++next;
    } else if (line[at] == '\0' && literal.substr(next, 3) == "\xEF\xBF\xBD") {
      columns.insert(columns.end(), 3, here);  // cmark-gfm reads NUL as U+FFFD
      ++at;
      next += 3;
    } else {
      return std::nullopt;
    }
  }
  return columns;
}

}  // namespace

std::vector<int> align_to_source(std::string_view line, std::string_view literal,
                                 int reported_column) {
  const int last = static_cast<int>(line.size());
  const int reported = reported_column < 1 ? 1 : reported_column;
  if (reported <= last) {
    if (auto columns = match_at(line, literal, reported)) return *columns;
  }
  // Nearest first; on a tie, the earlier column. cmark-gfm is off by a few
  // columns at most (a container's prefix), so the search stays near it and
  // a long line cannot make it slow.
  constexpr int max_distance = 512;
  for (int distance = 1; distance <= max_distance && distance < last + reported; ++distance) {
    for (const int column : {reported - distance, reported + distance}) {
      if (column < 1 || column > last) continue;
      if (auto columns = match_at(line, literal, column)) return *columns;
    }
  }
  std::vector<int> columns;
  columns.reserve(literal.size());
  for (std::size_t i = 0; i < literal.size(); ++i) {
    columns.push_back(reported + static_cast<int>(i));
  }
  return columns;
}

}  // namespace hindsight::lint_detail
