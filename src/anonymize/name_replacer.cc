// Replacing known names inside free text (see name_replacer.h).
#include "anonymize/name_replacer.h"

#include <algorithm>
#include <map>

#include "core/ascii.h"

namespace hindsight::anonymize_detail {
namespace {

// Letters, digits and any byte of a multi-byte UTF-8 character continue a
// word, so "Ainolle" (Finnish, "to Aino") is not "Aino" plus "lle".
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z') ||
         c == '_';
}

bool matches_at(std::string_view text, std::size_t at, const std::string& pattern,
                bool case_sensitive) {
  if (at + pattern.size() > text.size()) return false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = case_sensitive ? text[at + i] : ascii_lower(text[at + i]);
    if (c != pattern[i]) return false;
  }
  const bool starts_word = at == 0 || !is_word_byte(text[at - 1]);
  const std::size_t end = at + pattern.size();
  const bool ends_word = end == text.size() || !is_word_byte(text[end]);
  return starts_word && ends_word;
}

}  // namespace

NameReplacer::NameReplacer(const std::vector<Replacement>& people) {
  std::map<std::string, int> first_name_uses;
  for (const Replacement& person : people) {
    const std::size_t space = person.name.find(' ');
    if (space != std::string::npos) ++first_name_uses[person.name.substr(0, space)];
  }
  for (const Replacement& person : people) {
    patterns_.push_back({ascii_lowercase(person.name), false, person.alias});
    const std::size_t space = person.name.find(' ');
    if (space == std::string::npos || space < 3) continue;
    const std::string first = person.name.substr(0, space);
    if (first_name_uses[first] == 1) patterns_.push_back({first, true, person.alias});
  }
  std::stable_sort(patterns_.begin(), patterns_.end(), [](const Pattern& a, const Pattern& b) {
    return a.text.size() > b.text.size();
  });
}

std::string NameReplacer::replace(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const Pattern* found = nullptr;
    if (at == 0 || !is_word_byte(text[at - 1])) {
      for (const Pattern& pattern : patterns_) {
        if (matches_at(text, at, pattern.text, pattern.case_sensitive)) {
          found = &pattern;
          break;
        }
      }
    }
    if (found) {
      out += found->alias;
      at += found->text.size();
    } else {
      out += text[at++];
    }
  }
  return out;
}

}  // namespace hindsight::anonymize_detail
