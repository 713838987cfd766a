// Reading the numbers of a plan: counts, periods and rates, each checked and
// reported at its line and column with a hint that shows the right form.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/plan.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::plan_detail {

// A whole number from `minimum` to kMaxPlanCount, plain or quoted, with
// optional `_` between digits ("1_200_000"). `what` names the field in
// messages ("volume.requests").
std::optional<std::uint64_t> read_count(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics, std::uint64_t minimum = 0);

// A period in whole seconds, from 1 second to 100 years: a duration ("1h",
// "24h", "100s", "1h30m") or a bare unit meaning one of it ("s", "min",
// "h", "d").
std::optional<std::int64_t> read_period(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics);

// A rate: "1200/s", "3000/min", "1080000/1h", or a map
// {requests: 1080000, per: 1h}.
std::optional<Rate> read_rate(const RawNode& node, std::string_view what, Diagnostics& diagnostics);

// A time (see parse_timestamp); an offset-less time is read in `zone`,
// and without one the hint points at the plan's `timezone:`.
std::optional<Timestamp> read_plan_time(const RawNode& node, std::string_view what,
                                        const Zone* zone, Diagnostics& diagnostics);

// A list of single values; one value written without a list is a list of
// one.
std::optional<std::vector<std::string>> read_text_list(const RawNode& node, std::string_view what,
                                                       Diagnostics& diagnostics);

// Parses the text forms above without a node; nullopt with `error` set.
// Exposed for the tests.
std::optional<std::uint64_t> parse_count(std::string_view text, std::string& error);
std::optional<std::int64_t> parse_period(std::string_view text, std::string& error);
std::optional<Rate> parse_rate(std::string_view text, std::string& error);

}  // namespace hindsight::plan_detail
