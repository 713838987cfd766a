#include "adapters/pagerduty_fields.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"

namespace hindsight::pagerduty {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string reference_name(const RawNode& node, std::string_view path) {
  return name_of(adapter_support::at(node, path));
}

std::string name_of(const RawNode* reference) {
  if (!reference || !reference->is_map()) return {};
  std::string name = clean_text(adapter_support::text_at(*reference, "summary"));
  return name.empty() ? clean_text(adapter_support::text_at(*reference, "name")) : name;
}

std::optional<std::string> read_id(const RawNode& node, std::string_view path,
                                   std::string_view what, Diagnostics& diagnostics) {
  const RawNode* found = adapter_support::at(node, path);
  if (!found || found->is_null()) return std::string();
  if (!found->is_scalar()) {
    diagnostics.error(found->pos, fmt::format("{} `{}` must be a single value, found {}", what,
                                              path, describe(found->type)));
    return std::nullopt;
  }
  return found->scalar;
}

std::optional<std::string> read_required_text(const RawNode& node, std::string_view path,
                                              std::string_view what, Diagnostics& diagnostics) {
  const RawNode* found = adapter_support::at(node, path);
  if (!found || found->is_null() || (found->is_scalar() && found->scalar.empty())) {
    diagnostics.error(found ? found->pos : node.pos, fmt::format("{} has no `{}`", what, path));
    return std::nullopt;
  }
  if (!found->is_scalar()) {
    diagnostics.error(found->pos, fmt::format("{} `{}` must be a single value, found {}", what,
                                              path, describe(found->type)));
    return std::nullopt;
  }
  return found->scalar;
}

void set_actor_from_agent(const RawNode* agent, Event& event) {
  if (!agent || !agent->is_map()) return;
  const std::string type = adapter_support::text_at(*agent, "type");
  if (type != "user_reference" && type != "user") return;
  const std::string name = name_of(agent);
  if (!name.empty()) event.actor = Actor{name, {}};
}

void add_label(Event& event, std::string_view key, std::string value) {
  if (!value.empty()) event.labels.emplace_back(std::string(key), std::move(value));
}

}  // namespace hindsight::pagerduty
