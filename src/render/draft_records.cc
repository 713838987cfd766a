// The draft's records: the Mermaid chart, the timeline table and the
// metrics tables.
#include "render/draft_sections.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {

void write_chart_facts(std::ostream& chart, const DraftContext& context) {
  chart << "```mermaid\n";
  render_gantt(chart, context.incident, context.timeline, context.metrics, context.settings);
  chart << "```\n";
}

void write_timeline_facts(std::ostream& facts, const DraftContext& context) {
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
}

void write_metrics_facts(std::ostream& facts, const DraftContext& context) {
  write_milestone_table(facts, context.metrics, context.zone());
  facts << '\n';
  write_duration_table(facts, context.metrics);
}

}  // namespace hindsight::render_detail
