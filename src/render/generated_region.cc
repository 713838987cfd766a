// Generated regions (see generated_region.h).
#include "render/generated_region.h"

#include <sstream>
#include <vector>

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

namespace {

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::optional<RegionMarker> parse_template_marker(std::string_view line) {
  line = trim(line);
  constexpr std::string_view open = "<!-- hindsight:";
  constexpr std::string_view close = " -->";
  if (line.size() < open.size() + close.size() || line.substr(0, open.size()) != open ||
      line.substr(line.size() - close.size()) != close) {
    return std::nullopt;
  }
  std::string_view body = line.substr(open.size(), line.size() - open.size() - close.size());
  std::vector<std::string_view> words;
  while (!body.empty()) {
    const std::size_t space = body.find(' ');
    if (space != 0) words.push_back(body.substr(0, space));
    if (space == std::string_view::npos) break;
    body.remove_prefix(space + 1);
  }
  if (words.size() == 3 && words[0] == "begin") {
    return RegionMarker{true, std::string(words[1]), std::string(words[2])};
  }
  if (words.size() == 2 && words[0] == "begin") {
    return RegionMarker{true, std::string(words[1]), {}};
  }
  if (words.size() == 2 && words[0] == "end") {
    return RegionMarker{false, std::string(words[1]), {}};
  }
  return std::nullopt;
}

std::optional<RegionMarker> parse_region_marker(std::string_view line) {
  std::optional<RegionMarker> marker = parse_template_marker(line);
  if (marker && marker->begin && marker->checksum.empty()) return std::nullopt;
  return marker;
}

void write_generated(std::ostream& out, std::string_view name,
                     const std::function<void(std::ostream&)>& write) {
  std::ostringstream content;
  write(content);
  const std::string text = content.str();
  out << "<!-- hindsight:begin " << name << ' ' << region_checksum(text) << " -->\n"
      << text << "<!-- hindsight:end " << name << " -->\n";
}

std::string generated_block(std::string_view name,
                            const std::function<void(std::ostream&)>& write) {
  std::ostringstream block;
  write_generated(block, name, write);
  std::string text = block.str();
  text.pop_back();
  return text;
}

void seal_regions(std::string& text) {
  std::size_t unsealed_start = std::string::npos;  // of the begin line
  std::size_t content_start = 0;
  std::string name;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t newline = text.find('\n', at);
    const std::size_t next = newline == std::string::npos ? text.size() : newline + 1;
    const std::optional<RegionMarker> marker =
        parse_template_marker(std::string_view(text).substr(at, next - at));
    if (marker && marker->begin) {
      unsealed_start = marker->checksum.empty() ? at : std::string::npos;
      content_start = next;
      name = marker->name;
    } else if (marker && unsealed_start != std::string::npos && marker->name == name) {
      const std::string sealed =
          "<!-- hindsight:begin " + name + ' ' +
          region_checksum(std::string_view(text).substr(content_start, at - content_start)) +
          " -->\n";
      const std::size_t after_end = unsealed_start + sealed.size() + (next - content_start);
      text.replace(unsealed_start, content_start - unsealed_start, sealed);
      unsealed_start = std::string::npos;
      at = after_end;
      continue;
    }
    at = next;
  }
}

}  // namespace hindsight::render_detail
