// Merge: one ordered, de-duplicated timeline out of every input's events.
//
// Copies collapse first: those sharing an id, then those sharing a
// fingerprint (so that an id's copies from several files are one event,
// with all their files, before fingerprints are compared). Then everything
// is ordered by (time, input order). The full key makes the result
// independent of the incoming arrangement; the stable sort keeps even
// events with equal keys where they were.
#include "hindsight/merge.h"

#include <algorithm>
#include <tuple>

#include "merge/duplicates.h"
#include "merge/fingerprints.h"

namespace hindsight {

std::vector<Event> merge_events(std::vector<Event> events, Diagnostics& diagnostics,
                                const MergeOptions& options) {
  std::vector<Event> timeline = merge_detail::collapse_duplicates(std::move(events), diagnostics);
  timeline = merge_detail::collapse_fingerprints(std::move(timeline), options, diagnostics);
  std::stable_sort(timeline.begin(), timeline.end(), [](const Event& a, const Event& b) {
    return std::tie(a.time, a.input_order) < std::tie(b.time, b.input_order);
  });
  return timeline;
}

}  // namespace hindsight
