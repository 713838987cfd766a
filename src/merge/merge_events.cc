// Merge: one ordered, de-duplicated timeline out of every input's events.
//
// Copies sharing an id collapse first (so that an id's copies from several
// files are one event, with all their files, before fingerprints are
// compared); then everything is ordered by (time, input order), and copies
// sharing a fingerprint collapse. The full key makes the result independent
// of the incoming arrangement; events with equal keys keep their places.
#include "hindsight/merge.h"

#include <algorithm>
#include <tuple>

#include "merge/duplicates.h"
#include "merge/fingerprints.h"

namespace hindsight {
namespace {

// The events ordered by (time, input order), ties kept where they were. The
// sort moves small keys, then the events are permuted in place, each moved
// once: a merge sort of whole events moved each one a dozen times, cost
// more than everything else the merge does, and needed a second half-size
// vector of events.
std::vector<Event> in_time_order(std::vector<Event> events) {
  struct Key {
    Timestamp time;
    std::size_t input_order;
    std::size_t index;  // last: equal times and orders keep their places
  };
  std::vector<Key> keys;
  keys.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    keys.push_back({events[i].time, events[i].input_order, i});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.time, a.input_order, a.index) < std::tie(b.time, b.input_order, b.index);
  });
  // Place p takes the event at keys[p].index; follow each cycle of that
  // permutation once, carrying the event that the cycle's start held.
  std::vector<bool> placed(events.size(), false);
  for (std::size_t start = 0; start < events.size(); ++start) {
    if (placed[start]) continue;
    Event carried = std::move(events[start]);
    std::size_t place = start;
    while (keys[place].index != start) {
      events[place] = std::move(events[keys[place].index]);
      placed[place] = true;
      place = keys[place].index;
    }
    events[place] = std::move(carried);
    placed[place] = true;
  }
  return events;
}

}  // namespace

std::vector<Event> merge_events(std::vector<Event> events, Diagnostics& diagnostics,
                                const MergeOptions& options) {
  std::vector<Event> timeline = merge_detail::collapse_duplicates(std::move(events), diagnostics);
  // Ordered before the fingerprint collapse, which visits events in time
  // order: on ordered events its own ordering reads memory front to back
  // instead of jumping across a million events. The collapse keeps the
  // order, since a group's survivor is its earliest event and keeps its time.
  timeline = in_time_order(std::move(timeline));
  return merge_detail::collapse_fingerprints(std::move(timeline), options, diagnostics);
}

}  // namespace hindsight
