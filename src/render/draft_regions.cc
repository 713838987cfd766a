// Finding the generated regions of a draft (see draft_regions.h).
#include "render/draft_regions.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "render/generated_region.h"

namespace hindsight::render_detail {

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
    const std::optional<RegionMarker> marker = parse_region_marker(line);
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
