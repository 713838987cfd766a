#include "hindsight/edit_distance.h"

#include <algorithm>
#include <numeric>

namespace hindsight {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus adjacent transpositions,
  // because "titel" for "title" is one slip of the fingers, not two.
  const std::size_t columns = b.size() + 1;
  std::vector<std::size_t> before(columns), previous(columns), current(columns);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string_view best;
  std::size_t best_distance = allowed + 1;
  bool best_shares_first_letter = false;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    // On a tie, a candidate that starts like the word is the likelier typo.
    const bool shares_first_letter = !word.empty() && !candidate.empty() && word[0] == candidate[0];
    if (distance < best_distance ||
        (distance == best_distance && shares_first_letter && !best_shares_first_letter)) {
      best_distance = distance;
      best = candidate;
      best_shares_first_letter = shares_first_letter;
    }
  }
  return std::string(best);
}

}  // namespace hindsight
