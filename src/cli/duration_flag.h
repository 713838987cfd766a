// Durations written on the command line: "24h", "90m", "1h30m", "2d", "3600s".
#pragma once

#include <optional>
#include <string_view>

#include "hindsight/time.h"

namespace hindsight::cli {

// One or more <integer><unit> parts, units d, h, m, s; nullopt otherwise.
std::optional<Nanoseconds> parse_duration_flag(std::string_view text);

}  // namespace hindsight::cli
