// Wording shared by the draft's sections (see draft_sections.h).
#include <algorithm>
#include <set>

#include "render/draft_sections.h"
#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {

const Event* DraftContext::event_at(std::optional<std::size_t> index) const {
  if (!index || *index >= timeline.size()) return nullptr;
  return &timeline[*index];
}

std::string draft_time(const DraftContext& context, Timestamp time) {
  return markdown::escape_inline(format_in_zone(time, context.zone()));
}

void write_milestone_item(std::ostream& out, const DraftContext& context, const char* label,
                          const Milestone& milestone) {
  out << "- **" << label << ":** "
      << (milestone.time ? draft_time(context, *milestone.time) : std::string("unknown")) << " — "
      << markdown::escape_inline(milestone.basis) << '\n';
}

void write_interval_item(std::ostream& out, const char* label, const Interval& interval) {
  out << "- **" << label << ":** " << markdown::escape_inline(interval_text(interval)) << '\n';
}

std::string describe_event(const Event& event) {
  std::string text = kind_markdown(event) + ": ";
  text += markdown::is_safe_url(event.link) ? markdown::link(event.title, event.link)
                                            : markdown::escape_inline(event.title);
  std::vector<std::string> where;
  if (!event.service.empty()) where.push_back("service " + markdown::escape_inline(event.service));
  if (!event.source.empty()) where.push_back("via " + markdown::escape_inline(event.source));
  if (!where.empty()) {
    text += " (" + where.front();
    for (std::size_t i = 1; i < where.size(); ++i) text += ", " + where[i];
    text += ')';
  }
  return text;
}

void write_event_list(std::ostream& out, const DraftContext& context,
                      const std::vector<Kind>& kinds, const char* indent) {
  bool any = false;
  for (const Event& event : context.timeline) {
    if (std::find(kinds.begin(), kinds.end(), event.kind) == kinds.end()) continue;
    out << indent << "- " << draft_time(context, event.time) << " — " << describe_event(event)
        << '\n';
    any = true;
  }
  if (!any) out << indent << "- none recorded\n";
}

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

std::string title_text(const DraftContext& context) {
  const Incident& incident = context.incident;
  if (incident.title && !incident.title->value.empty()) {
    return markdown::escape_inline(incident.title->value);
  }
  if (incident.id && !incident.id->value.empty()) return markdown::escape_inline(incident.id->value);
  if (const auto date = incident_date(context)) return "incident of " + *date;
  return "untitled incident";
}

std::string sources_text(const DraftContext& context) {
  std::set<std::string> sources;
  for (const Event& event : context.timeline) {
    if (!event.source.empty()) sources.insert(event.source);
  }
  std::string text;
  for (const std::string& source : sources) {
    text += (text.empty() ? "" : ", ") + markdown::escape_inline(source);
  }
  return text;
}

std::string impact_window(const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  if (!metrics.impact_start.time) return "unknown";
  std::string text = "from " + draft_time(context, *metrics.impact_start.time);
  if (metrics.resolved.time) return text + " to " + draft_time(context, *metrics.resolved.time);
  return text + "; end unknown";
}

std::vector<std::string> service_names(const DraftContext& context) {
  if (context.incident.services) return context.incident.services->value;
  std::set<std::string> seen;
  for (const Event& event : context.timeline) {
    if (!event.service.empty()) seen.insert(event.service);
  }
  return {seen.begin(), seen.end()};
}

std::string services_text(const DraftContext& context) {
  std::string text;
  for (const std::string& name : service_names(context)) {
    if (!text.empty()) text += ", ";
    text += markdown::escape_inline(name);
  }
  return text;
}

}  // namespace hindsight::render_detail
