// Kubernetes batch/v1 Jobs, CronJob-spawned ones included
// (`kubectl get jobs -o yaml`): see docs/sources/kubernetes-jobs.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& kubernetes_jobs_adapter();

}  // namespace hindsight
