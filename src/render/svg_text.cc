// Text inside SVG (see svg_text.h).
#include "render/svg_text.h"

#include "core/utf8.h"

namespace hindsight::svg {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= 0x80) {
      const std::size_t length = decode_utf8(text, at).length;
      if (length == 0) {
        out += kUtf8Replacement;
        ++at;
      } else {
        out.append(text.substr(at, length));
        at += length;
      }
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += (c < 0x20 || c == 0x7F) ? ' ' : static_cast<char>(c);
    }
    ++at;
  }
  return out;
}

}  // namespace hindsight::svg
