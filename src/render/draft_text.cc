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

std::string services_text(const DraftContext& context) {
  std::vector<std::string> names;
  if (context.incident.services) {
    names = context.incident.services->value;
  } else {
    std::set<std::string> seen;
    for (const Event& event : context.timeline) {
      if (!event.service.empty()) seen.insert(event.service);
    }
    names.assign(seen.begin(), seen.end());
  }
  std::string text;
  for (const std::string& name : names) {
    if (!text.empty()) text += ", ";
    text += markdown::escape_inline(name);
  }
  return text;
}

}  // namespace hindsight::render_detail
