// The kinds of change a plan can describe, as people write them.
#include <algorithm>
#include <array>

#include "core/ascii.h"
#include "hindsight/edit_distance.h"
#include "plan/plan_sections.h"

namespace hindsight {
namespace {

struct KindName {
  std::string_view name;
  PlanKind kind;
};

constexpr std::array<KindName, 5> canonical_names = {{
    {"backfill", PlanKind::backfill},
    {"migration", PlanKind::migration},
    {"deploy", PlanKind::deploy},
    {"config_change", PlanKind::config_change},
    {"other", PlanKind::other},
}};

// In normalized spelling (lowercase, `_`); the event log's synonyms where
// they apply.
constexpr std::array<KindName, 9> synonyms = {{
    {"job", PlanKind::backfill},
    {"batch", PlanKind::backfill},
    {"backfill_job", PlanKind::backfill},
    {"schema_migration", PlanKind::migration},
    {"data_migration", PlanKind::migration},
    {"deployment", PlanKind::deploy},
    {"release", PlanKind::deploy},
    {"rollout", PlanKind::deploy},
    {"config", PlanKind::config_change},
}};

}  // namespace

std::string_view plan_kind_name(PlanKind kind) {
  for (const KindName& known : canonical_names) {
    if (known.kind == kind) return known.name;
  }
  return "other";
}

namespace plan_detail {

std::optional<PlanKind> parse_plan_kind(std::string_view text, std::string& suggestion) {
  std::string spelling(text);
  std::transform(spelling.begin(), spelling.end(), spelling.begin(), [](char c) {
    if (c == '-') return '_';
    return ascii_lower(c);
  });
  for (const KindName& known : canonical_names) {
    if (known.name == spelling) return known.kind;
  }
  for (const KindName& known : synonyms) {
    if (known.name == spelling) return known.kind;
  }
  std::vector<std::string_view> names;
  for (const KindName& known : canonical_names) names.push_back(known.name);
  suggestion = closest_match(spelling, names);
  return std::nullopt;
}

}  // namespace plan_detail
}  // namespace hindsight
