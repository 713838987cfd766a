// The list of lint rules: ids, default levels and checks, in the order
// docs/lint.md describes them.
#include "lint/rules.h"

namespace hindsight {

using lint_detail::RegisteredRule;

const std::vector<LintRule>& lint_rules() {
  static const std::vector<LintRule> rules = [] {
    std::vector<LintRule> out;
    for (const RegisteredRule& registered : lint_detail::registered_rules()) {
      out.push_back(registered.rule);
    }
    return out;
  }();
  return rules;
}

namespace lint_detail {

const std::vector<RegisteredRule>& registered_rules() {
  // Errors are what certainly needs fixing before the postmortem is
  // shared (the draft's unanswered prompts); warnings are what a person
  // should look at, since a word list cannot read intent.
  static const std::vector<RegisteredRule> rules = {
      {{"blaming-language", RuleLevel::warning,
        "words that blame a person: \"X's fault\", \"careless\", \"human error\", ..."},
       check_blaming_language},
      {{"counterfactual", RuleLevel::warning,
        "what should, could or would have happened instead of what did"},
       check_counterfactual},
      {{"leftover-prompt", RuleLevel::error, "a `> **Prompt:**` blockquote the draft left"},
       check_leftover_prompt},
      {{"leftover-placeholder", RuleLevel::error, "a `_to fill_` placeholder the draft left"},
       check_leftover_placeholder},
      {{"empty-section", RuleLevel::warning, "a heading with nothing under it"},
       check_empty_section},
      {{"no-action-items", RuleLevel::warning, "no Action items section, or no action in it"},
       check_no_action_items},
      {{"action-item-owner", RuleLevel::warning, "an action item without an owner"},
       check_action_item_owner},
      {{"action-item-due", RuleLevel::warning,
        "an action item without a due date, or one that is not YYYY-MM-DD"},
       check_action_item_due},
      {{"no-timeline", RuleLevel::warning, "no Timeline section, or no entry in it"},
       check_no_timeline},
      {{"timeline-no-detection", RuleLevel::warning,
        "the timeline has no alert, page, detect or customer_report entry"},
       check_timeline_no_detection},
      {{"timeline-no-resolution", RuleLevel::warning, "the timeline has no resolve entry"},
       check_timeline_no_resolution},
  };
  return rules;
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const RegisteredRule& registered : registered_rules()) ids.push_back(registered.rule.id);
  return ids;
}

}  // namespace lint_detail
}  // namespace hindsight
