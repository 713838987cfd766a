// ASCII case folding, for the names hindsight compares without case: kinds,
// states and severities from exports, field and column names, headings it
// wrote itself. Only A-Z change; every other byte, including each byte of a
// multi-byte UTF-8 character, is left as it is, so folding never breaks
// text and never depends on the machine's locale.
#pragma once

#include <string>
#include <string_view>

namespace hindsight {

constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string ascii_lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = ascii_lower(c);
  return lower;
}

}  // namespace hindsight
