// no-action-items, action-item-owner and action-item-due: a postmortem
// that changes nothing, or whose changes nobody owns, teaches little.
//
// Action items are the rows of the first table under the Action items
// heading that has an Action column (the draft's `| Action | Type | Owner |
// Due | Tracking |`), or the list items there. Rows without an action,
// such as the draft's blank rows, are not items.
#include <optional>
#include <string>

#include <date/date.h>
#include <fmt/format.h>

#include "lint/rules.h"
#include "lint/table_columns.h"

namespace hindsight::lint_detail {
namespace {

const std::vector<std::string_view> section_titles = {"action items", "follow-up items",
                                                      "follow-ups", "corrective actions"};
const std::vector<std::string_view> action_names = {"action", "action item", "item", "task"};
const std::vector<std::string_view> owner_names = {"owner", "owners", "assignee"};
const std::vector<std::string_view> due_names = {"due", "due date", "deadline"};

constexpr std::string_view add_items_hint =
    "one item per change that prevents, detects or limits a contributing factor, each with an "
    "owner and a due date";

struct ActionTable {
  const Table* table = nullptr;
  std::size_t action = 0;
};

std::optional<ActionTable> action_table(const Document& document, const Section& section) {
  for (const Table* table : tables_in(document, section)) {
    if (const auto action = column_named(*table, action_names)) return ActionTable{table, *action};
  }
  return std::nullopt;
}

// The rows that hold an action.
std::vector<const TableRow*> action_rows(const ActionTable& items) {
  std::vector<const TableRow*> rows;
  for (const TableRow& row : items.table->rows) {
    const InlineText* action = cell(row, items.action);
    if (action && !is_placeholder(action->trimmed())) rows.push_back(&row);
  }
  return rows;
}

bool is_calendar_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int fields[3] = {0, 0, 0};
  for (std::size_t at = 0, field = 0; at < text.size(); ++at) {
    if (at == 4 || at == 7) {
      ++field;
    } else if (text[at] >= '0' && text[at] <= '9') {
      fields[field] = fields[field] * 10 + (text[at] - '0');
    } else {
      return false;
    }
  }
  return date::year_month_day(date::year(fields[0]), date::month(static_cast<unsigned>(fields[1])),
                              date::day(static_cast<unsigned>(fields[2])))
      .ok();
}

// Calls `check(row, cell)` for each action row, with the row's cell in the
// column called one of `names`; when the table has no such column, one
// finding at its header says so.
template <typename Check>
void for_each_field(const Document& document, std::string_view rule, std::string_view column,
                    const std::vector<std::string_view>& names, Findings& findings, Check check) {
  const Section* section = find_section(document, section_titles);
  if (!section) return;
  const std::optional<ActionTable> items = action_table(document, *section);
  if (!items) return;
  const std::vector<const TableRow*> rows = action_rows(*items);
  if (rows.empty()) return;
  const std::optional<std::size_t> field = column_named(*items->table, names);
  if (!field) {
    findings.push_back({std::string(rule), items->table->start,
                        fmt::format("the action items table has no {} column", column),
                        fmt::format("add a \"{}\" column and fill it in for every item", column)});
    return;
  }
  for (const TableRow* row : rows) {
    const InlineText* value = cell(*row, *field);
    check(*cell(*row, items->action), value ? value->trimmed() : std::string(),
          value ? value->first_word() : row->start);
  }
}

}  // namespace

void check_no_action_items(const Document& document, Findings& findings) {
  const Section* section = find_section(document, section_titles);
  if (!section) {
    findings.push_back({"no-action-items",
                        {1, 1},
                        "the postmortem has no Action items section",
                        fmt::format("add an \"## Action items\" section with {}", add_items_hint)});
    return;
  }
  const std::optional<ActionTable> items = action_table(document, *section);
  if ((items && !action_rows(*items).empty()) || !list_items_in(document, *section).empty()) {
    return;
  }
  findings.push_back(
      {"no-action-items", section->heading.title.start,
       fmt::format("the \"{}\" section lists no action", section->heading.title.trimmed()),
       fmt::format("add {}", add_items_hint)});
}

void check_action_item_owner(const Document& document, Findings& findings) {
  for_each_field(document, "action-item-owner", "Owner", owner_names, findings,
                 [&](const InlineText& action, const std::string& owner, Location at) {
                   if (!is_placeholder(owner)) return;
                   findings.push_back(
                       {"action-item-owner", at,
                        fmt::format("action item \"{}\" has no owner", excerpt(action.trimmed())),
                        "name the team or person who will see it through"});
                 });
}

void check_action_item_due(const Document& document, Findings& findings) {
  for_each_field(
      document, "action-item-due", "Due", due_names, findings,
      [&](const InlineText& action, const std::string& due, Location at) {
        if (is_placeholder(due)) {
          findings.push_back(
              {"action-item-due", at,
               fmt::format("action item \"{}\" has no due date", excerpt(action.trimmed())),
               "add the date it is due, as YYYY-MM-DD"});
        } else if (!is_calendar_date(due)) {
          findings.push_back({"action-item-due", at,
                              fmt::format("due date \"{}\" is not a date", excerpt(due)),
                              "write the date it is due as YYYY-MM-DD, e.g. 2026-04-30"});
        }
      });
}

}  // namespace hindsight::lint_detail
