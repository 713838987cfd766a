// Kubernetes Events (`kubectl get events -o yaml`), core v1 and
// events.k8s.io/v1: see docs/sources/kubernetes-events.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& kubernetes_events_adapter();

}  // namespace hindsight
