// One row of a GitHub-flavoured Markdown table, shared by the Markdown
// renderers so every table has the same shape: "| a | b |".
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hindsight::render_detail {

// `cells` must already be escaped (markdown::escape_cell) or be fixed text.
inline void write_table_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const std::string& cell : cells) out << ' ' << cell << " |";
  out << '\n';
}

}  // namespace hindsight::render_detail
