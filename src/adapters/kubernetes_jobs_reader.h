// Reading one Kubernetes Job into a `backfill` run: one interval from
// `status.startTime` to its end, titled with how the run went, and naming
// the CronJob that spawned it, if any. The batch work that leans on a
// shared dependency is what a postmortem most often needs to line up
// against the alerts.
#pragma once

#include <optional>
#include <string_view>

#include "adapters/kubernetes_objects.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::kubernetes {

// batch/v1 Jobs, and how to tell them from other objects.
extern const ObjectKind job_kind;

// The run of one Job, read by the adapter called `adapter_name`, or
// nullopt after reporting what is wrong with it (or, for a suspended Job
// that never started, warning that there is no run to show). `local_zone`
// as in optional_time.
std::optional<Event> read_job(const RawNode& node, std::string_view adapter_name,
                              const Zone* local_zone, Diagnostics& diagnostics);

}  // namespace hindsight::kubernetes
