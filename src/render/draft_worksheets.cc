// The draft's working sections: Root causes and contributing factors,
// Timeline, Metrics, Action items and Lessons learned.
//
// The analysis sections are prompts only: what went wrong in a system is
// for the team to work out, and the questions steer towards conditions and
// safeguards rather than towards individuals.
#include "render/draft_sections.h"
#include "render/generated_region.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {
void write_root_causes(std::ostream& out, const DraftContext&) {
  out << "## Root causes and contributing factors\n\n";
  write_prompts(out, {"Which conditions in the system, rather than individual actions, allowed "
                      "the trigger to turn into user-facing impact? There is rarely a single "
                      "root cause.",
                      "Which safeguards (limits, quotas, alerts, reviews, tests) were missing or "
                      "did not work as expected?",
                      "What made the problem hard to detect, diagnose or mitigate?",
                      "What information or tooling would have made the safer choice the obvious "
                      "one at the time?"});
}

void write_timeline_section(std::ostream& out, const DraftContext& context) {
  out << "## Timeline\n\n";
  if (!context.timeline.empty()) {
    // The picture first, for readers who would rather look; the table
    // below has every event.
    write_generated(out, "chart", [&](std::ostream& chart) {
      chart << "```mermaid\n";
      render_gantt(chart, context.incident, context.timeline, context.metrics, context.settings);
      chart << "```\n";
    });
    out << '\n';
  }
  write_generated(out, "timeline", [&](std::ostream& facts) {
    if (context.timeline.empty()) {
      facts << "No events were recorded.\n";
      return;
    }
    RenderSettings settings = context.settings;
    settings.relative_to = context.metrics.impact_start.time;
    facts << "Times are in " << markdown::escape_inline(context.zone().name);
    if (settings.relative_to) {
      facts << "; T± is relative to impact start (" << draft_time(context, *settings.relative_to)
            << ").\n\n";
    } else {
      facts << ". Impact start is unknown, so times are not shown relative to it.\n\n";
    }
    write_markdown_timeline(facts, context.timeline, settings);
  });
}

void write_metrics_section(std::ostream& out, const DraftContext& context) {
  out << "## Metrics\n\n";
  write_generated(out, "metrics", [&](std::ostream& facts) {
    write_milestone_table(facts, context.metrics, context.zone());
    facts << '\n';
    write_duration_table(facts, context.metrics);
  });
}

void write_action_items(std::ostream& out, const DraftContext&) {
  write_action_items_section(
      out,
      "For each contributing factor, what change to the system would prevent it, detect it "
      "sooner or limit its impact? Type: prevent, detect, mitigate or process.");
}

void write_lessons_learned(std::ostream& out, const DraftContext&) {
  out << "## Lessons learned\n\n";
  out << "### What went well\n\n";
  write_prompts(out, {"Which alerts, tools, runbooks or safeguards worked as intended?"});
  out << "\n### What went wrong\n\n";
  write_prompts(out, {"Where did the system, its monitoring or its processes fall short?"});
  out << "\n### Where we got lucky\n\n";
  write_prompts(out, {"What limited the damage by chance rather than by design, and would need "
                      "to hold next time?"});
}

}  // namespace hindsight::render_detail
