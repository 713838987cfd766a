// Lint: checking a written postmortem for blaming language and gaps.
//
// `hindsight draft` writes a blameless draft; people then turn it into the
// postmortem. `lint_postmortem` reads what they wrote and reports, each
// with the rule that found it: language that blames a person or argues
// about what should have happened, prompts and placeholders the draft left
// that nobody answered, empty sections, action items without an owner or a
// due date, and a timeline that never says how the problem was detected or
// when it was resolved. docs/lint.md describes every rule.
//
// Rules can be turned off or made louder in a config file
// (`.hindsight-lint.yaml`), on the command line, or for a stretch of the
// document with `<!-- hindsight-lint disable RULE -->` comments.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight {

enum class RuleLevel { off, warning, error };

struct LintRule {
  std::string_view id;  // kebab-case: "blaming-language"
  RuleLevel default_level = RuleLevel::warning;
  std::string_view summary;  // one line, for help texts
};

// Every rule, in the order docs/lint.md lists them; findings at the same
// place are reported for the first of these only.
const std::vector<LintRule>& lint_rules();

// How loud each rule is: its default level unless set otherwise.
class LintConfig {
 public:
  RuleLevel level(std::string_view rule) const;
  void set(std::string_view rule, RuleLevel level);

 private:
  std::map<std::string, RuleLevel, std::less<>> levels_;
};

// Reads a config file's `text`:
//
//   rules:
//     counterfactual: off
//     blaming-language: error
//
// into `config`. Unknown keys and rule ids (with a did-you-mean) and bad
// levels are errors at their place in `path`; returns false after any.
// An empty file is an empty config.
bool read_lint_config(const std::string& path, const std::string& text, LintConfig& config,
                      Diagnostics& diagnostics);

// Applies "RULE=off|warning|error" (the --rule flag). Returns an error
// message, with a did-you-mean for an unknown rule, or "" when applied.
std::string apply_rule_setting(std::string_view setting, LintConfig& config);

// Checks one postmortem. Findings are warnings or errors, as `config`
// says, at the line and column of what they are about, with `rule` set;
// a `hindsight-lint` comment that names an unknown rule or directive is an
// error without a rule. Sorted by place. Markdown that nests block quotes
// and lists more than 100 deep is one error, and is not checked.
void lint_postmortem(const std::string& path, std::string_view markdown, const LintConfig& config,
                     Diagnostics& diagnostics);

}  // namespace hindsight
