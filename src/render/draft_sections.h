// The generated facts of the postmortem draft, and the small pieces of
// wording they share. The draft's headings and prompts are in its template
// (share/hindsight/templates/default.mustache); draft_data.cc hands these
// facts to it.
//
// Conventions every section follows:
// - facts are generated from the timeline and the Metrics, each with the
//   rule or event behind it; unknowns say "unknown" and why, never zero;
// - times are in the display zone with their offset;
// - prompts for the team are Markdown blockquotes starting "**Prompt:**",
//   worded about systems and conditions, not people;
// - all incident and event text is escaped.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "hindsight/analyze.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/render.h"
#include "render/markdown_blocks.h"

namespace hindsight::render_detail {

struct DraftContext {
  const Incident& incident;
  const std::vector<Event>& timeline;
  const Metrics& metrics;
  const RenderSettings& settings;

  const Zone& zone() const { return settings.display_zone; }
  // The timeline event a milestone or trigger points at, if any.
  const Event* event_at(std::optional<std::size_t> index) const;
};

// Shared wording (draft_text.cc). All return Markdown, already escaped.

// "2026-03-04 10:15:00 +02:00"
std::string draft_time(const DraftContext& context, Timestamp time);
// "- **Label:** 2026-03-04 10:15:00 +02:00 — <basis>", or "unknown — <why>".
void write_milestone_item(std::ostream& out, const DraftContext& context, const char* label,
                          const Milestone& milestone);
// "- **Label:** 1h 23m 05s", or "unknown — <why>".
void write_interval_item(std::ostream& out, const char* label, const Interval& interval);
// `alert "title" (service api, via alertmanager)`, the title linked when safe.
std::string describe_event(const Event& event);
// The events the Response lists, and those the Resolution lists.
inline const std::vector<Kind> kPageKinds = {Kind::page, Kind::escalate};
inline const std::vector<Kind> kStepKinds = {Kind::mitigate, Kind::rollback, Kind::resolve};
// A suspected trigger as describe_event() words its event.
std::string describe_trigger(const DraftContext& context, const SuspectedTrigger& trigger);
// "- <time> <description>" for each event of `kinds`, or "- none recorded".
void write_event_list(std::ostream& out, const DraftContext& context,
                      const std::vector<Kind>& kinds, const char* indent);
// The incident's services from the header, else those named in the
// timeline (sorted, without duplicates), as written.
std::vector<std::string> service_names(const DraftContext& context);
// The same, escaped and comma-separated.
std::string services_text(const DraftContext& context);

// The incident's date: impact start's in the display zone, else the
// earliest event's; nullopt for an empty incident.
std::optional<std::string> incident_date(const DraftContext& context);
// The header's title; else its id; else "incident of DATE"; else "untitled
// incident". Escaped.
std::string title_text(const DraftContext& context);
// The events' distinct sources, sorted, escaped and comma-separated.
std::string sources_text(const DraftContext& context);
// "from X to Y", "from X; end unknown", or "unknown".
std::string impact_window(const DraftContext& context);

// The facts of each generated section (`generated` in the data model of
// docs/templates.md), without their markers.
// draft_overview.cc:
void write_summary_facts(std::ostream& out, const DraftContext& context);
void write_impact_facts(std::ostream& out, const DraftContext& context);
// draft_response.cc:
void write_detection_facts(std::ostream& out, const DraftContext& context);
void write_response_facts(std::ostream& out, const DraftContext& context);
void write_trigger_facts(std::ostream& out, const DraftContext& context);
void write_resolution_facts(std::ostream& out, const DraftContext& context);
// draft_records.cc:
void write_chart_facts(std::ostream& out, const DraftContext& context);
void write_timeline_facts(std::ostream& out, const DraftContext& context);
void write_metrics_facts(std::ostream& out, const DraftContext& context);

}  // namespace hindsight::render_detail
