// Terminal text: one line, no control characters, measured in characters.
#include "render/terminal_text.h"

#include <cstdint>

#include "core/utf8.h"

namespace hindsight::terminal {
namespace {

bool is_control(std::uint32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

}  // namespace

std::string single_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_control_run = false;
  for (std::size_t i = 0; i < text.size();) {
    const Utf8Char decoded = decode_utf8(text, i);
    if (decoded.length == 0) {
      out += kUtf8Replacement;
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
