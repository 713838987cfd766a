// The draft's data model (see template_fields.h and docs/templates.md).
#include "render/template_fields.h"

namespace hindsight::render_detail {
namespace {

TemplateField text(std::string name, std::string description) {
  return {std::move(name), FieldType::text, std::move(description), {}};
}

TemplateField flag(std::string name, std::string description) {
  return {std::move(name), FieldType::flag, std::move(description), {}};
}

TemplateField milestone(std::string name, const std::string& what) {
  return {std::move(name),
          FieldType::object,
          what + ", with the rule or event that gave it",
          {flag("known", "whether the time is known"),
           text("time", "\"2026-03-04 10:15:00 +02:00\" in the display zone; empty when unknown"),
           text("basis", "the rule or event that gave the time, or why it is unknown")}};
}

TemplateField interval(std::string name, const std::string& what) {
  return {std::move(name),
          FieldType::object,
          what,
          {flag("known", "whether both ends are known"),
           text("value", "\"1h 23m 05s\"; empty when unknown"),
           text("reason", "why it is unknown; empty when known"),
           text("text", "the value, or \"unknown — \" and the reason"),
           text("measure", "how it is measured, e.g. \"detected - impact start\"")}};
}

// The fields of one event, shared by every list of events.
std::vector<TemplateField> event_fields() {
  return {
      text("time", "when it happened (its start), in the display zone"),
      text("offset", "\"T+6m 30s\": relative to impact start; empty when impact start is unknown"),
      text("kind", "\"alert\", \"deploy\", ... or the custom kind"),
      text("service", "empty when not given"),
      text("title", "linked when the event has a safe http(s) link; line breaks as <br>"),
      text("source", "where it was recorded, e.g. \"pagerduty\"; empty when not given"),
      text("actor", "who or what acted: \"name (role)\"; empty when not given"),
      text("until", "for an interval event, \"until 11:12:40 +02:00, 1h 14m 28s\"; empty "
                    "otherwise"),
      text("description", "`kind: title (service S, via SOURCE)`, as the built-in draft lists "
                          "events"),
  };
}

TemplateField event_list(std::string name, std::string description) {
  return {std::move(name), FieldType::list, std::move(description), event_fields()};
}

TemplateField build_model() {
  return {
      "",
      FieldType::object,
      "the draft's data",
      {
          text("preamble", "an HTML comment saying what the hindsight:begin/end markers are; "
                           "the built-in draft's first line"),
          {"incident",
           FieldType::object,
           "the incident header",
           {
               text("title", "the header's title; else its id; else \"incident of DATE\"; else "
                             "\"untitled incident\""),
               text("id", "empty when the header has none"),
               text("severity", "empty when the header has none"),
               text("date", "YYYY-MM-DD of impact start in the display zone (else of the first "
                            "event); empty when there are no events"),
               text("zone", "the display zone, e.g. \"Europe/Helsinki\""),
               text("summary", "the header's summary as paragraphs; empty when none"),
               {"services",
                FieldType::list,
                "the header's services, else those the events name (sorted)",
                {text("name", "the service")}},
               text("services_text", "the services, comma-separated; empty when none"),
               text("sources_text", "the events' distinct sources, comma-separated"),
           }},
          {"metrics",
           FieldType::object,
           "the milestones and durations of docs/metrics.md",
           {
               milestone("impact_start", "when impact began"),
               flag("impact_start_inferred",
                    "impact start was not recorded and is taken from the first alert, page or "
                    "customer report"),
               milestone("detected", "when the problem was detected"),
               milestone("acknowledged", "when a responder acknowledged"),
               milestone("mitigated", "when impact was mitigated"),
               milestone("resolved", "when the incident was resolved"),
               text("impact_window", "\"from X to Y\", \"from X; end unknown\" or \"unknown\""),
               interval("ttd", "time to detect"),
               interval("tta", "time to acknowledge"),
               interval("ttm", "time to mitigate"),
               interval("ttr", "time to resolve"),
           }},
          event_list("events", "the merged timeline, in order"),
          flag("has_events", "whether any event was recorded"),
          {"event_count", FieldType::number, "how many events the timeline holds", {}},
          event_list("pages", "the page and escalate events"),
          event_list("steps", "the mitigate, rollback and resolve events"),
          {"triggers",
           FieldType::list,
           "changes that started shortly before impact: hints to check, not conclusions "
           "(latest first)",
           {text("time", "when the change started"),
            text("lead", "how long before impact start, e.g. \"16m 48s\""),
            text("description", "the change, as the built-in draft lists events")}},
          flag("has_triggers", "whether any change is suspected"),
          text("no_triggers_reason", "why no change is suspected; empty when some are"),
          text("mermaid", "the Mermaid gantt chart (docs/draft.md#chart), without its code "
                          "fence; empty when there are no events"),
          {"generated",
           FieldType::object,
           "the built-in draft's generated sections, each between its hindsight:begin and "
           "hindsight:end markers, so that `draft --update` can regenerate them",
           {
               text("summary", "what, impact window, the four durations, the event count"),
               text("impact", "impact start and end, duration, services"),
               text("detection", "detected, the signal, TTD"),
               text("response", "acknowledged, TTA, pages and escalations, mitigated, TTM"),
               text("trigger", "the suspected triggers, or why there are none"),
               text("resolution", "resolved, TTR, mitigation and resolution steps"),
               text("chart", "the Mermaid chart in its code fence; empty when there are no "
                             "events"),
               text("timeline", "the timeline table"),
               text("metrics", "the milestone and duration tables"),
           }},
      }};
}

}  // namespace

const TemplateField* TemplateField::find(const std::string& field_name) const {
  for (const TemplateField& field : fields) {
    if (field.name == field_name) return &field;
  }
  return nullptr;
}

const TemplateField& draft_data_model() {
  static const TemplateField model = build_model();
  return model;
}

const char* field_type_name(FieldType type) {
  switch (type) {
    case FieldType::text: return "text";
    case FieldType::number: return "number";
    case FieldType::flag: return "flag";
    case FieldType::object: return "object";
    case FieldType::list: return "list";
  }
  return "text";
}

}  // namespace hindsight::render_detail
