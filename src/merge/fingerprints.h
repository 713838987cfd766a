// Fingerprints: the same happening exported by two tools, without a shared id.
//
// The alert from Alertmanager and the page from PagerDuty about it, or a
// deploy seen by GitHub and by Argo CD, carry each tool's own id. They are
// recognised by a fingerprint instead: the normalized text of the key's
// fields (kind, service and title by default). Events are visited in time
// order (ties by input order); an event collapses into the earliest event
// with the same fingerprint that is at most the window before it and that
// came from other files (none of the files either was read from: two
// identical entries in one file are two events). A later event too far from
// that earliest one starts a group of its own.
#pragma once

#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/merge.h"

namespace hindsight::merge_detail {

// The normalized fingerprint of `event` under `key`, or "" when the event
// lacks one of the key's fields (no service, no such label, a title with
// nothing but punctuation): such an event never collapses by fingerprint.
std::string fingerprint(const Event& event, const std::vector<FingerprintPart>& key);

// Returns the events with fingerprint copies folded into their survivors
// (see fold_copy), survivors in their incoming order. One note per collapse
// goes to `diagnostics`, in input order of the collapsed copies.
std::vector<Event> collapse_fingerprints(std::vector<Event> events, const MergeOptions& options,
                                         Diagnostics& diagnostics);

}  // namespace hindsight::merge_detail
