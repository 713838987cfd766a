// Decoding one UTF-8 character, strictly: the well-formed byte sequences of
// the Unicode standard (table 3-7) and nothing else. Overlong forms,
// surrogates, code points past U+10FFFF and truncated sequences are not
// characters, so every renderer that must not pass bad bytes on (terminal,
// SVG, JSON) agrees on what a bad byte is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hindsight {

// U+FFFD, what renderers write in place of a byte that is not UTF-8.
inline constexpr std::string_view kUtf8Replacement = "\xEF\xBF\xBD";

struct Utf8Char {
  std::uint32_t code_point = 0;
  std::size_t length = 0;  // in bytes; 0 when the bytes at `at` are not a character
};

// The character starting at text[at] (at < text.size()).
Utf8Char decode_utf8(std::string_view text, std::size_t at);

// `text` cut after its first `max_characters` characters when it has more,
// trailing spaces dropped, then "…". It cuts only where a character starts,
// so a label shortened for a chart stays UTF-8 when it was.
std::string shorten_to_characters(std::string_view text, std::size_t max_characters);

}  // namespace hindsight
