// leftover-prompt, leftover-placeholder and empty-section: what the draft
// asked people to write and nobody has written yet.
#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>

#include "core/ascii.h"
#include "lint/rules.h"

namespace hindsight::lint_detail {
namespace {

// `the "Impact" section` for messages; "the text before the first heading"
// before it.
std::string section_name(const Section* section) {
  if (!section) return "the text before the first heading";
  return fmt::format("the \"{}\" section", section->heading.title.trimmed());
}

// Table rows by line, to name the field a placeholder is in.
class RowsByLine {
 public:
  explicit RowsByLine(const Document& document) {
    for (const Table& table : document.tables) {
      for (const TableRow& row : table.rows) rows_.emplace(row.start.line, &row);
    }
  }

  // The name of the row (its first cell) that `at` lies in, if it lies in
  // another cell of that row: "Authors" in the draft's metadata table.
  std::string field_at(Location at) const {
    const auto found = rows_.find(at.line);
    if (found == rows_.end() || found->second->cells.size() < 2) return {};
    const InlineText& name = found->second->cells.front();
    if (name.empty() || at.column <= name.where.back().column) return {};
    return name.trimmed();
  }

 private:
  std::map<int, const TableRow*> rows_;
};

// The draft's placeholder, `_to fill_`, in any case.
bool is_to_fill(std::string text) {
  for (char& c : text) {
    c = ascii_lower(c);
  }
  return text == "to fill";
}

}  // namespace

void check_leftover_prompt(const Document& document, Findings& findings) {
  for (const Prompt& prompt : document.prompts) {
    findings.push_back(
        {"leftover-prompt", prompt.start,
         fmt::format("{} still holds the draft's prompt",
                     section_name(section_at(document, prompt.start.line))),
         "answer the question in the section's own text, then delete the \"> **Prompt:**\" "
         "blockquote"});
  }
}

void check_leftover_placeholder(const Document& document, Findings& findings) {
  const RowsByLine rows(document);
  for (const Emphasis& emphasis : document.emphasis) {
    if (emphasis.in_generated || !is_to_fill(emphasis.text.trimmed())) continue;
    const Location at = emphasis.text.start;
    const std::string field = rows.field_at(at);
    findings.push_back({"leftover-placeholder", at,
                        field.empty()
                            ? std::string("the draft's placeholder \"to fill\" is still here")
                            : fmt::format("the \"{}\" field is still \"to fill\"", field),
                        "write the value in, or delete the line if it does not apply"});
  }
}

void check_empty_section(const Document& document, Findings& findings) {
  for (const Section& section : document.sections) {
    if (section.has_own_content || section.has_subsections) continue;
    // Prompts are in document order: the first one after the heading.
    const int line = section.heading.title.start.line;
    const auto next_prompt =
        std::upper_bound(document.prompts.begin(), document.prompts.end(), line,
                         [](int at, const Prompt& prompt) { return at < prompt.start.line; });
    const bool prompted = next_prompt != document.prompts.end() &&
                          next_prompt->start.line < own_text_end(document, section);
    if (prompted) continue;  // leftover-prompt says what is missing
    findings.push_back({"empty-section", section.heading.title.start,
                        fmt::format("{} is empty", section_name(&section)),
                        "write what the section is for, or delete the heading if it does not "
                        "apply"});
  }
}

}  // namespace hindsight::lint_detail
