// The sections of the postmortem draft, and the small pieces of wording
// they share. render_draft() (draft.cc) writes the sections in order.
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
// "- <time> <description>" for each event of `kinds`, or "- none recorded".
void write_event_list(std::ostream& out, const DraftContext& context,
                      const std::vector<Kind>& kinds, const char* indent);
// The incident's services from the header, else those named in the
// timeline (sorted, without duplicates); escaped and comma-separated.
std::string services_text(const DraftContext& context);

// Sections (draft_overview.cc).
void write_title_and_metadata(std::ostream& out, const DraftContext& context);
void write_summary(std::ostream& out, const DraftContext& context);
void write_impact(std::ostream& out, const DraftContext& context);

// Sections (draft_response.cc).
void write_detection(std::ostream& out, const DraftContext& context);
void write_response(std::ostream& out, const DraftContext& context);
void write_trigger(std::ostream& out, const DraftContext& context);
void write_resolution(std::ostream& out, const DraftContext& context);

// Sections (draft_worksheets.cc).
void write_root_causes(std::ostream& out, const DraftContext& context);
void write_timeline_section(std::ostream& out, const DraftContext& context);
void write_metrics_section(std::ostream& out, const DraftContext& context);
void write_action_items(std::ostream& out, const DraftContext& context);
void write_lessons_learned(std::ostream& out, const DraftContext& context);

}  // namespace hindsight::render_detail
