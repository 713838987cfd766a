// The timeline as aligned plain-text columns for a terminal.
//
//   TIME                        T±         KIND      SERVICE     EVENT
//   2026-03-04 09:58:12 +02:00  T-16m 48s  backfill  graph-sync  Backfill started
//
// Columns are separated by two spaces and padded to their widest cell,
// measured in code points so that non-ASCII titles and services line up.
// Every cell goes through terminal::single_line(), so a hostile title can
// neither break a row nor send escape sequences to the terminal.
#include <algorithm>
#include <string>
#include <vector>

#include "render/terminal_text.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

using Row = std::vector<std::string>;

constexpr std::string_view column_gap = "  ";

// "T+1h 23m 05s", "T-17m 48s", "T+0s": the event's offset from the
// reference instant, signed so that events before it are obvious.
std::string relative_time(Timestamp time, Timestamp reference) {
  const Nanoseconds offset = time - reference;
  // format_duration() already writes the "-" of a negative duration.
  return (offset < Nanoseconds::zero() ? "T" : "T+") + format_duration(offset);
}

std::string event_text(const Event& event, const Zone& zone) {
  std::string text = terminal::single_line(event.title);
  if (event.end) text += " (until " + format_in_zone(*event.end, zone) + ")";
  return text;
}

Row header_row(bool with_relative) {
  Row row{"TIME"};
  if (with_relative) row.emplace_back("T±");
  row.insert(row.end(), {"KIND", "SERVICE", "EVENT"});
  return row;
}

Row event_row(const Event& event, const RenderSettings& settings) {
  Row row{format_in_zone(event.time, settings.display_zone)};
  if (settings.relative_to) row.push_back(relative_time(event.time, *settings.relative_to));
  row.push_back(terminal::single_line(display_kind(event)));
  row.push_back(terminal::single_line(event.service));
  row.push_back(event_text(event, settings.display_zone));
  return row;
}

void write_row(std::ostream& out, const Row& row, const std::vector<std::size_t>& widths) {
  std::string line;
  for (std::size_t column = 0; column < row.size(); ++column) {
    if (column > 0) line += column_gap;
    line += row[column];
    // The last column is never padded; the widest cell sets everyone else's.
    if (column + 1 < row.size()) line.append(widths[column] - terminal::width(row[column]), ' ');
  }
  // An empty trailing cell (or a title ending in spaces) must not leave
  // trailing blanks behind.
  line.erase(line.find_last_not_of(' ') + 1);
  out << line << '\n';
}

}  // namespace

void write_text_timeline(std::ostream& out, const std::vector<Event>& timeline,
                         const RenderSettings& settings) {
  if (timeline.empty()) {
    out << "No events.\n";
    return;
  }
  std::vector<Row> rows{header_row(settings.relative_to.has_value())};
  for (const Event& event : timeline) rows.push_back(event_row(event, settings));

  std::vector<std::size_t> widths(rows.front().size(), 0);
  for (const Row& row : rows) {
    for (std::size_t column = 0; column < row.size(); ++column) {
      widths[column] = std::max(widths[column], terminal::width(row[column]));
    }
  }
  for (const Row& row : rows) write_row(out, row, widths);
}

}  // namespace hindsight::render_detail
