// The draft's opening: title, metadata table, Summary and Impact.
#include <algorithm>
#include <optional>

#include "render/draft_sections.h"
#include "render/generated_region.h"
#include "render/markdown.h"
#include "render/markdown_table.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {
namespace {

constexpr const char* kToFill = "_to fill_";

// The incident's date: impact start's in the display zone, else the
// earliest event's; nullopt for an empty incident.
std::optional<std::string> incident_date(const DraftContext& context) {
  std::optional<Timestamp> anchor = context.metrics.impact_start.time;
  if (!anchor && !context.timeline.empty()) {
    anchor = std::min_element(context.timeline.begin(), context.timeline.end(),
                              [](const Event& a, const Event& b) { return a.time < b.time; })
                 ->time;
  }
  if (!anchor) return std::nullopt;
  const std::string zoned = format_in_zone(*anchor, context.zone());
  return zoned.substr(0, zoned.find(' '));
}

std::string header_text(const std::optional<Sourced<std::string>>& value) {
  return value && !value->value.empty() ? markdown::escape_inline(value->value) : std::string();
}

std::string title_text(const DraftContext& context) {
  if (const std::string title = header_text(context.incident.title); !title.empty()) return title;
  if (const std::string id = header_text(context.incident.id); !id.empty()) return id;
  if (const auto date = incident_date(context)) return "incident of " + *date;
  return "untitled incident";
}

std::string cell_or_to_fill(const std::optional<Sourced<std::string>>& value) {
  return value && !value->value.empty() ? markdown::escape_cell(value->value) : kToFill;
}

std::string distinct_sources(const DraftContext& context) {
  std::vector<std::string> sources;
  for (const Event& event : context.timeline) {
    if (!event.source.empty()) sources.push_back(event.source);
  }
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  std::string text;
  for (const std::string& source : sources) {
    text += (text.empty() ? "" : ", ") + markdown::escape_inline(source);
  }
  return text;
}

// "from X to Y", "from X; end unknown", or "unknown".
std::string impact_window(const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  if (!metrics.impact_start.time) return "unknown";
  std::string text = "from " + draft_time(context, *metrics.impact_start.time);
  if (metrics.resolved.time) return text + " to " + draft_time(context, *metrics.resolved.time);
  return text + "; end unknown";
}

std::string short_interval(const Interval& interval) {
  return interval.value ? format_duration(*interval.value) : "unknown";
}

}  // namespace

void write_title_and_metadata(std::ostream& out, const DraftContext& context) {
  const Incident& incident = context.incident;
  const std::string services = services_text(context);
  out << "# Postmortem: " << title_text(context) << "\n\n";
  write_table_row(out, {"Field", "Value"});
  write_table_row(out, {"---", "---"});
  write_table_row(out, {"ID", cell_or_to_fill(incident.id)});
  write_table_row(out, {"Severity", cell_or_to_fill(incident.severity)});
  write_table_row(out, {"Date", incident_date(context).value_or(kToFill)});
  write_table_row(out, {"Time zone", markdown::escape_cell(context.zone().name)});
  write_table_row(out, {"Status", "Draft"});
  write_table_row(out, {"Authors", kToFill});
  write_table_row(out, {"Services", services.empty() ? kToFill : services});
}

void write_summary(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  out << "## Summary\n\n";
  if (context.incident.summary && !context.incident.summary->value.empty()) {
    out << escape_paragraphs(context.incident.summary->value) << "\n\n";
  }
  write_generated(out, "summary", [&](std::ostream& facts) {
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
    if (const std::string sources = distinct_sources(context); !sources.empty()) {
      facts << " from " << sources;
    }
    facts << '\n';
  });
  out << '\n';
  write_prompts(out, {"In two or three sentences: what happened to the system, what did users "
                      "experience, and what brought service back?"});
}

void write_impact(std::ostream& out, const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  const std::string services = services_text(context);
  out << "## Impact\n\n";
  write_generated(out, "impact", [&](std::ostream& facts) {
    write_milestone_item(facts, context, "Started", metrics.impact_start);
    write_milestone_item(facts, context, "Ended", metrics.resolved);
    write_interval_item(facts, "Duration", metrics.ttr);
    facts << "- **Services:** " << (services.empty() ? "none named" : services) << "\n";
    if (metrics.impact_start_inferred) {
      facts << "\nImpact start was not recorded, so it is taken from the first alert, page or "
               "customer report; impact probably began earlier. Recording `impact: {start: "
               "...}` in the incident header makes the metrics exact.\n";
    }
  });
  out << '\n';
  write_prompts(out, {"What did users and downstream systems experience during this window "
                      "(errors, stale data, slowness), how many were affected, and how do we "
                      "know?"});
}

}  // namespace hindsight::render_detail
