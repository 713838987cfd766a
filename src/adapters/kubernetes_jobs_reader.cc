#include "adapters/kubernetes_jobs_reader.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/kubernetes_jobs_state.h"
#include "core/ascii.h"

namespace hindsight::kubernetes {

const ObjectKind job_kind = {
    "Job", "JobList", {"batch/v1"}, {"spec", "status"}, "no `kind: Job` of `apiVersion: batch/v1`",
    false,
};

namespace {

using adapter_support::at;
using adapter_support::text_at;

// Set by the CronJob controller on the Jobs it creates (Kubernetes 1.28+).
constexpr std::string_view scheduled_annotation = "batch.kubernetes.io/cronjob-scheduled-timestamp";

// The CronJob among the Job's owners; empty for a Job created by hand.
std::string owning_cronjob(const RawNode& job) {
  const RawNode* owners = at(job, "metadata.ownerReferences");
  if (!owners || !owners->is_sequence()) return {};
  for (const RawNode& owner : owners->items) {
    if (text_at(owner, "kind") == "CronJob") return text_at(owner, "name");
  }
  return {};
}

// A Job created suspended has no `startTime` until it is resumed; it ran
// nothing, which is not a fault in the export.
bool never_started(const RawNode& job) {
  const RawNode* start = at(job, "status.startTime");
  if (start && !start->is_null()) return false;
  return ascii_lowercase(text_at(job, "spec.suspend")) == "true";
}

// "1 failed pod", "3 active pods".
std::string pods(const std::string& count, std::string_view adjective) {
  return fmt::format("{} {} {}", count, adjective, count == "1" ? "pod" : "pods");
}

// "succeeded", "failed: BackoffLimitExceeded: ...", "still running (2 active pods)".
std::string outcome_text(const JobState& state) {
  switch (state.outcome) {
    case JobOutcome::succeeded:
      return state.failed == "0" ? "succeeded" : "succeeded after " + pods(state.failed, "failed");
    case JobOutcome::failed:
      return state.failure.empty() ? "failed" : "failed: " + state.failure;
    case JobOutcome::suspended:
      return "suspended";
    case JobOutcome::running:
      break;
  }
  return state.active == "0" ? "still running"
                             : "still running (" + pods(state.active, "active") + ")";
}

void add_labels(const RawNode& job, const std::string& job_name, const std::string& cronjob,
                const JobState& state, Event& event) {
  event.labels.emplace_back("job", job_name);
  if (!cronjob.empty()) event.labels.emplace_back("cronjob", cronjob);
  const RawNode* annotations = at(job, "metadata.annotations");
  const RawNode* scheduled = annotations ? annotations->find(scheduled_annotation) : nullptr;
  if (scheduled && scheduled->is_scalar())
    event.labels.emplace_back("scheduled", scheduled->scalar);
  event.labels.emplace_back("state", outcome_name(state.outcome));
  event.labels.emplace_back("succeeded", state.succeeded);
  event.labels.emplace_back("failed", state.failed);
  if (state.active != "0") event.labels.emplace_back("active", state.active);
}

}  // namespace

std::optional<Event> read_job(const RawNode& node, std::string_view adapter_name,
                              const Zone* local_zone, Diagnostics& diagnostics) {
  const std::string job_name = text_at(node, "metadata.name");
  if (job_name.empty()) {
    const RawNode* metadata = node.find("metadata");
    diagnostics.error(metadata ? metadata->pos : node.pos, "Job has no `metadata.name`");
    return std::nullopt;
  }
  const std::string what = fmt::format("Job \"{}\"", job_name);
  if (never_started(node)) {
    diagnostics.warning(node.pos, fmt::format("{} is suspended and has not started", what),
                        "it has no run to show; it is left out of the timeline");
    return std::nullopt;
  }
  const auto start =
      adapter_support::time_at(node, "status.startTime", adapter_support::TimeEncoding::rfc3339,
                               what, true, local_zone, diagnostics);
  if (!start) return std::nullopt;
  const auto state = read_job_state(node, *start, what, local_zone, diagnostics);
  if (!state) return std::nullopt;

  const std::string cronjob = owning_cronjob(node);
  Event event = adapter_support::event_from(node, adapter_name);
  event.time = *start;
  event.end = state->end;
  event.kind = Kind::backfill;
  event.title =
      fmt::format("Job {}{} {}", job_name, cronjob.empty() ? "" : " (CronJob " + cronjob + ")",
                  outcome_text(*state));
  event.service = text_at(node, "metadata.namespace");
  event.source = "kubernetes";
  event.id = text_at(node, "metadata.uid");
  add_labels(node, job_name, cronjob, *state, event);
  return event;
}

}  // namespace hindsight::kubernetes
