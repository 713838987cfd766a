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

// Whether link() turns `url` into a clickable link: http(s) or mailto, with
// no character that could end the link destination early.
bool is_safe_url(std::string_view url);

// A link to `url` labelled `label` when is_safe_url(url); otherwise the URL
// shown as inert text (so `javascript:` never becomes clickable). Empty when
// `url` is empty. A `|` in the URL is percent-encoded so that the link also
// survives inside a table cell.
std::string link(std::string_view label, std::string_view url);

}  // namespace hindsight::markdown
