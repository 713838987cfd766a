// GitHub deployments as deploy history.
//
// Three shapes carry the same deployment object: the `deployment` webhook
// (`action: created`), the `deployment_status` webhook (the deployment plus
// one status), and the REST list of deployments. A deployment is a
// `deploy` at its `created_at`; a status is a `deploy` only when it says
// `success`, because only a deploy that went out should be offered as a
// suspected trigger. Failed, pending and superseded statuses are `note`s
// that say so in their title. The service is the repository's name: an
// environment ("production") names where, not what.
#pragma once

#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::github_deployments_detail {

// How far a document looks like one of the three shapes.
using Shape = Recognition;  // what recognize() reports

Shape recognize_shape(const RawNode& document);

// Appends the document's events; problems are reported where they are.
void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics);

}  // namespace hindsight::github_deployments_detail
