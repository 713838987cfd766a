// Argo CD: `Application` resources (`kubectl get application -o yaml`, a
// `List` of them, or the API's application list), read from
// `status.history` and `status.operationState` (docs/sources/argocd.md).
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& argocd_adapter();

}  // namespace hindsight
