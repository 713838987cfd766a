// Finding a table's columns by their header, and the tables and entries of
// a section: shared by the action-item and timeline rules.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lint/document.h"

namespace hindsight::lint_detail {

// The index of the first header cell that reads one of `names` (lower
// case; letter case and surrounding blanks ignored).
std::optional<std::size_t> column_named(const Table& table,
                                        const std::vector<std::string_view>& names);

// The cell of `row` in `column`, or nullptr when the row is short.
const InlineText* cell(const TableRow& row, std::size_t column);

// Whether every cell of `row` is empty: the draft's blank rows.
bool is_blank_row(const TableRow& row);

// The tables and list items under `section`, subsections included; not
// the list items of the draft's prompts.
std::vector<const Table*> tables_in(const Document& document, const Section& section);
std::vector<const ListItem*> list_items_in(const Document& document, const Section& section);

}  // namespace hindsight::lint_detail
