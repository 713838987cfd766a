// Checking one postmortem: read it, run every rule that is on, and keep
// what the document's own `hindsight-lint` comments do not turn off.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "hindsight/lint.h"
#include "lint/directives.h"
#include "lint/document.h"
#include "lint/nesting_guard.h"
#include "lint/rules.h"

namespace hindsight {
namespace {

using lint_detail::Finding;
using lint_detail::Findings;

struct Placed {
  Finding finding;
  Severity severity;
  std::size_t rule_order;  // at one place, the earlier rule's finding comes first
};

}  // namespace

void lint_postmortem(const std::string& path, std::string_view markdown, const LintConfig& config,
                     Diagnostics& diagnostics) {
  if (const int line = lint_detail::first_line_nested_too_deep(markdown)) {
    diagnostics.error({path, line, 1},
                      fmt::format("block quotes and lists nested more than {} deep; the file is "
                                  "not checked",
                                  lint_detail::max_nesting),
                      "no postmortem needs this; is the file Markdown?");
    return;
  }
  const lint_detail::Document document = lint_detail::read_document(markdown);
  Findings directive_problems;
  const lint_detail::Suppressions suppressions =
      lint_detail::read_directives(document, directive_problems);

  std::vector<Placed> placed;
  for (Finding& problem : directive_problems) {
    placed.push_back({std::move(problem), Severity::error, 0});
  }
  const auto& rules = lint_detail::registered_rules();
  for (std::size_t order = 0; order < rules.size(); ++order) {
    const LintRule& rule = rules[order].rule;
    const RuleLevel level = config.level(rule.id);
    if (level == RuleLevel::off) continue;
    Findings findings;
    rules[order].check(document, findings);
    for (Finding& finding : findings) {
      if (suppressions.covers(rule.id, finding.at.line)) continue;
      placed.push_back({std::move(finding),
                        level == RuleLevel::error ? Severity::error : Severity::warning,
                        order + 1});
    }
  }

  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    if (a.finding.at.line != b.finding.at.line) return a.finding.at.line < b.finding.at.line;
    if (a.finding.at.column != b.finding.at.column) {
      return a.finding.at.column < b.finding.at.column;
    }
    return a.rule_order < b.rule_order;
  });
  // "should have known" is blaming language; calling it a counterfactual
  // too adds nothing.
  std::set<std::pair<int, int>> blamed;
  for (const Placed& item : placed) {
    if (item.finding.rule == "blaming-language") {
      blamed.emplace(item.finding.at.line, item.finding.at.column);
    }
  }
  for (const Placed& item : placed) {
    if (item.finding.rule == "counterfactual" &&
        blamed.count({item.finding.at.line, item.finding.at.column}) > 0) {
      continue;
    }
    Diagnostic diagnostic;
    diagnostic.severity = item.severity;
    diagnostic.pos = {path, item.finding.at.line, item.finding.at.column};
    diagnostic.message = item.finding.message;
    diagnostic.hint = item.finding.hint;
    diagnostic.rule = item.finding.rule;
    diagnostics.add(std::move(diagnostic));
  }
}

}  // namespace hindsight
