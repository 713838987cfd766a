// Finding phrases in prose, word by word.
//
// Matching works on words, not bytes, so "blame" never matches inside
// "blameless", letter case does not matter, a typographic apostrophe (’)
// is an apostrophe, and a phrase may wrap onto the next line. Words must
// follow each other with only blanks between them: punctuation, a code
// span or a link's URL in between breaks the phrase.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight::lint_detail {

struct Word {
  std::string spelling;   // lower-case ASCII, apostrophes as '
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  bool after_blank = false;  // only blanks (at least one) since the previous word
};

// The words of `text`: runs of letters, digits and bytes of non-ASCII
// letters, joined by an apostrophe or hyphen between two of them
// ("didn't", "on-call"). Any other byte separates words.
std::vector<Word> split_words(std::string_view text);

// A sequence of words. The pattern lists them separated by spaces; a word
// may give alternatives separated by `|` ("forgot|forgotten to"), and
// "*'s" is any possessive ("Mira's", not "it's").
class Phrase {
 public:
  explicit Phrase(std::string_view pattern, std::vector<std::string> not_followed_by = {});

  // How many words the phrase matches at words[at], or 0. With
  // `not_followed_by`, a match whose next word is one of those is none
  // ("should have" but not "should have an alert").
  std::size_t match(const std::vector<Word>& words, std::size_t at) const;

 private:
  std::vector<std::vector<std::string>> words_;
  std::vector<std::string> not_followed_by_;
};

}  // namespace hindsight::lint_detail
