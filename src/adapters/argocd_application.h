// One Argo CD Application's deploy history as events.
//
// Each `status.history` entry is a sync that went out: a `deploy`, or a
// `rollback` when it re-deployed a revision that an older entry had
// deployed and a later one had replaced (`argocd app rollback` records no
// flag of its own; re-deploying an old revision is what it does). The
// `status.operationState` adds an event only when no history entry
// already tells it: a sync still running, or one that failed.
#pragma once

#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::argocd_detail {

// Whether `node` is an Application: `argoproj.io/*` `kind: Application`,
// or, as the Argo CD API returns it without its type, a map with
// `metadata.name`, `spec.project`, `spec.destination` and a history or
// operation state.
bool is_application(const RawNode& node);

// How far a document looks like an Application or a list of them
// (`kind: List` from kubectl, or the API's `items`).
using Shape = Recognition;  // what recognize() reports

Shape recognize_shape(const RawNode& document);

// Appends the events of the document's applications.
void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics);

}  // namespace hindsight::argocd_detail
