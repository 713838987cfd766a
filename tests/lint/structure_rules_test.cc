// The rules about what a postmortem holds: prompts and placeholders left
// from the draft, empty sections, action items and the timeline.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/lint_testing.h"

namespace hindsight::lint_detail {
namespace {

using Lines = std::vector<std::string>;
using testing::check;

TEST_CASE("leftover-prompt: each prompt blockquote, named by its section", "[lint]") {
  const std::string markdown =
      "Intro.\n"
      "\n"
      "> **Prompt:** before any heading?\n"
      "\n"
      "## Impact\n"
      "\n"
      "Users saw errors.\n"
      "\n"
      "> **Prompts:**\n"
      "> - one\n"
      "\n"
      "### Detail\n"
      "  > **Prompt:** nested?\n";
  CHECK(check(check_leftover_prompt, markdown) ==
        Lines{"3:3 the text before the first heading still holds the draft's prompt",
              "9:3 the \"Impact\" section still holds the draft's prompt",
              "13:5 the \"Detail\" section still holds the draft's prompt"});
  CHECK(check(check_leftover_prompt, "## Impact\n\n> **Note:** not a prompt.\n").empty());
}

TEST_CASE("leftover-placeholder: the draft's `_to fill_`, named by its field", "[lint]") {
  const std::string markdown =
      "| Field | Value |\n"
      "| --- | --- |\n"
      "| Authors | _to fill_ |\n"
      "| Severity | *To Fill* |\n"
      "\n"
      "Owner: __to fill__, and we need _to fill_ the gap _later_.\n";
  CHECK(check(check_leftover_placeholder, markdown) ==
        Lines{"3:13 the \"Authors\" field is still \"to fill\"",
              "4:14 the \"Severity\" field is still \"to fill\"",
              "6:8 the draft's placeholder \"to fill\" is still here",
              "6:33 the draft's placeholder \"to fill\" is still here"});
  CHECK(check(check_leftover_placeholder, "We need to fill the cache.\n").empty());
  CHECK(check(check_leftover_placeholder,
              "<!-- hindsight:begin summary 0123456789abcdef -->\n_to fill_\n"
              "<!-- hindsight:end summary -->\n")
            .empty());
}

TEST_CASE("empty-section: a heading with nothing of its own under it", "[lint]") {
  const std::string markdown =
      "# Title\n"
      "## Lessons learned\n"
      "### What went well\n"
      "<!-- nothing yet -->\n"
      "### What went wrong\n"
      "> **Prompt:** left for leftover-prompt\n"
      "### Where we got lucky\n"
      "The reset came at night.\n"
      "## Follow-up\n";
  CHECK(check(check_empty_section, markdown) == Lines{"3:1 the \"What went well\" section is empty",
                                                      "9:1 the \"Follow-up\" section is empty"});
}

const std::string action_header =
    "## Action items\n"
    "\n"
    "| Action | Type | Owner | Due | Tracking |\n"
    "| --- | --- | --- | --- | --- |\n";

TEST_CASE("no-action-items: no section, or nothing in it", "[lint]") {
  CHECK(check(check_no_action_items, "# Postmortem\n\nText.\n") ==
        Lines{"1:1 the postmortem has no Action items section"});
  CHECK(check(check_no_action_items,
              action_header + "|  |  |  |  |  |\n| _to fill_ | | | | |\n\n## Lessons\n") ==
        Lines{"1:1 the \"Action items\" section lists no action"});
  CHECK(check(check_no_action_items, action_header + "| Cap calls | prevent | | | |\n").empty());
  CHECK(check(check_no_action_items, "## Follow-ups\n\n- [ ] Cap calls (data team)\n").empty());
  CHECK(check(check_no_action_items, "## Action items\n\n> **Prompts:**\n> - What?\n") ==
        Lines{"1:1 the \"Action items\" section lists no action"});
}

TEST_CASE("action-item-owner: rows with an action and no owner", "[lint]") {
  const std::string markdown = action_header +
                               "| Cap calls | prevent |  | 2026-04-01 | A-1 |\n"
                               "| Page at 80% | detect | data team | 2026-04-01 | A-2 |\n"
                               "| Runbook | process | TBD | 2026-04-01 | A-3 |\n"
                               "|  |  |  |  |  |\n"
                               "| Short row |\n";
  CHECK(check(check_action_item_owner, markdown) ==
        Lines{"5:24 action item \"Cap calls\" has no owner",
              "7:23 action item \"Runbook\" has no owner",
              "9:1 action item \"Short row\" has no owner"});
}

TEST_CASE("action-item-owner: a table without an Owner column is one finding", "[lint]") {
  CHECK(check(check_action_item_owner,
              "## Action items\n\n| Action | Due |\n| - | - |\n| Cap calls | 2026-04-01 |\n") ==
        Lines{"3:1 the action items table has no Owner column"});
  // With no action in it, there is nothing to own yet.
  CHECK(check(check_action_item_owner, "## Action items\n\n| Action | Due |\n| - | - |\n").empty());
}

TEST_CASE("action-item-due: missing, and not YYYY-MM-DD", "[lint]") {
  const std::string long_action(70, 'x');
  const std::string markdown = action_header +
                               "| Cap calls | prevent | team | 2026-04-01 | A-1 |\n"
                               "| Page | detect | team |  | A-2 |\n"
                               "| Runbook | process | team | next sprint | A-3 |\n"
                               "| Review | process | team | 2026-02-30 | A-4 |\n"
                               "| " +
                               long_action + " | process | team | n/a | A-5 |\n";
  CHECK(check(check_action_item_due, markdown) ==
        Lines{"6:25 action item \"Page\" has no due date",
              "7:30 due date \"next sprint\" is not a date",
              "8:29 due date \"2026-02-30\" is not a date",
              "9:93 action item \"" + std::string(60, 'x') + "\xE2\x80\xA6\" has no due date"});
}

TEST_CASE("action items: the Owner and Due headers have synonyms", "[lint]") {
  const std::string markdown =
      "## Corrective actions\n\n| Task | Assignee | Deadline |\n| - | - | - |\n"
      "| Cap calls | data team | 2026-04-01 |\n";
  CHECK(check(check_action_item_owner, markdown).empty());
  CHECK(check(check_action_item_due, markdown).empty());
  CHECK(check(check_no_action_items, markdown).empty());
}

const std::string timeline_header =
    "## Timeline\n"
    "\n"
    "| Time | Kind | Event |\n"
    "| --- | --- | --- |\n";

TEST_CASE("timeline rules: kinds in the Kind column, synonyms included", "[lint]") {
  const std::string complete = timeline_header +
                               "| 10:00 | deploy | v2 |\n"
                               "| 10:05 | Customer Report | support ticket |\n"
                               "| 11:00 | resolved | done |\n";
  CHECK(check(check_no_timeline, complete).empty());
  CHECK(check(check_timeline_no_detection, complete).empty());
  CHECK(check(check_timeline_no_resolution, complete).empty());

  const std::string partial = timeline_header +
                              "| 10:00 | deploy | v2 alert fired and resolved |\n"
                              "| 10:10 | `alarm` | code span kinds count |\n";
  CHECK(check(check_timeline_no_detection, partial).empty());
  CHECK(check(check_timeline_no_resolution, partial) ==
        Lines{"1:1 the timeline does not say when the incident was resolved: no resolve entry"});

  const std::string neither = timeline_header + "| 10:00 | note | paged and resolved |\n";
  CHECK(check(check_timeline_no_detection, neither) ==
        Lines{"1:1 the timeline does not say how the problem was detected: no alert, page, "
              "detect or customer_report entry"});
}

TEST_CASE("timeline rules: without a Kind column, the entries' words", "[lint]") {
  const std::string table =
      "## Timeline\n\n| Time | Event |\n| - | - |\n| 10:05 | Alerted on error rate |\n"
      "| 11:00 | Incident resolved |\n";
  CHECK(check(check_timeline_no_detection, table).empty());
  CHECK(check(check_timeline_no_resolution, table).empty());
  const std::string list = "## Timeline\n\n- 10:00 page data stopped updating\n- 11:00 fixed\n";
  CHECK(check(check_timeline_no_detection, list).size() == 1);  // "page" alone is not paging
  CHECK(check(check_timeline_no_resolution, list).size() == 1);
  CHECK(check(check_no_timeline, list).empty());
}

TEST_CASE("no-timeline: no section, or no entry in it", "[lint]") {
  CHECK(check(check_no_timeline, "# Postmortem\n") ==
        Lines{"1:1 the postmortem has no Timeline section"});
  CHECK(check(check_no_timeline,
              "# P\n\n## Timeline\n\nTo do.\n\n| Time | Kind |\n| - | - |\n"
              "|  |  |\n") == Lines{"3:1 the \"Timeline\" section lists no events"});
  // The other two rules say nothing when there is nothing to read.
  CHECK(check(check_timeline_no_detection, "# Postmortem\n").empty());
  CHECK(check(check_timeline_no_resolution, "## Timeline\n").empty());
}

}  // namespace
}  // namespace hindsight::lint_detail
