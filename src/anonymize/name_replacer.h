// Replacing known names inside free text (titles, notes, labels).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hindsight/anonymize.h"

namespace hindsight::anonymize_detail {

class NameReplacer {
 public:
  // Full names match case-insensitively; a person's first name on its own
  // (the first word of a name of several words, three letters or more, not
  // shared with anyone else) matches only as written, capitalised, since
  // "Will" or "Mark" would otherwise catch ordinary words.
  explicit NameReplacer(const std::vector<Replacement>& people);

  // `text` with every whole-word occurrence of a known name replaced.
  std::string replace(std::string_view text) const;

 private:
  struct Pattern {
    std::string text;  // lowercased when !case_sensitive
    bool case_sensitive = false;
    std::string alias;
  };
  std::vector<Pattern> patterns_;  // longest first, so "Aino Laine" wins over "Aino"
};

}  // namespace hindsight::anonymize_detail
