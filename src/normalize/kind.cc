// Reading event kinds as people write them.
//
// Logs come from many tools and many hands, so "Deployment", "deployed" and
// "DEPLOY" all mean deploy. Anything we do not know is an error with a
// suggestion, unless it is explicitly custom (`x-` prefix): a silently
// mis-kinded event would skew every metric.
#include <algorithm>
#include <array>
#include <utility>

#include "core/ascii.h"
#include "hindsight/edit_distance.h"
#include "hindsight/event.h"

namespace hindsight {
namespace {

struct KindName {
  std::string_view name;
  Kind kind;
};

constexpr std::array<KindName, 16> canonical_names = {{
    {"deploy", Kind::deploy},
    {"rollback", Kind::rollback},
    {"config_change", Kind::config_change},
    {"backfill", Kind::backfill},
    {"alert", Kind::alert},
    {"page", Kind::page},
    {"ack", Kind::ack},
    {"escalate", Kind::escalate},
    {"detect", Kind::detect},
    {"impact_start", Kind::impact_start},
    {"impact_end", Kind::impact_end},
    {"mitigate", Kind::mitigate},
    {"resolve", Kind::resolve},
    {"customer_report", Kind::customer_report},
    {"status_update", Kind::status_update},
    {"note", Kind::note},
}};

// The synonyms of DESIGN.md, in normalized spelling (lowercase, `_`).
constexpr std::array<KindName, 13> synonyms = {{
    {"deployment", Kind::deploy},
    {"deployed", Kind::deploy},
    {"acknowledge", Kind::ack},
    {"acknowledged", Kind::ack},
    {"resolved", Kind::resolve},
    {"mitigation", Kind::mitigate},
    {"mitigated", Kind::mitigate},
    {"paged", Kind::page},
    {"alarm", Kind::alert},
    {"job", Kind::backfill},
    {"batch", Kind::backfill},
    {"config", Kind::config_change},
    {"escalated", Kind::escalate},
}};

// Lowercase ASCII, and `-` read as `_`.
std::string normalize_spelling(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = ascii_lower(c);
    if (c == '-') c = '_';
  }
  return out;
}

}  // namespace

std::string_view kind_name(Kind kind) {
  for (const auto& entry : canonical_names) {
    if (entry.kind == kind) return entry.name;
  }
  return "custom";
}

const std::vector<std::string_view>& canonical_kind_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto& entry : canonical_names) out.push_back(entry.name);
    return out;
  }();
  return names;
}

KindParse parse_kind(std::string_view text) {
  const std::string spelling = normalize_spelling(text);
  KindParse result;
  if (spelling.size() > 2 && spelling.compare(0, 2, "x_") == 0) {
    result.kind = Kind::custom;
    result.custom = std::string(text);
    return result;
  }
  for (const auto& entry : canonical_names) {
    if (entry.name == spelling) {
      result.kind = entry.kind;
      return result;
    }
  }
  for (const auto& entry : synonyms) {
    if (entry.name == spelling) {
      result.kind = entry.kind;
      return result;
    }
  }
  std::vector<std::string_view> candidates = canonical_kind_names();
  for (const auto& entry : synonyms) candidates.push_back(entry.name);
  const std::string closest = closest_match(spelling, candidates);
  if (!closest.empty()) {
    // Suggest the canonical name even when the typo was closest to a synonym.
    result.suggestion = std::string(kind_name(parse_kind(closest).kind.value_or(Kind::note)));
  }
  return result;
}

std::string_view display_kind(const Event& event) {
  return event.kind == Kind::custom ? std::string_view(event.custom_kind) : kind_name(event.kind);
}

}  // namespace hindsight
