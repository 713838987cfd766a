// The individual timeline renderers behind render_timeline().
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/render.h"

namespace hindsight::render_detail {

// GitHub-flavoured Markdown table: Time | T± | Kind | Service | Event | Source
// (the T± column only when settings.relative_to is set). Shared by
// `timeline --format md` and the draft's Timeline section.
void write_markdown_timeline(std::ostream& out, const std::vector<Event>& timeline,
                             const RenderSettings& settings);

// An event's title for a table cell: linked when its link is safe to
// click; an unsafe link (e.g. `javascript:`) is shown as inert text, so
// nothing is lost.
std::string event_title_cell(const Event& event);

// "until 13:40:00 +02:00, 3h 41m 48s" for an interval event (plain text,
// not yet escaped; the end's date only when it differs from the start's);
// empty for a point event.
std::string interval_note(const Event& event, const Zone& zone);

// Aligned columns for a terminal.
void write_text_timeline(std::ostream& out, const std::vector<Event>& timeline,
                         const RenderSettings& settings);

// {"incident": {...} | null, "events": [...]}
void write_json_timeline(std::ostream& out, const Incident& incident,
                         const std::vector<Event>& timeline);

// One event object per line.
void write_jsonl_timeline(std::ostream& out, const std::vector<Event>& timeline);

// RFC 4180 with a header row.
void write_csv_timeline(std::ostream& out, const std::vector<Event>& timeline,
                        const RenderSettings& settings);

}  // namespace hindsight::render_detail
