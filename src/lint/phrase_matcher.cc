// Finding phrases in prose, word by word (see phrase_matcher.h).
#include "lint/phrase_matcher.h"

#include <algorithm>

#include "core/ascii.h"

namespace hindsight::lint_detail {
namespace {

constexpr std::string_view right_single_quote = "\xE2\x80\x99";  // ’
constexpr std::string_view no_break_space = "\xC2\xA0";

bool is_ascii_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length in bytes of the character at text[at]; a stray continuation
// byte counts as one.
std::size_t character_length(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(length, text.size() - at);
}

// The length of the word character at text[at], or 0 when it is not one.
// Non-ASCII characters are letters, except General Punctuation (dashes,
// quotes, ellipsis: U+2000 to U+206F) and the no-break space.
std::size_t word_character(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return is_ascii_word_byte(c) ? 1 : 0;
  if (c == 0xE2 && at + 1 < text.size() &&
      (static_cast<unsigned char>(text[at + 1]) == 0x80 ||
       static_cast<unsigned char>(text[at + 1]) == 0x81)) {
    return 0;
  }
  if (text.substr(at, 2) == no_break_space) return 0;
  return character_length(text, at);
}

// The length of an apostrophe or hyphen at text[at] that joins two words.
std::size_t joiner(std::string_view text, std::size_t at) {
  if (text[at] == '\'' || text[at] == '-') return 1;
  if (text.substr(at, 3) == right_single_quote) return 3;
  return 0;
}

bool is_blank_at(std::string_view text, std::size_t at, std::size_t& length) {
  if (text[at] == ' ' || text[at] == '\t' || text[at] == '\n') {
    length = 1;
    return true;
  }
  if (text.substr(at, 2) == no_break_space) {
    length = 2;
    return true;
  }
  return false;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    if (at == text.size() || text[at] == separator) {
      if (at > start) parts.emplace_back(text.substr(start, at - start));
      start = at + 1;
    }
  }
  return parts;
}

// "Mira's", but not "it's" or "that's", where 's is "is" or "has".
bool is_possessive(const std::string& spelling) {
  static const std::vector<std::string> contractions = {"it's",   "that's", "there's", "here's",
                                                        "what's", "who's",  "he's",    "she's",
                                                        "let's",  "where's"};
  return spelling.size() > 2 && spelling.compare(spelling.size() - 2, 2, "'s") == 0 &&
         std::find(contractions.begin(), contractions.end(), spelling) == contractions.end();
}

bool spelling_matches(const std::string& pattern, const std::string& spelling) {
  if (pattern == "*'s") return is_possessive(spelling);
  return pattern == spelling;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  bool blank_since_word = false;
  bool only_blanks_since_word = true;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t length = word_character(text, at);
    if (length == 0) {
      std::size_t blank = 0;
      if (is_blank_at(text, at, blank)) {
        blank_since_word = true;
        at += blank;
      } else {
        only_blanks_since_word = false;
        at += character_length(text, at);
      }
      continue;
    }
    Word word;
    word.begin = at;
    word.after_blank = !words.empty() && blank_since_word && only_blanks_since_word;
    while (at < text.size()) {
      if ((length = word_character(text, at)) > 0) {
        for (std::size_t i = 0; i < length; ++i) {
          const char c = text[at + i];
          word.spelling += ascii_lower(c);
        }
        at += length;
      } else if (const std::size_t join = joiner(text, at);
                 join > 0 && at + join < text.size() && word_character(text, at + join) > 0) {
        word.spelling += text[at] == '-' ? '-' : '\'';
        at += join;
      } else {
        break;
      }
    }
    word.end = at;
    words.push_back(std::move(word));
    blank_since_word = false;
    only_blanks_since_word = true;
  }
  return words;
}

Phrase::Phrase(std::string_view pattern, std::vector<std::string> not_followed_by)
    : not_followed_by_(std::move(not_followed_by)) {
  for (const std::string& word : split(pattern, ' ')) words_.push_back(split(word, '|'));
}

std::size_t Phrase::match(const std::vector<Word>& words, std::size_t at) const {
  if (at + words_.size() > words.size()) return 0;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const Word& word = words[at + i];
    if (i > 0 && !word.after_blank) return 0;
    const auto& spellings = words_[i];
    if (std::none_of(spellings.begin(), spellings.end(),
                     [&](const std::string& s) { return spelling_matches(s, word.spelling); })) {
      return 0;
    }
  }
  const std::size_t next = at + words_.size();
  if (next < words.size() && words[next].after_blank &&
      std::find(not_followed_by_.begin(), not_followed_by_.end(), words[next].spelling) !=
          not_followed_by_.end()) {
    return 0;
  }
  return words_.size();
}

}  // namespace hindsight::lint_detail
