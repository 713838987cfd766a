// `hindsight-lint` comments (see directives.h).
#include "lint/directives.h"

#include <algorithm>
#include <climits>
#include <iterator>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "hindsight/edit_distance.h"

namespace hindsight::lint_detail {
namespace {

constexpr std::string_view prefix = "hindsight-lint";

enum class Verb { disable, enable, disable_next_line };

std::optional<Verb> parse_verb(std::string_view word) {
  if (word == "disable") return Verb::disable;
  if (word == "enable") return Verb::enable;
  if (word == "disable-next-line") return Verb::disable_next_line;
  return std::nullopt;
}

// The words of a comment's body, split at blanks and commas.
std::vector<std::string_view> words_of(std::string_view body) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= body.size(); ++at) {
    const bool separator = at == body.size() || body[at] == ' ' || body[at] == '\t' ||
                           body[at] == '\n' || body[at] == '\r' || body[at] == ',';
    if (!separator) continue;
    if (at > start) words.push_back(body.substr(start, at - start));
    start = at + 1;
  }
  return words;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& known,
                         std::string_view otherwise) {
  const std::string match = closest_match(word, known);
  return match.empty() ? std::string(otherwise) : fmt::format("did you mean \"{}\"?", match);
}

// For each line number (0 to the last line), the first non-blank line after
// it, or 0.
std::vector<int> next_non_blank_lines(const Document& document) {
  std::vector<int> next(static_cast<std::size_t>(document.line_count) + 1, 0);
  for (int line = document.line_count - 1; line >= 0; --line) {
    const auto at = static_cast<std::size_t>(line);
    next[at] = document.blank_lines[at] ? next[at + 1] : line + 1;
  }
  return next;
}

int last_line_of(const Comment& comment) {
  return comment.start.line +
         static_cast<int>(std::count(comment.body.begin(), comment.body.end(), '\n'));
}

}  // namespace

void Suppressions::add(std::string_view rule, int first_line, int last_line) {
  if (first_line > last_line) return;
  auto found = ranges_.find(rule);
  if (found == ranges_.end())
    found = ranges_.emplace(std::string(rule), std::vector<std::pair<int, int>>{}).first;
  found->second.emplace_back(first_line, last_line);
}

void Suppressions::finish() {
  for (auto& [rule, ranges] : ranges_) {
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto& range : ranges) {
      if (!merged.empty() && range.first <= merged.back().second) {
        merged.back().second = std::max(merged.back().second, range.second);
      } else {
        merged.push_back(range);
      }
    }
    ranges = std::move(merged);
  }
}

bool Suppressions::covers(std::string_view rule, int line) const {
  const auto found = ranges_.find(rule);
  if (found == ranges_.end()) return false;
  const auto& ranges = found->second;
  // The last range that starts at or before `line`.
  auto after = std::upper_bound(ranges.begin(), ranges.end(), std::make_pair(line, INT_MAX));
  return after != ranges.begin() && std::prev(after)->second >= line;
}

Suppressions read_directives(const Document& document, Findings& problems) {
  const std::vector<std::string_view> known_rules = rule_ids();
  const std::vector<int> next_non_blank = next_non_blank_lines(document);
  Suppressions suppressions;
  std::map<std::string, int, std::less<>> disabled_since;  // rule -> first line
  const auto disable = [&](std::string_view rule, int line) {
    disabled_since.emplace(std::string(rule), line);
  };
  const auto enable = [&](std::string_view rule, int line) {
    const auto open = disabled_since.find(rule);
    if (open == disabled_since.end()) return;
    suppressions.add(open->first, open->second, line - 1);
    disabled_since.erase(open);
  };

  for (const Comment& comment : document.comments) {
    const std::vector<std::string_view> words = words_of(comment.body);
    if (words.empty() || words.front() != prefix) continue;
    const std::optional<Verb> verb = words.size() > 1 ? parse_verb(words[1]) : std::nullopt;
    if (!verb) {
      const std::string_view word = words.size() > 1 ? words[1] : "";
      problems.push_back(
          {"", comment.start,
           word.empty() ? std::string("hindsight-lint comment without a directive")
                        : fmt::format("unknown hindsight-lint directive \"{}\"", word),
           did_you_mean(word, {"disable", "enable", "disable-next-line"},
                        "write disable, enable or disable-next-line, then the rules")});
      continue;
    }
    std::vector<std::string_view> rules(words.begin() + 2, words.end());
    for (auto rule = rules.begin(); rule != rules.end();) {
      if (std::find(known_rules.begin(), known_rules.end(), *rule) != known_rules.end()) {
        ++rule;
        continue;
      }
      problems.push_back({"", comment.start,
                          fmt::format("unknown rule \"{}\" in a hindsight-lint comment", *rule),
                          did_you_mean(*rule, known_rules, "docs/lint.md lists the rules")});
      rule = rules.erase(rule);
    }
    if (words.size() == 2) rules = known_rules;  // no rule named: every rule
    // Before the first heading, a comment speaks for the whole document.
    const bool preamble =
        document.first_heading_line == 0 || comment.start.line < document.first_heading_line;
    const int line = preamble ? 1 : comment.start.line;
    for (const std::string_view rule : rules) {
      switch (*verb) {
        case Verb::disable:
          disable(rule, line);
          break;
        case Verb::enable:
          enable(rule, comment.start.line);
          break;
        case Verb::disable_next_line: {
          const int last = std::min(last_line_of(comment), document.line_count);
          if (const int next = next_non_blank[static_cast<std::size_t>(last)]) {
            suppressions.add(rule, next, next);
          }
          break;
        }
      }
    }
  }
  for (const auto& [rule, first_line] : disabled_since) {
    suppressions.add(rule, first_line, INT_MAX);
  }
  suppressions.finish();
  return suppressions;
}

}  // namespace hindsight::lint_detail
