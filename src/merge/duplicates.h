// Duplicates: events that several sources logged under the same `id`.
//
// The same deploy or alert often arrives twice, e.g. from the deploy tool
// and from a chat export. Events sharing a non-empty `id` collapse into the
// first one in input order; its values win, gaps in it are filled from the
// later copies, and each disagreement is reported as a warning that names
// the field and both places.
#pragma once

#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"

namespace hindsight::merge_detail {

// Returns the events with duplicates removed, survivors in their incoming
// order. Warnings go to `diagnostics`, in input order of the duplicates.
std::vector<Event> collapse_duplicates(std::vector<Event> events, Diagnostics& diagnostics);

}  // namespace hindsight::merge_detail
