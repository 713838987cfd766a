// Matching phrases word by word, and finding parsed text in its source line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/phrase_matcher.h"
#include "lint/source_alignment.h"

namespace hindsight::lint_detail {
namespace {

std::vector<std::string> spellings(const std::string& text) {
  std::vector<std::string> out;
  for (const Word& word : split_words(text)) out.push_back(word.spelling);
  return out;
}

// The byte offset of every match of `phrase` in `text`.
std::vector<std::size_t> matches(const Phrase& phrase, const std::string& text) {
  const std::vector<Word> words = split_words(text);
  std::vector<std::size_t> out;
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (phrase.match(words, at) > 0) out.push_back(words[at].begin);
  }
  return out;
}

TEST_CASE("words: apostrophes and hyphens inside a word join it", "[lint]") {
  CHECK(spellings("Didn't the On-Call's page-out fire?") ==
        std::vector<std::string>{"didn't", "the", "on-call's", "page-out", "fire"});
  CHECK(spellings("Mira\xE2\x80\x99s fault") == std::vector<std::string>{"mira's", "fault"});
  CHECK(spellings("'quoted' - dash \xE2\x80\x94 em") ==
        std::vector<std::string>{"quoted", "dash", "em"});
  CHECK(spellings("P\xC3\xA4ivi na\xC3\xAFve") ==
        std::vector<std::string>{"p\xC3\xA4ivi", "na\xC3\xAFve"});
}

TEST_CASE("phrases: case-insensitive, whole words, blanks between", "[lint]") {
  const Phrase blame("blame|blamed");
  CHECK(matches(blame, "No Blame here") == std::vector<std::size_t>{3});
  CHECK(matches(blame, "a blameless review, unblamed").empty());
  CHECK(matches(blame, "they blamed\xC2\xA0us") == std::vector<std::size_t>{5});

  const Phrase forgot("forgot to");
  CHECK(matches(forgot, "she forgot  to") == std::vector<std::size_t>{4});
  CHECK(matches(forgot, "she forgot\nto") == std::vector<std::size_t>{4});
  CHECK(matches(forgot, "she forgot. To").empty());
  CHECK(matches(forgot, "she forgot\x1fto").empty());  // a code span in between
}

TEST_CASE("phrases: a possessive matches any name, not a contraction", "[lint]") {
  const Phrase fault("*'s fault");
  CHECK(matches(fault, "It was Arto's fault") == std::vector<std::size_t>{7});
  CHECK(matches(fault, "it was Arto\xE2\x80\x99s fault") == std::vector<std::size_t>{7});
  CHECK(matches(fault, "that's fault tolerance").empty());
  CHECK(matches(fault, "it's fault").empty());
}

TEST_CASE("phrases: a word that follows can rule a match out", "[lint]") {
  const Phrase should("should have", {"an", "to"});
  CHECK(matches(should, "we should have paged") == std::vector<std::size_t>{3});
  CHECK(matches(should, "we should have an alert").empty());
  CHECK(matches(should, "we would have to restart; should have").size() == 1);
  CHECK(matches(should, "should have. An").size() == 1);  // punctuation ends the phrase
}

TEST_CASE("alignment: the reported column when the literal is there", "[lint]") {
  CHECK(align_to_source("ab cd", "cd", 4) == std::vector<int>{4, 5});
}

TEST_CASE("alignment: escapes and entities map to where they are written", "[lint]") {
  CHECK(align_to_source("a \\_b\\_", "_b_", 3) == std::vector<int>{3, 5, 6});
  CHECK(align_to_source("x &amp; y", "x & y", 1) == std::vector<int>{1, 2, 3, 8, 9});
  CHECK(align_to_source("&#x2019;s", "\xE2\x80\x99s", 1) == std::vector<int>{1, 1, 1, 9});
}

TEST_CASE("alignment: a wrong column is corrected to the nearest match", "[lint]") {
  CHECK(align_to_source("> lazy", "lazy", 5) == std::vector<int>{3, 4, 5, 6});
  CHECK(align_to_source("aa aa", "aa", 3) == std::vector<int>{4, 5});
  CHECK(align_to_source("aXa", "a", 2) == std::vector<int>{1});  // a tie goes to the earlier
  CHECK(align_to_source("nothing", "zz", 2) == std::vector<int>{2, 3});  // unmatched: as told
}

}  // namespace
}  // namespace hindsight::lint_detail
