// Field text: how event values read inside a merge diagnostic.
//
// A duplicate-event warning quotes two values side by side on one line of
// stderr, so every value is rendered compactly and on a single line, with
// quotes and control characters escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"

namespace hindsight::merge_detail {

// The text with `"`, `\` and control characters escaped (`\n`, `\t`, `\u001b`).
std::string escaped(std::string_view text);

// The same, in double quotes.
std::string quoted(std::string_view text);

// "arto (data engineer)", quoted; `none` when there is no actor.
std::string actor_text(const std::optional<Actor>& actor);

// `{dag: insights_backfill, rate_per_s: 1200}` in the order written.
std::string labels_text(const std::vector<Label>& labels);

// "file:line:col", leaving out the parts that are not known (as diagnostics do).
std::string position_text(const SourcePos& pos);

}  // namespace hindsight::merge_detail
