// The timeline as CSV (RFC 4180, with a header row) for spreadsheets.
//
// Two kinds of hostility are handled here. Structural: a field holding a
// comma, quote or line break is quoted, with quotes doubled. Formula
// injection: spreadsheets run a cell that starts with `=`, `+`, `-` or `@`
// (and some also after a leading TAB or CR) as a formula, so such text
// fields get a leading `'` (the OWASP recommendation). Time and number
// columns are ours, never user text, so they are left alone.
//
// Rows end in "\n", not the CRLF that RFC 4180 names: every spreadsheet and
// CSV library reads either, and LF keeps the output consistent with our
// other formats and friendly to diff, grep and golden files. Line breaks
// inside a quoted field are kept as written.
//
// A row has room for one place: `file,line,column` are the surviving copy's
// origin. The places of collapsed copies are in the JSON timelines only.
#include <string>
#include <string_view>

#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

constexpr std::string_view header =
    "time,end,kind,title,service,actor,actor_role,source,id,link,labels,file,line,column";

std::string quoted_if_needed(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

bool could_start_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

// A field whose content came from the input.
std::string text_field(std::string_view text) {
  if (could_start_formula(text)) return quoted_if_needed("'" + std::string(text));
  return quoted_if_needed(text);
}

// "2026-03-04T10:15:00+02:00": RFC 3339 in the display zone. Built from
// format_in_zone()'s "2026-03-04 10:15:00 +02:00" so that both agree on the
// fraction and the offset.
std::string rfc3339_in_zone(Timestamp time, const Zone& zone) {
  std::string text = format_in_zone(time, zone);
  const std::size_t offset_gap = text.rfind(' ');
  text.erase(offset_gap, 1);
  text[text.find(' ')] = 'T';
  return text;
}

std::string labels_text(const std::vector<Label>& labels) {
  std::string text;
  for (const auto& [key, value] : labels) {
    if (!text.empty()) text += "; ";
    text += key + "=" + value;
  }
  return text;
}

void write_row(std::ostream& out, const Event& event, const Zone& zone) {
  const std::string end = event.end ? rfc3339_in_zone(*event.end, zone) : std::string();
  out << rfc3339_in_zone(event.time, zone) << ',' << end << ',' << text_field(display_kind(event))
      << ',' << text_field(event.title) << ',' << text_field(event.service) << ','
      << text_field(event.actor ? event.actor->name : InternedString()) << ','
      << text_field(event.actor ? event.actor->role : InternedString()) << ','
      << text_field(event.source) << ',' << text_field(event.id) << ',' << text_field(event.link)
      << ',' << text_field(labels_text(event.labels)) << ',' << text_field(event.origin.file) << ','
      << event.origin.line << ',' << event.origin.column << '\n';
}

}  // namespace

void write_csv_timeline(std::ostream& out, const std::vector<Event>& timeline,
                        const RenderSettings& settings) {
  out << header << '\n';
  for (const Event& event : timeline) write_row(out, event, settings.display_zone);
}

}  // namespace hindsight::render_detail
