// The lines of a Markdown source, numbered as cmark-gfm numbers them.
#pragma once

#include <string_view>
#include <vector>

namespace hindsight::lint_detail {

class SourceLines {
 public:
  // "\n", "\r\n" and a lone "\r" each end a line, as in CommonMark.
  explicit SourceLines(std::string_view text);

  int count() const { return static_cast<int>(lines_.size()); }
  // Line `number` (1-based) without its line ending; empty when out of range.
  std::string_view line(int number) const;
  bool is_blank(int number) const;

 private:
  std::vector<std::string_view> lines_;
};

}  // namespace hindsight::lint_detail
