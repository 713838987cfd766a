// How loud each lint rule is: defaults, the config file and --rule.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "hindsight/edit_distance.h"
#include "hindsight/lint.h"
#include "hindsight/load.h"
#include "hindsight/raw_node.h"
#include "lint/rules.h"

namespace hindsight {
namespace {

const std::vector<std::string_view> level_names = {"off", "warning", "error"};

std::optional<RuleLevel> parse_level(std::string_view name) {
  if (name == "off") return RuleLevel::off;
  if (name == "warning") return RuleLevel::warning;
  if (name == "error") return RuleLevel::error;
  return std::nullopt;
}

bool is_rule(std::string_view id) {
  const std::vector<std::string_view> ids = lint_detail::rule_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// `unknown rule "x"` with a did-you-mean, for the config file and --rule.
std::string unknown_rule(std::string_view id, std::string& hint) {
  const std::string match = closest_match(id, lint_detail::rule_ids());
  hint =
      match.empty() ? "docs/lint.md lists the rules" : fmt::format("did you mean \"{}\"?", match);
  return fmt::format("unknown rule \"{}\"", id);
}

bool read_rules(const RawNode& rules, LintConfig& config, Diagnostics& diagnostics) {
  if (rules.is_null()) return true;
  if (!rules.is_map()) {
    diagnostics.error(rules.pos,
                      fmt::format("`rules` must be a map, found {}", describe(rules.type)),
                      "write one rule per line: `counterfactual: off`");
    return false;
  }
  bool ok = true;
  for (const auto& [key, value] : rules.entries) {
    if (!is_rule(key.scalar)) {
      std::string hint;
      const std::string message = unknown_rule(key.scalar, hint);
      diagnostics.error(key.pos, message, hint);
      ok = false;
      continue;
    }
    const std::optional<RuleLevel> level =
        value.is_scalar() ? parse_level(value.scalar) : std::nullopt;
    if (!level) {
      diagnostics.error(
          value.pos,
          fmt::format(
              "rule `{}`: expected off, warning or error, found {}", key.scalar,
              value.is_scalar() ? "\"" + value.scalar + "\"" : std::string(describe(value.type))),
          "");
      ok = false;
      continue;
    }
    config.set(key.scalar, *level);
  }
  return ok;
}

}  // namespace

RuleLevel LintConfig::level(std::string_view rule) const {
  if (const auto set = levels_.find(rule); set != levels_.end()) return set->second;
  for (const LintRule& known : lint_rules()) {
    if (known.id == rule) return known.default_level;
  }
  return RuleLevel::off;
}

void LintConfig::set(std::string_view rule, RuleLevel level) { levels_[std::string(rule)] = level; }

bool read_lint_config(const std::string& path, const std::string& text, LintConfig& config,
                      Diagnostics& diagnostics) {
  std::vector<RawNode> documents;
  if (!parse_documents(path, text, documents, diagnostics)) return false;
  if (documents.empty() || documents.front().is_null()) return true;
  if (documents.size() > 1) {
    diagnostics.error(documents[1].pos, "a lint config holds one YAML document",
                      "delete the `---` and merge the documents");
    return false;
  }
  const RawNode& root = documents.front();
  if (!root.is_map()) {
    diagnostics.error(root.pos, fmt::format("expected a map, found {}", describe(root.type)),
                      "write `rules:` with one rule per line under it");
    return false;
  }
  bool ok = true;
  for (const auto& [key, value] : root.entries) {
    if (key.scalar == "rules") {
      ok = read_rules(value, config, diagnostics) && ok;
      continue;
    }
    const std::string match = closest_match(key.scalar, {"rules"});
    diagnostics.error(
        key.pos, fmt::format("unknown key \"{}\"", key.scalar),
        match.empty() ? "the only key is `rules`" : fmt::format("did you mean \"{}\"?", match));
    ok = false;
  }
  return ok;
}

std::string apply_rule_setting(std::string_view setting, LintConfig& config) {
  const std::size_t equals = setting.find('=');
  if (equals == std::string_view::npos) {
    return fmt::format("--rule {}: expected RULE=off, RULE=warning or RULE=error", setting);
  }
  const std::string_view id = setting.substr(0, equals);
  const std::string_view level_name = setting.substr(equals + 1);
  if (!is_rule(id)) {
    std::string hint;
    const std::string message = unknown_rule(id, hint);
    return fmt::format("--rule {}: {} ({})", setting, message, hint);
  }
  const std::optional<RuleLevel> level = parse_level(level_name);
  if (!level) {
    return fmt::format("--rule {}: expected off, warning or error after `=`", setting);
  }
  config.set(id, *level);
  return {};
}

}  // namespace hindsight
