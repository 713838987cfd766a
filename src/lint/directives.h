// `hindsight-lint` comments: turning rules off for part of a document.
//
//   <!-- hindsight-lint disable RULE[, RULE...] -->       off from here on
//   <!-- hindsight-lint enable RULE[, RULE...] -->        on again from here
//   <!-- hindsight-lint disable-next-line RULE[, ...] --> off for the next
//                                                         non-blank line
//
// Without a rule, a comment applies to every rule. A `disable` before the
// first heading covers the whole document from line 1, so that findings
// about the document as a whole (placed at line 1) can be turned off too.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/document.h"
#include "lint/rules.h"

namespace hindsight::lint_detail {

// The lines on which each rule is off.
class Suppressions {
 public:
  void add(std::string_view rule, int first_line, int last_line);
  // Sorts and merges what was added; call after the last add().
  void finish();

  // Whether `rule` is off at `line`.
  bool covers(std::string_view rule, int line) const;

 private:
  // rule -> [first, last] line ranges, sorted and disjoint once finished
  std::map<std::string, std::vector<std::pair<int, int>>, std::less<>> ranges_;
};

// Reads the `hindsight-lint` comments of `document`. A comment with an
// unknown directive or rule is a finding without a rule (an error), with a
// did-you-mean; its known rules still apply.
Suppressions read_directives(const Document& document, Findings& problems);

}  // namespace hindsight::lint_detail
