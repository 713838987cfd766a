// Grafana annotations: the list that `GET /api/annotations` returns. Alert
// state changes become alerts (or resolves), annotations tagged `deploy` or
// `deployment` become deploys, the rest notes; `timeEnd` after `time` makes
// an interval. See docs/sources/grafana-annotations.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& grafana_annotations_adapter();

}  // namespace hindsight
