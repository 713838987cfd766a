// Finding the generated regions of a draft (see draft_regions.h).
#include "render/draft_regions.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace hindsight::render_detail {
namespace {

struct Marker {
  bool begin = false;
  std::string name;
  std::string checksum;
};

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// "<!-- hindsight:begin NAME CHECKSUM -->" or "<!-- hindsight:end NAME -->",
// alone on its line (surrounding blanks allowed).
std::optional<Marker> parse_marker(std::string_view line) {
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
    return Marker{true, std::string(words[1]), std::string(words[2])};
  }
  if (words.size() == 2 && words[0] == "end") return Marker{false, std::string(words[1]), {}};
  return std::nullopt;
}

}  // namespace

std::vector<FoundRegion> find_regions(std::string_view text, const std::string& path,
                                      Diagnostics& diagnostics) {
  std::vector<FoundRegion> regions;
  std::optional<FoundRegion> open;
  int line_number = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t newline = text.find('\n', at);
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    const std::string_view line = text.substr(at, next - at);
    ++line_number;
    const std::optional<Marker> marker = parse_marker(line);
    if (marker && marker->begin) {
      if (open) {
        diagnostics.error({path, line_number, 1},
                          fmt::format("`hindsight:begin {}` inside the generated `{}` section "
                                      "that starts at line {}",
                                      marker->name, open->name, open->begin_line),
                          fmt::format("restore the `<!-- hindsight:end {} -->` marker, or delete "
                                      "that section with both its markers",
                                      open->name));
        return {};
      }
      const bool repeated = std::any_of(regions.begin(), regions.end(), [&](const auto& region) {
        return region.name == marker->name;
      });
      if (repeated) {
        diagnostics.error({path, line_number, 1},
                          fmt::format("the generated `{}` section appears twice", marker->name),
                          "delete one of them with both its markers");
        return {};
      }
      open = FoundRegion{marker->name, marker->checksum, line_number, 0, at, next, 0, 0};
    } else if (marker) {
      if (!open || open->name != marker->name) {
        diagnostics.error(
            {path, line_number, 1},
            fmt::format("`hindsight:end {}` without its `hindsight:begin {}`", marker->name,
                        marker->name),
            open ? fmt::format("the open section is `{}`, from line {}", open->name,
                               open->begin_line)
                 : "restore the begin marker, or delete this one together with the section");
        return {};
      }
      open->end_line = line_number;
      open->content_end = at;
      open->end = next;
      regions.push_back(std::move(*open));
      open.reset();
    }
    at = next;
  }
  if (open) {
    diagnostics.error({path, open->begin_line, 1},
                      fmt::format("the generated `{}` section is never ended", open->name),
                      fmt::format("restore the `<!-- hindsight:end {} -->` marker after its "
                                  "last line",
                                  open->name));
    return {};
  }
  return regions;
}

}  // namespace hindsight::render_detail
