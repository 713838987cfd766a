// Reading `dependencies:`: the external systems a change leans on, their
// limits and quotas, and who else uses them.
#include <fmt/format.h>

#include "normalize/node_reading.h"
#include "plan/plan_fields.h"
#include "plan/plan_sections.h"

namespace hindsight::plan_detail {
namespace {

using normalize_detail::check_keys;
using normalize_detail::read_text;

const std::vector<std::string_view> dependency_keys = {"name", "limit", "quota", "shared_with",
                                                       "notes"};
const std::vector<std::string_view> quota_keys = {"requests", "per", "resets_at"};
const std::vector<std::string_view> shared_user_keys = {"name", "rate"};

bool is_present(const RawNode* node) { return node && !node->is_null(); }

std::optional<Quota> read_quota(const RawNode& node, const Zone* zone, Diagnostics& diagnostics) {
  if (!node.is_map()) {
    diagnostics.error(node.pos,
                      fmt::format("dependency.quota must be a map, found {}", describe(node.type)),
                      "write `quota: {requests: 4800000, per: 24h, resets_at: "
                      "2026-03-05T00:00:00Z}`");
    return std::nullopt;
  }
  check_keys(node, quota_keys, "dependency.quota", diagnostics);
  const RawNode* requests = node.find("requests");
  const RawNode* per = node.find("per");
  bool ok = true;
  for (const auto& [key, found] : {std::pair{"requests", requests}, std::pair{"per", per}}) {
    if (!found) {
      diagnostics.error(node.pos, fmt::format("dependency.quota has no `{}`", key),
                        "a quota is `requests` per `per`, e.g. {requests: 4800000, per: 24h}");
      ok = false;
    }
  }
  Quota quota;
  if (requests) {
    const auto count = read_count(*requests, "dependency.quota.requests", diagnostics);
    ok = ok && count;
    if (count) quota.requests = *count;
  }
  if (per) {
    const auto seconds = read_period(*per, "dependency.quota.per", diagnostics);
    ok = ok && seconds;
    if (seconds) quota.per_seconds = *seconds;
  }
  if (const RawNode* resets_at = node.find("resets_at"); is_present(resets_at)) {
    quota.resets_at = read_plan_time(*resets_at, "dependency.quota.resets_at", zone, diagnostics);
    ok = ok && quota.resets_at;
  }
  if (!ok) return std::nullopt;
  return quota;
}

std::optional<SharedUser> read_shared_user(const RawNode& node, Diagnostics& diagnostics) {
  if (node.is_scalar()) return SharedUser{node.scalar, std::nullopt};
  if (!node.is_map()) {
    diagnostics.error(
        node.pos,
        fmt::format("a shared_with entry must be a name or a map, found {}", describe(node.type)),
        "write `- page-sync` or `- {name: page-sync, rate: 40/s}`");
    return std::nullopt;
  }
  check_keys(node, shared_user_keys, "shared_with entry", diagnostics);
  const RawNode* name = node.find("name");
  if (!name) {
    diagnostics.error(node.pos, "shared_with entry has no `name`",
                      "name the other user: `{name: page-sync, rate: 40/s}`");
    return std::nullopt;
  }
  SharedUser user;
  const auto text = read_text(*name, "shared_with.name", diagnostics);
  if (text) user.name = *text;
  bool ok = text.has_value();
  if (const RawNode* rate = node.find("rate"); is_present(rate)) {
    user.rate = read_rate(*rate, "shared_with.rate", diagnostics);
    ok = ok && user.rate;
  }
  if (!ok) return std::nullopt;
  return user;
}

bool read_shared_users(const RawNode& node, std::vector<SharedUser>& out,
                       Diagnostics& diagnostics) {
  if (node.is_null()) return true;
  if (!node.is_sequence()) {
    // One user written without a list.
    std::optional<SharedUser> user = read_shared_user(node, diagnostics);
    if (user) out.push_back(std::move(*user));
    return user.has_value();
  }
  bool ok = true;
  for (const RawNode& item : node.items) {
    std::optional<SharedUser> user = read_shared_user(item, diagnostics);
    if (user) out.push_back(std::move(*user));
    ok = ok && user;
  }
  return ok;
}

std::optional<Dependency> read_dependency(const RawNode& node, const Zone* zone,
                                          Diagnostics& diagnostics) {
  if (!node.is_map()) {
    diagnostics.error(node.pos,
                      fmt::format("a dependency must be a map, found {}", describe(node.type)),
                      "write each dependency as `- name: ...` with `limit:` or `quota:` beneath");
    return std::nullopt;
  }
  check_keys(node, dependency_keys, "dependency", diagnostics);
  Dependency dependency;
  bool ok = true;
  const RawNode* name = node.find("name");
  if (!name) {
    diagnostics.error(node.pos, "dependency has no `name`",
                      "name the system, e.g. `name: partner Graph API`");
    ok = false;
  } else if (name->is_scalar() && name->scalar.empty()) {
    diagnostics.error(name->pos, "dependency.name is empty");
    ok = false;
  } else if (auto text = read_text(*name, "dependency.name", diagnostics)) {
    dependency.name = std::move(*text);
  } else {
    ok = false;
  }
  if (const RawNode* limit = node.find("limit"); is_present(limit)) {
    dependency.limit = read_rate(*limit, "dependency.limit", diagnostics);
    ok = ok && dependency.limit;
  }
  if (const RawNode* quota = node.find("quota"); is_present(quota)) {
    dependency.quota = read_quota(*quota, zone, diagnostics);
    ok = ok && dependency.quota;
  }
  if (const RawNode* shared = node.find("shared_with")) {
    ok = read_shared_users(*shared, dependency.shared_with, diagnostics) && ok;
  }
  if (const RawNode* notes = node.find("notes"); is_present(notes)) {
    auto text = read_text(*notes, "dependency.notes", diagnostics);
    if (text) dependency.notes = std::move(*text);
    ok = ok && text;
  }
  if (!ok) return std::nullopt;
  return dependency;
}

}  // namespace

bool read_dependencies(const RawNode& node, const Zone* zone, std::vector<Dependency>& out,
                       Diagnostics& diagnostics) {
  if (node.is_null()) return true;
  if (!node.is_sequence()) {
    diagnostics.error(node.pos,
                      fmt::format("dependencies must be a list, found {}", describe(node.type)),
                      "write each dependency as `- name: ...` under `dependencies:`");
    return false;
  }
  bool ok = true;
  for (const RawNode& item : node.items) {
    std::optional<Dependency> dependency = read_dependency(item, zone, diagnostics);
    if (dependency) out.push_back(std::move(*dependency));
    ok = ok && dependency;
  }
  return ok;
}

}  // namespace hindsight::plan_detail
