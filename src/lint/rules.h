// The lint rules' shared shape: each reads the Document and appends what it
// finds. Whether a finding is shown, and as a warning or an error, is up to
// lint_postmortem (config, directives); rules only say what and where.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hindsight/lint.h"
#include "lint/document.h"

namespace hindsight::lint_detail {

struct Finding {
  std::string rule;  // empty for a problem with a hindsight-lint comment
  Location at;
  std::string message;
  std::string hint;
};

using Findings = std::vector<Finding>;
using Check = void (*)(const Document& document, Findings& findings);

// Language (language_rules.cc).
void check_blaming_language(const Document& document, Findings& findings);
void check_counterfactual(const Document& document, Findings& findings);

// What the draft left to write (leftover_rules.cc).
void check_leftover_prompt(const Document& document, Findings& findings);
void check_leftover_placeholder(const Document& document, Findings& findings);
void check_empty_section(const Document& document, Findings& findings);

// Action items (action_item_rules.cc).
void check_no_action_items(const Document& document, Findings& findings);
void check_action_item_owner(const Document& document, Findings& findings);
void check_action_item_due(const Document& document, Findings& findings);

// The timeline (timeline_rules.cc).
void check_no_timeline(const Document& document, Findings& findings);
void check_timeline_no_detection(const Document& document, Findings& findings);
void check_timeline_no_resolution(const Document& document, Findings& findings);

// `text` cut to at most 60 bytes at a character boundary, with "…" when
// cut: for quoting a table cell in a message.
std::string excerpt(std::string_view text);

// Whether a field's text says nothing yet: empty, the draft's "to fill",
// or "TBD", "TODO", "?", "-", "n/a", "none", "unknown", ... (any case).
bool is_placeholder(std::string_view text);

// A rule and the check that finds what it is about.
struct RegisteredRule {
  LintRule rule;
  Check check = nullptr;
};

// Every rule, in lint_rules() order (rule_catalog.cc).
const std::vector<RegisteredRule>& registered_rules();

// lint_rules()'s ids, for did-you-mean suggestions.
std::vector<std::string_view> rule_ids();

}  // namespace hindsight::lint_detail
