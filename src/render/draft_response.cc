// The draft's facts about the incident as it unfolded: Detection, Response,
// Trigger and Resolution.
//
// The Trigger facts list changes that started shortly before impact and
// word them strictly as hints: a change that preceded impact is a lead to
// check, and the draft must not present it as established fact.
#include "render/draft_sections.h"
#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {

void write_detection_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  write_milestone_item(facts, context, "Detected", metrics.detected);
  if (const Event* signal = context.event_at(metrics.detected.event_index)) {
    facts << "- **Signal:** " << describe_event(*signal) << '\n';
  }
  write_interval_item(facts, "Time to detect (TTD)", metrics.ttd);
}

void write_response_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  write_milestone_item(facts, context, "Acknowledged", metrics.acknowledged);
  write_interval_item(facts, "Time to acknowledge (TTA)", metrics.tta);
  facts << "- **Pages and escalations:**\n";
  write_event_list(facts, context, kPageKinds, "  ");
  write_milestone_item(facts, context, "Mitigated", metrics.mitigated);
  write_interval_item(facts, "Time to mitigate (TTM)", metrics.ttm);
}

std::string describe_trigger(const DraftContext& context, const SuspectedTrigger& trigger) {
  if (const Event* event = context.event_at(trigger.event_index)) return describe_event(*event);
  return kind_markdown(trigger.kind) + ": " + markdown::escape_inline(trigger.title);
}

void write_trigger_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  if (metrics.suspected_triggers.empty()) {
    facts << trigger_absence_text(metrics) << "\n";
    return;
  }
  facts << "Changes that started shortly before impact; hints to check, not conclusions:\n\n";
  for (const SuspectedTrigger& trigger : metrics.suspected_triggers) {
    facts << "- " << draft_time(context, trigger.time) << ", " << format_duration(trigger.lead)
          << " before impact start — " << describe_trigger(context, trigger) << '\n';
  }
}

void write_resolution_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  write_milestone_item(facts, context, "Resolved", metrics.resolved);
  write_interval_item(facts, "Time to resolve (TTR)", metrics.ttr);
  facts << "- **Mitigation and resolution steps:**\n";
  write_event_list(facts, context, kStepKinds, "  ");
}

}  // namespace hindsight::render_detail
