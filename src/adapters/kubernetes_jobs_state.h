// How a Kubernetes Job's run went, from its `status`.
//
// The Job controller sets `completionTime` (and a `Complete` condition)
// only when a Job succeeds; a Job that gives up gets a `Failed` condition
// whose `lastTransitionTime` is when it ended; `active` counts the pods
// still running; a `Suspended` condition pauses a Job. `failed` counts
// failed pods, which a Job may retry and still succeed.
#pragma once

#include <optional>
#include <string>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::kubernetes {

enum class JobOutcome { succeeded, failed, suspended, running };

// "succeeded", "failed", "suspended", "running".
const char* outcome_name(JobOutcome outcome);

struct JobState {
  JobOutcome outcome = JobOutcome::running;
  std::optional<Timestamp> end;  // none while running or suspended
  // Why it failed: "BackoffLimitExceeded: Job has reached the specified
  // backoff limit"; empty otherwise.
  std::string failure;
  // Pod counts as written; "0" where the API left a zero out.
  std::string succeeded = "0", failed = "0", active = "0";
};

// Reads `job.status`. A malformed count, time or condition list, a
// terminal condition without its time, or an end before `start` is
// reported (`what` names the Job) and gives nullopt. `local_zone` as in
// optional_time.
std::optional<JobState> read_job_state(const RawNode& job, Timestamp start, std::string_view what,
                                       const Zone* local_zone, Diagnostics& diagnostics);

}  // namespace hindsight::kubernetes
