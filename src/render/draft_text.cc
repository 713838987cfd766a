// Wording shared by the draft's sections (see draft_sections.h).
#include <algorithm>
#include <cctype>
#include <set>

#include "render/draft_sections.h"
#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {
namespace {

bool is_blank(const std::string& line) {
  return std::all_of(line.begin(), line.end(),
                     [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// escape_inline() keeps text from forming inline syntax; at the start of a
// paragraph, "- ", "+ " and "1. " would still open a list or a rule.
std::string escape_block_start(std::string escaped) {
  if (!escaped.empty() && (escaped[0] == '-' || escaped[0] == '+')) return '\\' + escaped;
  std::size_t digits = 0;
  while (digits < escaped.size() && std::isdigit(static_cast<unsigned char>(escaped[digits]))) {
    ++digits;
  }
  if (digits > 0 && digits < escaped.size() && (escaped[digits] == '.' || escaped[digits] == ')')) {
    escaped.insert(digits, 1, '\\');
  }
  return escaped;
}

}  // namespace

const Event* DraftContext::event_at(std::optional<std::size_t> index) const {
  if (!index || *index >= timeline.size()) return nullptr;
  return &timeline[*index];
}

std::string draft_time(const DraftContext& context, Timestamp time) {
  return markdown::escape_inline(format_in_zone(time, context.zone()));
}

void write_prompts(std::ostream& out, const std::vector<std::string>& questions) {
  if (questions.size() == 1) {
    out << "> **Prompt:** " << questions.front() << '\n';
    return;
  }
  out << "> **Prompts:**\n";
  for (const std::string& question : questions) out << "> - " << question << '\n';
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

std::string escape_paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs(1);
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    if (is_blank(line)) {
      if (!paragraphs.back().empty()) paragraphs.emplace_back();
    } else {
      if (!paragraphs.back().empty()) paragraphs.back() += ' ';
      paragraphs.back() += trim(line);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& paragraph : paragraphs) {
    if (paragraph.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += escape_block_start(markdown::escape_inline(paragraph));
  }
  return out;
}

}  // namespace hindsight::render_detail
