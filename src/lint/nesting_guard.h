// Refusing Markdown nested so deep that parsing it would take minutes.
//
// cmark-gfm's time grows with the depth of open block quotes and list items
// times the number of lines that continue them ("> > > … text" followed by
// many lazy lines), so a small hostile file could stall a CI job. No
// postmortem nests blocks anywhere near this deep.
#pragma once

#include <string_view>

namespace hindsight::lint_detail {

constexpr int max_nesting = 100;

// The first line that opens more than max_nesting block quotes and list
// items at its start, or 0.
int first_line_nested_too_deep(std::string_view markdown);

}  // namespace hindsight::lint_detail
