// Generated regions (see generated_region.h).
#include "render/generated_region.h"

#include <sstream>

#include <fmt/format.h>

namespace hindsight::render_detail {

std::string region_checksum(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    hash ^= static_cast<unsigned char>(text[i]);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

void write_generated(std::ostream& out, std::string_view name,
                     const std::function<void(std::ostream&)>& write) {
  std::ostringstream content;
  write(content);
  const std::string text = content.str();
  out << "<!-- hindsight:begin " << name << ' ' << region_checksum(text) << " -->\n"
      << text << "<!-- hindsight:end " << name << " -->\n";
}

}  // namespace hindsight::render_detail
