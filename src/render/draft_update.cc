// update_draft (see hindsight/draft_update.h): new generated regions into a
// draft people have been writing in.
#include "hindsight/draft_update.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "render/draft_regions.h"
#include "render/generated_region.h"

namespace hindsight {
namespace {

using render_detail::FoundRegion;

// Shown lines of a conflict, at most; the rest are counted.
constexpr std::size_t kMaxConflictLines = 12;

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t newline = text.find('\n', at);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    at = end + 1;
  }
  return lines;
}

// The lines of an edited region that the new content does not have: what a
// forced update would throw away. Each new line pairs off one equal old line.
std::string lost_lines(std::string_view old_content, int first_line, std::string_view fresh) {
  std::map<std::string_view, int> available;
  for (std::string_view line : lines_of(fresh)) ++available[line];
  std::vector<std::string> lost;
  int line_number = first_line;
  for (std::string_view line : lines_of(old_content)) {
    auto found = available.find(line);
    if (found != available.end() && found->second > 0) {
      --found->second;
    } else {
      lost.push_back(fmt::format("{:>5} | {}", line_number, line));
    }
    ++line_number;
  }
  std::string text;
  for (std::size_t i = 0; i < lost.size() && i < kMaxConflictLines; ++i) text += lost[i] + "\n";
  if (lost.size() > kMaxConflictLines) {
    text += fmt::format("  ... and {} more lines\n", lost.size() - kMaxConflictLines);
  }
  return text;
}

std::string with_line_endings(std::string_view text, bool crlf) {
  if (!crlf) return std::string(text);
  std::string converted;
  converted.reserve(text.size() + text.size() / 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) converted += '\r';
    converted += text[i];
  }
  return converted;
}

const FoundRegion* named(const std::vector<FoundRegion>& regions, const std::string& name) {
  const auto found = std::find_if(regions.begin(), regions.end(),
                                  [&](const FoundRegion& region) { return region.name == name; });
  return found == regions.end() ? nullptr : &*found;
}

}  // namespace

std::optional<std::string> update_draft(const std::string& path, std::string_view existing,
                                        std::string_view fresh, const DraftUpdateOptions& options,
                                        Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  const std::vector<FoundRegion> old_regions =
      render_detail::find_regions(existing, path, diagnostics);
  Diagnostics fresh_problems;  // a fresh draft always pairs its markers
  const std::vector<FoundRegion> new_regions =
      render_detail::find_regions(fresh, "<new draft>", fresh_problems);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  if (old_regions.empty()) {
    diagnostics.error({path, 0, 0},
                      "the file has no hindsight:begin/end markers, so there is nothing to update",
                      "it was not written by `hindsight draft`, or its markers were removed; "
                      "write the new draft to another file, or drop --update and pass --force to "
                      "replace this one");
    return std::nullopt;
  }

  for (const FoundRegion& region : old_regions) {
    const std::string_view content =
        existing.substr(region.content_start, region.content_end - region.content_start);
    if (render_detail::region_checksum(content) == region.checksum || options.force) continue;
    const FoundRegion* replacement = named(new_regions, region.name);
    const std::string_view new_content =
        replacement ? fresh.substr(replacement->content_start,
                                   replacement->content_end - replacement->content_start)
                    : std::string_view();
    const std::string lost = lost_lines(content, region.begin_line + 1, new_content);
    diagnostics.error(
        {path, region.begin_line, 1},
        fmt::format("the generated `{}` section (lines {} to {}) was edited by hand", region.name,
                    region.begin_line, region.end_line),
        (lost.empty() ? std::string("its lines were only reordered or removed; ")
                      : "these lines would be lost:\n" + lost) +
            "move your text outside the hindsight:begin/end markers, or pass --force to replace "
            "the section anyway");
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;

  // Regions follow the file's line endings: CRLF when most of its lines
  // have them (an editor on Windows), else LF.
  const auto line_count = std::count(existing.begin(), existing.end(), '\n');
  std::ptrdiff_t crlf_count = 0;
  for (std::size_t at = existing.find("\r\n"); at != std::string_view::npos;
       at = existing.find("\r\n", at + 2)) {
    ++crlf_count;
  }
  const bool crlf = crlf_count * 2 > line_count;
  std::string updated;
  updated.reserve(existing.size() + fresh.size() / 4);
  std::size_t copied_to = 0;
  for (const FoundRegion& region : old_regions) {
    updated.append(existing.substr(copied_to, region.start - copied_to));
    copied_to = region.end;
    const FoundRegion* replacement = named(new_regions, region.name);
    if (!replacement) {
      diagnostics.warning({path, region.begin_line, 1},
                          fmt::format("the template does not write a `{}` section; it is kept as "
                                      "it is",
                                      region.name),
                          "if the draft was written with --template, pass the same --template "
                          "to --update; otherwise delete the section with both its markers if it "
                          "is no longer wanted");
      updated.append(existing.substr(region.start, region.end - region.start));
      continue;
    }
    updated += with_line_endings(
        fresh.substr(replacement->start, replacement->end - replacement->start), crlf);
  }
  updated.append(existing.substr(copied_to));

  for (const FoundRegion& region : new_regions) {
    if (named(old_regions, region.name)) continue;
    diagnostics.warning({path, 0, 0},
                        fmt::format("the generated `{}` section is not in the file, so it is "
                                    "not updated",
                                    region.name),
                        "it was deleted, markers and all; to bring it back, copy it from the "
                        "output of `hindsight draft`");
  }
  return updated;
}

}  // namespace hindsight
