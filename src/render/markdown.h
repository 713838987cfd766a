// Markdown escaping shared by every Markdown renderer.
//
// Event text is written by whoever could set an alert label, so it is
// treated as hostile: after escaping it renders as the same literal text on
// GitHub and GitLab, cannot break a table, and cannot inject HTML.
#pragma once

#include <string>
#include <string_view>

namespace hindsight::markdown {

// Inline text: Markdown punctuation is backslash-escaped, `<`, `>` and `&`
// become entities, and line breaks become spaces.
std::string escape_inline(std::string_view text);

// A table cell: as escape_inline, but line breaks become `<br>` so that a
// multi-line note stays in its cell, and `|` can never end the cell.
std::string escape_cell(std::string_view text);

// A link to `url` labelled `label` when `url` is http(s) or mailto;
// otherwise the URL shown as inert text (so `javascript:` never becomes
// clickable). Empty when `url` is empty.
std::string link(std::string_view label, std::string_view url);

}  // namespace hindsight::markdown
