// Mermaid escaping: event text inside a diagram, inert.
//
// In a Mermaid gantt chart a task's name runs up to the first `:`, `%%`
// starts a comment, `#...;` is an entity, and a line that starts with a
// keyword (`section`, `title`, `click`, ...) is a directive. Event titles
// are written by whoever could set an alert label, so every character that
// could mean something to Mermaid or to the HTML it renders into is written
// as a numeric entity (`#58;` for `:`), which Mermaid shows as the
// character itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hindsight::mermaid {

// `text` on one line: control characters and line breaks become spaces,
// runs of spaces one, at most `max_characters` characters (UTF-8 code
// points; longer text ends in "…"), and then every ASCII character other
// than letters, digits, space and `-_.,()/+=!?*@[]'` as `#N;`.
std::string escape_text(std::string_view text, std::size_t max_characters = 80);

}  // namespace hindsight::mermaid
