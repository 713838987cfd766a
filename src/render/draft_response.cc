// The draft's account of the incident as it unfolded: Detection, Response,
// Trigger and Resolution.
//
// The Trigger section lists changes that started shortly before impact and
// words them strictly as hints: a change that preceded impact is a lead to
// check, and the draft must not present it as established fact.
#include "render/draft_sections.h"
#include "render/generated_region.h"
#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {

void write_detection(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  out << "## Detection\n\n";
  write_generated(out, "detection", [&](std::ostream& facts) {
    write_milestone_item(facts, context, "Detected", metrics.detected);
    if (const Event* signal = context.event_at(metrics.detected.event_index)) {
      facts << "- **Signal:** " << describe_event(*signal) << '\n';
    }
    write_interval_item(facts, "Time to detect (TTD)", metrics.ttd);
  });
  out << '\n';
  write_prompts(out, {"How did the system signal the problem? What would have surfaced it "
                      "sooner, or made the signal clearer?"});
}

void write_response(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  out << "## Response\n\n";
  write_generated(out, "response", [&](std::ostream& facts) {
    write_milestone_item(facts, context, "Acknowledged", metrics.acknowledged);
    write_interval_item(facts, "Time to acknowledge (TTA)", metrics.tta);
    facts << "- **Pages and escalations:**\n";
    write_event_list(facts, context, {Kind::page, Kind::escalate}, "  ");
    write_milestone_item(facts, context, "Mitigated", metrics.mitigated);
    write_interval_item(facts, "Time to mitigate (TTM)", metrics.ttm);
  });
  out << '\n';
  write_prompts(out, {"What helped or slowed the response: runbooks, dashboards, access, "
                      "tooling, clarity of roles?"});
}

void write_trigger(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  out << "## Trigger\n\n";
  write_generated(out, "trigger", [&](std::ostream& facts) {
    if (metrics.suspected_triggers.empty()) {
      facts << trigger_absence_text(metrics) << "\n";
      return;
    }
    facts << "Changes that started shortly before impact; hints to check, not conclusions:\n\n";
    for (const SuspectedTrigger& trigger : metrics.suspected_triggers) {
      facts << "- " << draft_time(context, trigger.time) << ", " << format_duration(trigger.lead)
            << " before impact start — ";
      if (const Event* event = context.event_at(trigger.event_index)) {
        facts << describe_event(*event);
      } else {
        facts << kind_markdown(trigger.kind) << ": " << markdown::escape_inline(trigger.title);
      }
      facts << '\n';
    }
  });
  out << '\n';
  if (metrics.suspected_triggers.empty()) {
    write_prompts(out, {"What change or condition set off the impact, if any? Deploys, config "
                        "changes and batch jobs missing from these logs are worth checking."});
  } else {
    write_prompts(out, {"Which change, if any, set off the impact, and what evidence confirms or "
                        "rules out each one listed here?"});
  }
}

void write_resolution(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  out << "## Resolution\n\n";
  write_generated(out, "resolution", [&](std::ostream& facts) {
    write_milestone_item(facts, context, "Resolved", metrics.resolved);
    write_interval_item(facts, "Time to resolve (TTR)", metrics.ttr);
    facts << "- **Mitigation and resolution steps:**\n";
    write_event_list(facts, context, {Kind::mitigate, Kind::rollback, Kind::resolve}, "  ");
  });
  out << '\n';
  write_prompts(out, {"What brought the system fully back to normal, and what follow-up work "
                      "(data repair, replays, cleanup) did it leave?"});
}

}  // namespace hindsight::render_detail
