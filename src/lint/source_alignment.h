// Finding a parsed piece of text in the Markdown it came from.
//
// cmark-gfm gives every text node its literal (backslash escapes removed,
// entities decoded) and a start column, but that column is off in a few
// places: lazy continuation lines inside block quotes and lists, table
// cells holding `\|`, a byte-order mark. A finding must point at its phrase,
// so each literal is matched against its source line again, byte by byte.
#pragma once

#include <string_view>
#include <vector>

namespace hindsight::lint_detail {

// The 1-based column in `line` of each byte of `literal`, read from the
// column cmark-gfm reported, else from the nearest column where the literal
// matches (escapes and entities taken into account). When it matches
// nowhere, bytes are placed from the reported column on.
std::vector<int> align_to_source(std::string_view line, std::string_view literal,
                                 int reported_column);

}  // namespace hindsight::lint_detail
