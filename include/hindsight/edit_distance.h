// "Did you mean ...?" suggestions for misspelt names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hindsight {

// Edit distance counting insertions, deletions, substitutions and swaps of
// two adjacent characters, case-sensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible
// typo (distance at most a third of the word's length, and at least 1 edit
// allowed); empty otherwise. Ties go to the earlier candidate.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace hindsight
