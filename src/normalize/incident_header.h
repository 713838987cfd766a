// Merging the `incident:` headers of all inputs into one Incident.
//
// A header may live in its own file or be repeated across exports. Keys
// given in several places must agree; a disagreement is an error that names
// both places, because silently picking one would put a wrong severity or
// impact start into the postmortem.
#pragma once

#include <optional>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/incident.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::normalize_detail {

class IncidentHeaderMerger {
 public:
  // Reads one `incident:` map. Times are read later, in finish(), because
  // an offset-less impact time needs the timezone, which may be in a
  // header that comes later.
  void add(const RawNode& header, Diagnostics& diagnostics);

  // The zone for offset-less times: `assumed`, else the header's timezone.
  std::optional<Zone> zone_for_local_times(const std::optional<Zone>& assumed) const;

  // Reads the impact times and returns the merged header.
  Incident finish(const std::optional<Zone>& assumed, Diagnostics& diagnostics);

 private:
  void add_skew(const RawNode& skew, Diagnostics& diagnostics);

  Incident incident_;
  std::optional<Zone> timezone_;
  // Copies: the documents they come from are freed file by file.
  std::vector<RawNode> impact_starts_;
  std::vector<RawNode> impact_ends_;
};

}  // namespace hindsight::normalize_detail
