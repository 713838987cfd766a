// read_plan (see hindsight/plan.h): a plan file's document to a Plan.
#include <fmt/format.h>

#include "hindsight/plan.h"
#include "normalize/node_reading.h"
#include "plan/plan_fields.h"
#include "plan/plan_sections.h"

namespace hindsight {
namespace {

using normalize_detail::check_format_version;
using normalize_detail::check_keys;
using normalize_detail::read_text;
using namespace plan_detail;

const std::vector<std::string_view> file_keys = {"hindsight", "plan"};
const std::vector<std::string_view> plan_keys = {
    "title",    "kind",    "owner",    "timezone", "start", "end",    "duration",
    "services", "on_call", "rollback", "alerts",   "notes", "volume", "dependencies"};

constexpr const char* kPlanHint =
    "write `plan:` with at least `title:` and `kind:` beneath; see docs/premortem.md";

bool is_present(const RawNode* node) { return node && !node->is_null(); }

class PlanReader {
 public:
  PlanReader(const RawNode& map, Diagnostics& diagnostics) : map_(map), diagnostics_(diagnostics) {}

  std::optional<Plan> read() {
    check_keys(map_, plan_keys, "plan", diagnostics_);
    read_zone();
    read_title();
    read_kind();
    text("owner", plan_.owner);
    text("on_call", plan_.on_call);
    text("rollback", plan_.rollback);
    text("notes", plan_.notes);
    list("services", plan_.services);
    list("alerts", plan_.alerts);
    read_window();
    if (const RawNode* volume = map_.find("volume")) {
      ok_ = read_volume(*volume, plan_.volume, diagnostics_) && ok_;
    }
    if (const RawNode* dependencies = map_.find("dependencies")) {
      ok_ = read_dependencies(*dependencies, zone_ ? &*zone_ : nullptr, plan_.dependencies,
                              diagnostics_) &&
            ok_;
    }
    if (!ok_) return std::nullopt;
    return std::move(plan_);
  }

 private:
  void fail() { ok_ = false; }

  void text(std::string_view key, std::string& out) {
    const RawNode* node = map_.find(key);
    if (!is_present(node)) return;
    if (auto value = read_text(*node, key, diagnostics_)) {
      out = std::move(*value);
    } else {
      fail();
    }
  }

  void list(std::string_view key, std::vector<std::string>& out) {
    const RawNode* node = map_.find(key);
    if (!node) return;
    if (auto values = read_text_list(*node, key, diagnostics_)) {
      out = std::move(*values);
    } else {
      fail();
    }
  }

  void read_zone() {
    const RawNode* node = map_.find("timezone");
    if (!is_present(node)) return;
    const std::optional<std::string> name = read_text(*node, "timezone", diagnostics_);
    if (!name) return fail();
    ZoneLookup lookup = lookup_zone(*name);
    if (!lookup.zone) {
      diagnostics_.error(node->pos, "timezone: " + lookup.error, lookup.hint);
      return fail();
    }
    plan_.timezone = *name;
    zone_ = std::move(lookup.zone);
  }

  void read_title() {
    const RawNode* node = map_.find("title");
    if (!node) {
      diagnostics_.error(map_.pos, "plan has no `title`",
                         "say in a few words what the change is, e.g. `title: Backfill of page "
                         "insights since 2024`");
      return fail();
    }
    if (node->is_scalar() && node->scalar.empty()) {
      diagnostics_.error(node->pos, "title is empty", "say in a few words what the change is");
      return fail();
    }
    if (auto value = read_text(*node, "title", diagnostics_)) {
      plan_.title = std::move(*value);
    } else {
      fail();
    }
  }

  void read_kind() {
    const RawNode* node = map_.find("kind");
    if (!node) {
      diagnostics_.error(map_.pos, "plan has no `kind`",
                         "the kind chooses the failure modes to consider: backfill, migration, "
                         "deploy, config_change or other");
      return fail();
    }
    const std::optional<std::string> value = read_text(*node, "kind", diagnostics_);
    if (!value) return fail();
    std::string suggestion;
    const std::optional<PlanKind> kind = parse_plan_kind(*value, suggestion);
    if (!kind) {
      diagnostics_.error(node->pos, fmt::format("unknown plan kind \"{}\"", *value),
                         suggestion.empty()
                             ? "use backfill, migration, deploy, config_change or other"
                             : fmt::format("did you mean \"{}\"?", suggestion));
      return fail();
    }
    plan_.kind = *kind;
  }

