// The draft's opening facts: the Summary's and the Impact's.
#include "render/draft_sections.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {
namespace {

std::string short_interval(const Interval& interval) {
  return interval.value ? format_duration(*interval.value) : "unknown";
}

std::string header_text(const std::optional<Sourced<std::string>>& value) {
  return value && !value->value.empty() ? markdown::escape_inline(value->value) : std::string();
}

}  // namespace

void write_summary_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  if (const std::string title = header_text(context.incident.title); !title.empty()) {
    facts << "- **What:** " << title << '\n';
  }
  facts << "- **Impact:** " << impact_window(context);
  if (metrics.ttr.value) facts << " (" << format_duration(*metrics.ttr.value) << ")";
  facts << '\n';
  facts << "- **Time to detect / acknowledge / mitigate / resolve:** "
        << short_interval(metrics.ttd) << " / " << short_interval(metrics.tta) << " / "
        << short_interval(metrics.ttm) << " / " << short_interval(metrics.ttr)
        << " (how each is measured, and why any is unknown: see Metrics)\n";
  facts << "- **Timeline:** " << context.timeline.size()
        << (context.timeline.size() == 1 ? " event" : " events");
  if (const std::string sources = sources_text(context); !sources.empty()) {
    facts << " from " << sources;
  }
  facts << '\n';
}

void write_impact_facts(std::ostream& facts, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  const std::string services = services_text(context);
  write_milestone_item(facts, context, "Started", metrics.impact_start);
  write_milestone_item(facts, context, "Ended", metrics.resolved);
  write_interval_item(facts, "Duration", metrics.ttr);
  facts << "- **Services:** " << (services.empty() ? "none named" : services) << "\n";
  if (metrics.impact_start_inferred) {
    facts << "\nImpact start was not recorded, so it is taken from the first alert, page or "
             "customer report; impact probably began earlier. Recording `impact: {start: "
             "...}` in the incident header makes the metrics exact.\n";
  }
}

}  // namespace hindsight::render_detail
