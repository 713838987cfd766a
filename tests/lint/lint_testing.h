// Running lint rules on Markdown written in a test, and reading back what
// they found as "line:col message [rule]" strings that are easy to compare.
#pragma once

#include <string>
#include <vector>

#include "hindsight/lint.h"
#include "lint/document.h"
#include "lint/rules.h"

namespace hindsight::testing {

// "3:12 \"should have\" describes what did not happen (a counterfactual)"
inline std::string placed(const lint_detail::Finding& finding) {
  return std::to_string(finding.at.line) + ":" + std::to_string(finding.at.column) + " " +
         finding.message;
}

// What one rule's check finds in `markdown`, ignoring config and comments.
inline std::vector<std::string> check(lint_detail::Check rule, const std::string& markdown) {
  lint_detail::Findings findings;
  rule(lint_detail::read_document(markdown), findings);
  std::vector<std::string> out;
  for (const auto& finding : findings) out.push_back(placed(finding));
  return out;
}

// The whole of lint_postmortem, as the CLI prints it (without hints).
inline std::vector<std::string> lint(const std::string& markdown,
                                     const LintConfig& config = LintConfig()) {
  Diagnostics diagnostics;
  lint_postmortem("pm.md", markdown, config, diagnostics);
  std::vector<std::string> out;
  for (Diagnostic diagnostic : diagnostics.all()) {
    diagnostic.hint.clear();
    out.push_back(format_diagnostic(diagnostic));
  }
  return out;
}

// Only the findings of `rule` among lint()'s.
inline std::vector<std::string> lint_rule(const std::string& rule, const std::string& markdown,
                                          const LintConfig& config = LintConfig()) {
  std::vector<std::string> out;
  for (const std::string& line : lint(markdown, config)) {
    if (line.size() > rule.size() + 2 &&
        line.compare(line.size() - rule.size() - 2, rule.size() + 2, "[" + rule + "]") == 0) {
      out.push_back(line);
    }
  }
  return out;
}

}  // namespace hindsight::testing
