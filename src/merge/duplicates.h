// Duplicates: events that several sources logged under the same `id`.
//
// The same deploy or alert often arrives twice, e.g. from the deploy tool
// and from a chat export. Events sharing a non-empty `id` collapse into the
// first one in input order: it takes the earliest time of the copies, its
// other values win, gaps in it are filled from the later copies, each
// disagreement is reported as a warning that names the field and both
// places, and each collapse as a note at the copy.
#pragma once

#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"

namespace hindsight::merge_detail {

// Returns the events with duplicates removed, survivors in their incoming
// order. Notes and warnings go to `diagnostics`, in input order of the
// duplicates.
std::vector<Event> collapse_duplicates(std::vector<Event> events, Diagnostics& diagnostics);

// `events` without those whose `keep` is false, the others in their order.
// Compacted in place: a timeline of a million events is not copied to drop
// a few.
std::vector<Event> keep_only(std::vector<Event> events, const std::vector<bool>& keep);

// Folds `copy` into `survivor` without judging their differences: the
// earlier of the two times, every value `survivor` lacks (end, service,
// actor or an actor's role, source, id, link, labels), and the copy's
// provenance (its own and what was already collapsed into it), kept in input
// order. Used by the fingerprint collapse, whose copies come from other
// tools and differ in source, id, link and labels by nature.
void fold_copy(Event& survivor, const Event& copy);

}  // namespace hindsight::merge_detail
