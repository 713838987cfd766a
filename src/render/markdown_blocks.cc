// Block-level Markdown shared by the draft and the pre-mortem (see
// markdown_blocks.h).
#include "render/markdown_blocks.h"

#include <algorithm>
#include <cctype>

#include "render/markdown.h"
#include "render/markdown_table.h"

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

// Rows left empty for the team to fill in.
constexpr int kEmptyActionRows = 3;

}  // namespace

void write_prompts(std::ostream& out, const std::vector<std::string>& questions) {
  if (questions.size() == 1) {
    out << "> **Prompt:** " << questions.front() << '\n';
    return;
  }
  out << "> **Prompts:**\n";
  for (const std::string& question : questions) out << "> - " << question << '\n';
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

void write_action_items_section(std::ostream& out, const std::string& prompt) {
  out << "## Action items\n\n";
  write_prompts(out, {prompt});
  out << '\n';
  const std::vector<std::string> columns = {"Action", "Type", "Owner", "Due", "Tracking"};
  write_table_row(out, columns);
  write_table_row(out, std::vector<std::string>(columns.size(), "---"));
  for (int row = 0; row < kEmptyActionRows; ++row) {
    write_table_row(out, std::vector<std::string>(columns.size()));
  }
}

}  // namespace hindsight::render_detail
