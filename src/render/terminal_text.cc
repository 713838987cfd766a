// UTF-8 decoding just deep enough to sanitize and measure terminal text.
#include "render/terminal_text.h"

#include <cstdint>

namespace hindsight::terminal {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// The code point starting at text[i] and its length in bytes; length 0
// when the bytes there are not well-formed UTF-8 (overlong forms,
// surrogates, values past U+10FFFF and truncated sequences included).
struct Decoded {
  std::uint32_t code_point = 0;
  std::size_t length = 0;
};

Decoded decode(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};

  std::size_t length = 0;
  std::uint32_t code_point = 0;
  std::uint32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07, minimum = 0x10000;
  } else {
    return {};
  }
  if (i + length > text.size()) return {};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    code_point = (code_point << 6) | (byte(i + k) & 0x3F);
  }
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < minimum || code_point > 0x10FFFF || surrogate) return {};
  return {code_point, length};
}

bool is_control(std::uint32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

}  // namespace

std::string single_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_control_run = false;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded decoded = decode(text, i);
    if (decoded.length == 0) {
      out += replacement_character;
      in_control_run = false;
      ++i;
      continue;
    }
    if (is_control(decoded.code_point)) {
      if (!in_control_run) out += ' ';
      in_control_run = true;
    } else {
      out.append(text, i, decoded.length);
      in_control_run = false;
    }
    i += decoded.length;
  }
  return out;
}

std::size_t width(std::string_view text) {
  std::size_t columns = 0;
  for (char c : text) {
    // Every code point has exactly one byte that is not a continuation byte.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++columns;
  }
  return columns;
}

}  // namespace hindsight::terminal
