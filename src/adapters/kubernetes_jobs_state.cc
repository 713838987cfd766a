#include "adapters/kubernetes_jobs_state.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/kubernetes_objects.h"
#include "core/ascii.h"

namespace hindsight::kubernetes {
namespace {

using adapter_support::at;
using adapter_support::text_at;

// The first condition of `type` whose status is "True"; nullptr if none.
const RawNode* true_condition(const RawNode* conditions, std::string_view type) {
  if (!conditions || !conditions->is_sequence()) return nullptr;
  for (const RawNode& condition : conditions->items) {
    if (text_at(condition, "type") == type && ascii_lowercase(text_at(condition, "status")) == "true") {
      return &condition;
    }
  }
  return nullptr;
}

bool read_counts(const RawNode& job, JobState& state, Diagnostics& diagnostics) {
  bool ok = true;
  const auto read = [&](std::string_view path, std::string& out) {
    const std::optional<std::string> count = optional_count(job, path, diagnostics);
    if (!count) ok = false;
    if (count && !count->empty()) out = *count;
  };
  read("status.succeeded", state.succeeded);
  read("status.failed", state.failed);
  read("status.active", state.active);
  return ok;
}

// The condition's `lastTransitionTime`, which a terminal condition needs.
std::optional<Timestamp> transition_time(const RawNode& condition, const Zone* local_zone,
                                         Diagnostics& diagnostics) {
  return adapter_support::time_at(
      condition, "lastTransitionTime", adapter_support::TimeEncoding::rfc3339,
      fmt::format("`{}` condition", text_at(condition, "type")), true, local_zone, diagnostics);
}

std::string failure_text(const RawNode& condition) {
  const std::string reason = text_at(condition, "reason");
  const std::string message = one_line(text_at(condition, "message"));
  if (reason.empty() || message.empty()) return reason + message;
  return reason + ": " + message;
}

}  // namespace

const char* outcome_name(JobOutcome outcome) {
  switch (outcome) {
    case JobOutcome::succeeded:
      return "succeeded";
    case JobOutcome::failed:
      return "failed";
    case JobOutcome::suspended:
      return "suspended";
    case JobOutcome::running:
      break;
  }
  return "running";
}

std::optional<JobState> read_job_state(const RawNode& job, Timestamp start, std::string_view what,
                                       const Zone* local_zone, Diagnostics& diagnostics) {
  JobState state;
  const bool counts_ok = read_counts(job, state, diagnostics);
  const OptionalTime completion =
      optional_time(job, "status.completionTime", local_zone, diagnostics);
  const RawNode* conditions = at(job, "status.conditions");
  if (conditions && !conditions->is_null() && !conditions->is_sequence()) {
    diagnostics.error(conditions->pos, fmt::format("`status.conditions` must be a list, found {}",
                                                   describe(conditions->type)));
    return std::nullopt;
  }
  if (!counts_ok || completion.malformed) return std::nullopt;

  const RawNode* end_node = nullptr;
  if (const RawNode* failed = true_condition(conditions, "Failed")) {
    state.outcome = JobOutcome::failed;
    state.failure = failure_text(*failed);
    state.end = transition_time(*failed, local_zone, diagnostics);
    if (!state.end) return std::nullopt;
    end_node = failed->find("lastTransitionTime");
  } else if (completion.time) {
    state.outcome = JobOutcome::succeeded;
    state.end = completion.time;
    end_node = at(job, "status.completionTime");
  } else if (const RawNode* complete = true_condition(conditions, "Complete")) {
    state.outcome = JobOutcome::succeeded;
    state.end = transition_time(*complete, local_zone, diagnostics);
    if (!state.end) return std::nullopt;
    end_node = complete->find("lastTransitionTime");
  } else if (true_condition(conditions, "Suspended")) {
    state.outcome = JobOutcome::suspended;
  } else if (state.failed != "0" && state.active == "0") {
    // Pods failed and none is left running, but the controller has not
    // written its verdict yet: as failed as the export can tell.
    state.outcome = JobOutcome::failed;
    state.failure = fmt::format("{} failed {}", state.failed, state.failed == "1" ? "pod" : "pods");
  }
  if (state.end && *state.end < start) {
    diagnostics.error(end_node->pos, fmt::format("{} ends ({}) before its `status.startTime` ({})",
                                                 what, format_utc(*state.end), format_utc(start)));
    return std::nullopt;
  }
  return state;
}

}  // namespace hindsight::kubernetes
