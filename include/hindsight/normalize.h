// Normalize: from parsed documents to validated events and one incident header.
//
// Recognises the three native shapes (a map with `events:`, a bare list, a
// stream of event documents), merges the incident headers of all inputs,
// and turns each event map into an Event: kind resolved, times in UTC,
// fields checked. Every problem is a diagnostic at the offending node; an
// invalid event is dropped from the result but never silently.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/load.h"
#include "hindsight/time.h"

namespace hindsight {

struct NormalizeOptions {
  // --assume-tz: the zone for offset-less times; beats the header's timezone.
  std::optional<Zone> assume_zone;
};

struct NormalizedLog {
  Incident incident;
  std::vector<Event> events;  // in input order
};

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics);

}  // namespace hindsight
