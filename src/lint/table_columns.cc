// Finding a table's columns and a section's tables (see table_columns.h).
#include "lint/table_columns.h"

#include <algorithm>
#include <string>

#include "core/ascii.h"

namespace hindsight::lint_detail {

std::optional<std::size_t> column_named(const Table& table,
                                        const std::vector<std::string_view>& names) {
  for (std::size_t column = 0; column < table.header.size(); ++column) {
    std::string key = table.header[column].trimmed();
    for (char& c : key) {
      c = ascii_lower(c);
    }
    if (std::find(names.begin(), names.end(), key) != names.end()) return column;
  }
  return std::nullopt;
}

const InlineText* cell(const TableRow& row, std::size_t column) {
  return column < row.cells.size() ? &row.cells[column] : nullptr;
}

bool is_blank_row(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const InlineText& text) { return text.trimmed().empty(); });
}

std::vector<const Table*> tables_in(const Document& document, const Section& section) {
  std::vector<const Table*> tables;
  for (const Table& table : document.tables) {
    if (section.contains(table.start.line)) tables.push_back(&table);
  }
  return tables;
}

std::vector<const ListItem*> list_items_in(const Document& document, const Section& section) {
  std::vector<const ListItem*> items;
  for (const ListItem& item : document.list_items) {
    if (!item.in_prompt && section.contains(item.start.line)) items.push_back(&item);
  }
  return items;
}

}  // namespace hindsight::lint_detail
