// Analyze: an incident's milestones, the durations between them, and the
// changes that preceded it.
//
// The milestone rules live in milestones.cc, the arithmetic in
// intervals.cc, the trigger rule in triggers.cc; this file only says which
// duration is measured between which milestones.
#include "hindsight/analyze.h"

#include "analyze/intervals.h"
#include "analyze/milestones.h"
#include "analyze/triggers.h"

namespace hindsight {

Metrics analyze(const Incident& incident, const std::vector<Event>& timeline,
                const AnalyzeOptions& options) {
  using namespace analyze_detail;

  Metrics metrics;
  const ImpactStart impact_start = find_impact_start(incident, timeline);
  metrics.impact_start = impact_start.milestone;
  metrics.impact_start_inferred = impact_start.inferred;
  metrics.detected = find_detected(timeline, metrics.impact_start);
  metrics.acknowledged = find_acknowledged(timeline, metrics.impact_start);
  metrics.mitigated = find_mitigated(timeline, metrics.impact_start);
  metrics.resolved = find_resolved(incident, timeline);

  metrics.ttd =
      time_to_detect(metrics.impact_start, metrics.impact_start_inferred, metrics.detected);
  metrics.tta = between(metrics.detected, "detected", metrics.acknowledged, "acknowledged");
  metrics.ttm = between(metrics.impact_start, "impact start", metrics.mitigated, "mitigated");
  metrics.ttr = between(metrics.impact_start, "impact start", metrics.resolved, "resolved");

  metrics.suspected_triggers =
      find_suspected_triggers(timeline, metrics.impact_start, options.trigger_window);
  return metrics;
}

}  // namespace hindsight
