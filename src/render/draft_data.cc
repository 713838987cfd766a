// Filling in the draft's data model (see draft_data.h and
// docs/templates.md).
#include "render/draft_data.h"

#include <algorithm>
#include <sstream>

#include "render/generated_region.h"
#include "render/template_fields.h"
#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"
#include "render/time_spans.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

std::string header_value(const std::optional<Sourced<std::string>>& value) {
  return value ? markdown::escape_inline(value->value) : std::string();
}

mstch::map milestone_data(const DraftContext& context, const Milestone& milestone) {
  return {{"known", milestone.time.has_value()},
          {"time", milestone.time ? draft_time(context, *milestone.time) : std::string()},
          {"basis", markdown::escape_inline(milestone.basis)}};
}

mstch::map interval_data(const Interval& interval, const char* measure) {
  return {{"known", interval.value.has_value()},
          {"value", interval.value ? format_duration(*interval.value) : std::string()},
          {"reason", markdown::escape_inline(interval.reason)},
          {"text", markdown::escape_inline(interval_text(interval))},
          {"measure", std::string(measure)}};
}

std::string actor_text(const Event& event) {
  if (!event.actor) return {};
  std::string text = event.actor->name;
  if (!event.actor->role.empty()) text += " (" + event.actor->role + ")";
  return markdown::escape_inline(text);
}

mstch::map event_data(const DraftContext& context, const Event& event) {
  const std::optional<Timestamp>& impact_start = context.metrics.impact_start.time;
  return {{"time", draft_time(context, event.time)},
          {"offset", impact_start ? markdown::escape_inline(relative_label(event.time, *impact_start))
                                  : std::string()},
          {"kind", kind_markdown(event)},
          {"service", markdown::escape_inline(event.service)},
          {"title", event_title_cell(event)},
          {"source", markdown::escape_inline(event.source)},
          {"actor", actor_text(event)},
          {"until", markdown::escape_inline(interval_note(event, context.zone()))},
          {"description", describe_event(event)}};
}

mstch::array events_of(const DraftContext& context, const std::vector<Kind>* kinds) {
  mstch::array events;
  for (const Event& event : context.timeline) {
    if (kinds && std::find(kinds->begin(), kinds->end(), event.kind) == kinds->end()) continue;
    events.push_back(event_data(context, event));
  }
  return events;
}

mstch::map incident_data(const DraftContext& context) {
  const Incident& incident = context.incident;
  mstch::array services;
  for (const std::string& name : service_names(context)) {
    services.push_back(mstch::map{{"name", markdown::escape_inline(name)}});
  }
  return {{"title", title_text(context)},
          {"id", header_value(incident.id)},
          {"severity", header_value(incident.severity)},
          {"date", incident_date(context).value_or(std::string())},
          {"zone", markdown::escape_inline(context.zone().name)},
          {"summary", incident.summary ? escape_paragraphs(incident.summary->value) : std::string()},
          {"services", std::move(services)},
          {"services_text", services_text(context)},
          {"sources_text", sources_text(context)}};
}

mstch::map metrics_data(const DraftContext& context) {
  const Metrics& metrics = context.metrics;
  return {{"impact_start", milestone_data(context, metrics.impact_start)},
          {"impact_start_inferred", metrics.impact_start_inferred},
          {"detected", milestone_data(context, metrics.detected)},
          {"acknowledged", milestone_data(context, metrics.acknowledged)},
          {"mitigated", milestone_data(context, metrics.mitigated)},
          {"resolved", milestone_data(context, metrics.resolved)},
          {"impact_window", impact_window(context)},
          {"ttd", interval_data(metrics.ttd, "detected - impact start")},
          {"tta", interval_data(metrics.tta, "acknowledged - detected")},
          {"ttm", interval_data(metrics.ttm, "mitigated - impact start")},
          {"ttr", interval_data(metrics.ttr, "resolved - impact start")}};
}

mstch::array triggers_data(const DraftContext& context) {
  mstch::array triggers;
  for (const SuspectedTrigger& trigger : context.metrics.suspected_triggers) {
    triggers.push_back(mstch::map{{"time", draft_time(context, trigger.time)},
                                  {"lead", format_duration(trigger.lead)},
                                  {"description", describe_trigger(context, trigger)}});
  }
  return triggers;
}

using FactsWriter = void (*)(std::ostream&, const DraftContext&);

std::string block(const char* name, FactsWriter write, const DraftContext& context) {
  return generated_block(name, [&](std::ostream& out) { write(out, context); });
}

mstch::map generated_data(const DraftContext& context) {
  return {{"summary", block("summary", write_summary_facts, context)},
          {"impact", block("impact", write_impact_facts, context)},
          {"detection", block("detection", write_detection_facts, context)},
          {"response", block("response", write_response_facts, context)},
          {"trigger", block("trigger", write_trigger_facts, context)},
          {"resolution", block("resolution", write_resolution_facts, context)},
          {"chart", context.timeline.empty() ? std::string()
                                             : block("chart", write_chart_facts, context)},
          {"timeline", block("timeline", write_timeline_facts, context)},
          {"metrics", block("metrics", write_metrics_facts, context)}};
}

mstch::map empty_generated() {
  mstch::map generated;
  for (const TemplateField& field : draft_data_model().find("generated")->fields) {
    generated.emplace(field.name, std::string());
  }
  return generated;
}

std::string mermaid_text(const DraftContext& context) {
  if (context.timeline.empty()) return {};
  std::ostringstream chart;
  render_gantt(chart, context.incident, context.timeline, context.metrics, context.settings);
  std::string text = chart.str();
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace

mstch::map draft_data(const DraftContext& context, const std::set<std::string>* used) {
  const auto wanted = [used](const char* field) { return !used || used->count(field) > 0; };
  std::string preamble(kDraftPreamble);
  preamble.pop_back();
  const Metrics& metrics = context.metrics;
  return {{"preamble", std::move(preamble)},
          {"incident", incident_data(context)},
          {"metrics", metrics_data(context)},
          {"events", wanted("events") ? events_of(context, nullptr) : mstch::array()},
          {"has_events", !context.timeline.empty()},
          {"event_count",
           static_cast<int>(std::min<std::size_t>(context.timeline.size(), 2147483647))},
          {"pages", wanted("pages") ? events_of(context, &kPageKinds) : mstch::array()},
          {"steps", wanted("steps") ? events_of(context, &kStepKinds) : mstch::array()},
          {"triggers", wanted("triggers") ? triggers_data(context) : mstch::array()},
          {"has_triggers", !metrics.suspected_triggers.empty()},
          {"no_triggers_reason", trigger_absence_text(metrics)},
          {"mermaid", wanted("mermaid") ? mermaid_text(context) : std::string()},
          {"generated", wanted("generated") ? generated_data(context) : empty_generated()}};
}

}  // namespace hindsight::render_detail
