// Block-level Markdown shared by the documents hindsight writes (the
// postmortem draft and the pre-mortem): prompts for the team, free text
// people wrote, and the action-item table.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hindsight::render_detail {

// "> **Prompt:** question" for one question; a "**Prompts:**" list for more.
// The questions are Markdown already (fixed text, or escaped).
void write_prompts(std::ostream& out, const std::vector<std::string>& questions);

// Free text written by a person (a summary, a rollback plan), escaped,
// keeping its paragraph breaks.
std::string escape_paragraphs(const std::string& text);

// "## Action items", `prompt` as a prompt, and an empty table (Action,
// Type, Owner, Due, Tracking) with rows for the team to fill in. The
// pre-mortem writes it; the draft's template holds the same section as
// text, and a test keeps the two equal.
void write_action_items_section(std::ostream& out, const std::string& prompt);

}  // namespace hindsight::render_detail