  std::optional<Timestamp> time(std::string_view key) {
    const RawNode* node = map_.find(key);
    if (!is_present(node)) return std::nullopt;
    std::optional<Timestamp> value =
        read_plan_time(*node, key, zone_ ? &*zone_ : nullptr, diagnostics_);
    if (!value) fail();
    return value;
  }

  // start, end and duration: any two of them give the third.
  void read_window() {
    plan_.start = time("start");
    plan_.end = time("end");
    const RawNode* end = map_.find("end");
    const RawNode* duration = map_.find("duration");
    if (is_present(duration)) {
      const std::optional<std::string> value = read_text(*duration, "duration", diagnostics_);
      if (!value) return fail();
      plan_.duration = parse_duration(*value);
      if (!plan_.duration) {
        diagnostics_.error(duration->pos, fmt::format("duration: \"{}\" is not a duration", *value),
                           "write a duration such as 5h, 90m or 1d12h");
        return fail();
      }
      if (is_present(end)) {
        diagnostics_.error(duration->pos, "give `end` or `duration`, not both",
                           "keep the one that was decided; the other follows from `start`");
        return fail();
      }
    }
    if (plan_.end && !plan_.start && is_present(end)) {
      diagnostics_.error(end->pos, "`end` without `start`",
                         "add `start`, or give the length of the change as `duration`");
      return fail();
    }
    if (plan_.start && plan_.end) {
      if (*plan_.end < *plan_.start) {
        diagnostics_.error(end->pos,
                           fmt::format("end ({}) is earlier than start ({})",
                                       format_utc(*plan_.end), format_utc(*plan_.start)),
                           "check the dates and offsets");
        return fail();
      }
      plan_.duration = *plan_.end - *plan_.start;
    } else if (plan_.start && plan_.duration) {
      plan_.end = *plan_.start + *plan_.duration;
    }
  }

  const RawNode& map_;
  Diagnostics& diagnostics_;
  Plan plan_;
  std::optional<Zone> zone_;
  bool ok_ = true;
};

}  // namespace

std::optional<Plan> read_plan(const std::vector<RawNode>& documents, const std::string& path,
                              Diagnostics& diagnostics) {
  if (documents.empty() || (documents.size() == 1 && documents.front().is_null())) {
    diagnostics.error({path, 0, 0}, "empty plan file", kPlanHint);
    return std::nullopt;
  }
  if (documents.size() > 1) {
    diagnostics.error(documents[1].pos, "plan file holds more than one document",
                      "write one plan per file");
    return std::nullopt;
  }
  const RawNode& root = documents.front();
  if (!root.is_map()) {
    diagnostics.error(root.pos,
                      fmt::format("a plan file must be a map, found {}", describe(root.type)),
                      kPlanHint);
    return std::nullopt;
  }
  const RawNode* plan = root.find("plan");
  if (!plan) {
    // A plan written without the `plan:` key would give a warning per field;
    // one error that says what is wrong is clearer.
    diagnostics.error(root.pos, "plan file has no `plan:`",
                      root.find("title") ? "put the plan's fields under a `plan:` key" : kPlanHint);
    return std::nullopt;
  }
  check_keys(root, file_keys, "plan file", diagnostics);
  bool ok = true;
  if (const RawNode* version = root.find("hindsight")) {
    const std::size_t errors = diagnostics.error_count();
    check_format_version(*version, diagnostics);
    ok = diagnostics.error_count() == errors;
  }
  if (!plan->is_map()) {
    diagnostics.error(plan->pos, fmt::format("plan must be a map, found {}", describe(plan->type)),
                      kPlanHint);
    return std::nullopt;
  }
  std::optional<Plan> result = PlanReader(*plan, diagnostics).read();
  if (!ok) return std::nullopt;
  return result;
}

}  // namespace hindsight
