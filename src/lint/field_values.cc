// Reading and quoting the values people write into fields and cells.
#include <algorithm>
#include <array>
#include <string>

#include "core/ascii.h"
#include "lint/rules.h"

namespace hindsight::lint_detail {

std::string excerpt(std::string_view text) {
  constexpr std::size_t limit = 60;
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";  // …
}

bool is_placeholder(std::string_view text) {
  static constexpr std::array<std::string_view, 16> placeholders = {"",
                                                                    "to fill",
                                                                    "tbd",
                                                                    "tba",
                                                                    "todo",
                                                                    "?",
                                                                    "??",
                                                                    "-",
                                                                    "--",
                                                                    "\xE2\x80\x94" /* — */,
                                                                    "\xE2\x80\x93" /* – */,
                                                                    "n/a",
                                                                    "none",
                                                                    "unknown",
                                                                    "unassigned",
                                                                    "nobody"};
  std::string key;
  for (const char c : text) {
    if (c == '_' || c == '*') continue;  // markup left around a placeholder
    key += ascii_lower(c);
  }
  const std::size_t first = key.find_first_not_of(" \t");
  key =
      first == std::string::npos ? "" : key.substr(first, key.find_last_not_of(" \t") - first + 1);
  return std::find(placeholders.begin(), placeholders.end(), key) != placeholders.end();
}

}  // namespace hindsight::lint_detail
