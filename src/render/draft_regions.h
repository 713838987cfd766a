// Finding the generated regions of a draft (see generated_region.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight::render_detail {

struct FoundRegion {
  std::string name;
  std::string checksum;        // as recorded in the begin marker
  int begin_line = 0;          // 1-based line of the begin marker
  int end_line = 0;            // 1-based line of the end marker
  std::size_t start = 0;       // offset of the begin marker
  std::size_t content_start = 0;
  std::size_t content_end = 0;  // offset of the end marker
  std::size_t end = 0;          // just past the end marker's line
};

// The regions of `text`, in order. Markers that do not pair up (a begin
// inside another region, an end without its begin, a begin never ended, a
// name used twice) are errors at their line of `path`.
std::vector<FoundRegion> find_regions(std::string_view text, const std::string& path,
                                      Diagnostics& diagnostics);

}  // namespace hindsight::render_detail
