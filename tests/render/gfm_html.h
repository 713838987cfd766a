// Renders Markdown the way GitHub does (cmark-gfm with the table
// extension) so tests can check what a reader would actually see.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

namespace hindsight::test {

// The HTML that `cmark-gfm -e table` makes of `markdown`, or nullopt when
// the tool is not installed.
// With `unsafe`, raw HTML in the Markdown is passed through as it is,
// rather than replaced by a comment, so a test can see every tag.
inline std::optional<std::string> gfm_html(const std::string& markdown, bool unsafe = false) {
  if (std::system("command -v cmark-gfm >/dev/null 2>&1") != 0) return std::nullopt;
  char path[] = "/tmp/hindsight-gfm-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return std::nullopt;
  close(fd);
  std::ofstream(path, std::ios::binary) << markdown;
  const std::string command =
      std::string("cmark-gfm -e table ") + (unsafe ? "--unsafe " : "") + "< " + path;
  std::string html;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) html.append(buffer, n);
    pclose(pipe);
  }
  std::remove(path);
  return html;
}

// The number of cells (<td> or <th>) in each table row of `html`, in order.
inline std::vector<int> cells_per_row(const std::string& html) {
  std::vector<int> counts;
  std::size_t row = html.find("<tr>");
  while (row != std::string::npos) {
    const std::size_t row_end = html.find("</tr>", row);
    int cells = 0;
    for (const char* tag : {"<td", "<th"}) {
      for (std::size_t at = html.find(tag, row); at != std::string::npos && at < row_end;
           at = html.find(tag, at + 1)) {
        ++cells;
      }
    }
    counts.push_back(cells);
    row = html.find("<tr>", row_end);
  }
  return counts;
}

}  // namespace hindsight::test
