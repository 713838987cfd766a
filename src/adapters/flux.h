// Flux: notification-controller events as a generic webhook receives them,
// one per document or as a list (docs/sources/flux.md).
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& flux_adapter();

}  // namespace hindsight
