// parse_byte_size (see cli/byte_size.h).
#include "cli/byte_size.h"

#include <cctype>
#include <limits>

namespace hindsight::cli {

std::optional<std::size_t> parse_byte_size(std::string_view text) {
  std::size_t digits = 0;
  std::size_t value = 0;
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
    const auto digit = static_cast<std::size_t>(text[digits] - '0');
    if (value > (kMax - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  std::string_view suffix = text.substr(digits);
  int shifts = 0;
  if (!suffix.empty()) {
    switch (std::toupper(static_cast<unsigned char>(suffix[0]))) {
      case 'K': shifts = 1; break;
      case 'M': shifts = 2; break;
      case 'G': shifts = 3; break;
      case 'T': shifts = 4; break;
      default: return std::nullopt;
    }
    suffix.remove_prefix(1);
    if (suffix == "i" || suffix == "iB" || suffix == "ib") suffix = {};
    if (suffix == "B" || suffix == "b") suffix = {};
    if (!suffix.empty()) return std::nullopt;
  }
  for (int i = 0; i < shifts; ++i) {
    if (value > kMax / 1024) return std::nullopt;
    value *= 1024;
  }
  if (value == 0) return std::nullopt;
  return value;
}

}  // namespace hindsight::cli
