// The timeline as a GitHub-flavoured Markdown table, shared by
// `timeline --format md` and the draft's Timeline section.
//
// Every cell is escaped, so a title holding `|`, backticks, HTML or line
// breaks stays inside its cell as literal text. An interval event keeps
// one row (at its start) and its Event cell says when it ended and how long
// it lasted: "Backfill started (until 13:40:00 +02:00, 3h 41m 48s)". The
// end's date is left out when it is the start's date in the display zone,
// which is the common case and keeps the column narrow.
#include <string>
#include <string_view>
#include <vector>

#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/markdown_table.h"
#include "render/time_spans.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

// format_in_zone() gives "YYYY-MM-DD hh:mm:ss[.f] +hh:mm"; the date is the
// part before the first space.
std::string_view date_part(std::string_view zoned_time) {
  return zoned_time.substr(0, zoned_time.find(' '));
}

}  // namespace

std::string interval_note(const Event& event, const Zone& zone) {
  if (!event.end) return {};
  const std::string start = format_in_zone(event.time, zone);
  std::string end = format_in_zone(*event.end, zone);
  if (date_part(end) == date_part(start)) end.erase(0, date_part(end).size() + 1);
  std::string note = "until " + end;
  if (const auto length = span_between(event.time, *event.end)) {
    note += ", " + format_duration(*length);
  }
  return note;
}

std::string event_title_cell(const Event& event) {
  if (event.link.empty()) return markdown::escape_cell(event.title);
  if (markdown::is_safe_url(event.link)) return markdown::link(event.title, event.link);
  return markdown::escape_cell(event.title) + " (link: " + markdown::escape_cell(event.link) + ")";
}

namespace {

// The title cell, then when an interval event ended:
// "Backfill (until 13:40:00 +02:00, 3h 41m 48s)".
std::string event_cell(const Event& event, const Zone& zone) {
  const std::string note = interval_note(event, zone);
  return event_title_cell(event) + (note.empty() ? "" : markdown::escape_cell(" (" + note + ")"));
}

}  // namespace

void write_markdown_timeline(std::ostream& out, const std::vector<Event>& timeline,
                             const RenderSettings& settings) {
  const bool relative = settings.relative_to.has_value();
  std::vector<std::string> header = {"Time", "T±", "Kind", "Service", "Event", "Source"};
  if (!relative) header.erase(header.begin() + 1);
  write_table_row(out, header);
  write_table_row(out, std::vector<std::string>(header.size(), "---"));

  for (const Event& event : timeline) {
    std::vector<std::string> cells;
    cells.push_back(markdown::escape_cell(format_in_zone(event.time, settings.display_zone)));
    if (relative) {
      cells.push_back(markdown::escape_cell(relative_label(event.time, *settings.relative_to)));
    }
    cells.push_back(kind_markdown(event));
    cells.push_back(markdown::escape_cell(event.service));
    cells.push_back(event_cell(event, settings.display_zone));
    cells.push_back(markdown::escape_cell(event.source));
    write_table_row(out, cells);
  }
}

}  // namespace hindsight::render_detail
