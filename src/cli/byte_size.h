// Sizes as people write them on a command line: 500000, 64K, 512M, 4G.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace hindsight::cli {

// A whole number of bytes with an optional binary suffix (K, M, G, T, each
// 1024 times the one before; "KB", "KiB" and lower case alike). Nullopt for
// anything else, zero, or more than a size_t holds.
std::optional<std::size_t> parse_byte_size(std::string_view text);

}  // namespace hindsight::cli
