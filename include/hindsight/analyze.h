// Analyze: the incident's milestones, metrics and suspected triggers.
//
// Definitions are those of docs/metrics.md. The result is data only; each
// value carries the rule (and event) that produced it, and a value whose
// inputs are missing is unknown with a reason, never zero.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/time.h"

namespace hindsight {

// A point in the incident's life (impact start, detected, ...).
struct Milestone {
  std::optional<Timestamp> time;
  // Which rule or event gave the time, e.g. "first alert at/after impact
  // start: \"API error rate > 5%\"", or why there is none.
  std::string basis;
  // Index into the analyzed timeline of the event that gave the time.
  std::optional<std::size_t> event_index;
};

// A duration between two milestones.
struct Interval {
  std::optional<Nanoseconds> value;
  std::string reason;  // empty when known; why it is unknown otherwise
};

struct SuspectedTrigger {
  std::size_t event_index = 0;  // into the analyzed timeline
  Timestamp time{};
  Kind kind = Kind::deploy;
  std::string title;
  Nanoseconds lead{};  // impact start - trigger time, >= 0
};

struct AnalyzeOptions {
  // How far before impact start a change may be and still be suspected.
  Nanoseconds trigger_window = std::chrono::hours(24);
};

struct Metrics {
  Milestone impact_start;
  bool impact_start_inferred = false;  // from an alert/page/customer_report
  Milestone detected;
  Milestone acknowledged;
  Milestone mitigated;
  Milestone resolved;

  Interval ttd;  // detected - impact start
  Interval tta;  // acknowledged - detected
  Interval ttm;  // mitigated - impact start
  Interval ttr;  // resolved - impact start

  std::vector<SuspectedTrigger> suspected_triggers;  // latest first
};

// `timeline` must be merged (ordered by time).
Metrics analyze(const Incident& incident, const std::vector<Event>& timeline,
                const AnalyzeOptions& options = {});

}  // namespace hindsight
