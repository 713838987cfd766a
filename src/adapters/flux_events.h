// Flux notification-controller events, as a generic webhook provider posts
// them, as deploy history.
//
// Flux says when it applied something, not when a deploy happened, so the
// mapping is by meaning: a successful Kustomization or HelmRelease
// reconciliation that carries a revision is a `deploy` (a HelmRelease
// rollback a `rollback`); the same object succeeding again at a revision
// already seen in the same file is only a `note`, so that a periodic
// reconciliation is never offered as a suspected trigger. Every `error`
// event is an `alert`; everything else (sources fetched, charts pulled,
// progress) is a `note`. Flux events have no id of their own.
#pragma once

#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::flux_detail {

// How far a document looks like a Flux event or a list of them.
using Shape = Recognition;  // what recognize() reports

Shape recognize_shape(const RawNode& document);

// Appends the document's events. "Already deployed" is judged within the
// document: a list of events is one history.
void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics);

}  // namespace hindsight::flux_detail
