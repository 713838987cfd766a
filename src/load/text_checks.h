// Checks of a file's text that the YAML parser does not make itself.
//
// yaml-cpp 0.7 passes invalid UTF-8, NUL bytes and other control
// characters through into values untouched, and accepts a quoted value
// that is never closed by letting it run to the end of the file, which
// silently swallows every event after it into one title. These checks turn
// each of those into an error at its true line and column.
#pragma once

#include <cstddef>
#include <string_view>

#include "hindsight/diagnostic.h"

namespace hindsight {

// Reports the first byte that is not part of a UTF-8 character, or the
// first control character YAML does not allow (anything below U+0020 but
// tab, line feed and carriage return; and U+007F), with its line, column
// and byte offset, and how many more there are. False after reporting.
// A file that begins with a UTF-16 or UTF-32 byte order mark is left to
// the parser, which decodes it.
bool check_text_encoding(InternedString path, std::string_view text, Diagnostics& diagnostics);

// The line and column of byte `offset` of `text`, both counted in bytes
// from 1, as the parser counts them.
SourcePos position_in(InternedString path, std::string_view text, std::size_t offset);

// The bytes a file's text begins with that the parser skips (a UTF-8 byte
// order mark) and leaves out of its offsets.
std::size_t byte_order_mark_length(std::string_view text);

// True for text that begins with a UTF-16 or UTF-32 byte order mark, which
// the parser decodes to UTF-8 before it counts offsets.
bool is_wide_unicode(std::string_view text);

// For a quoted value that starts at `at` (its opening quote, or an anchor
// or tag before it): true when it is quoted and the quote never closes.
// Double quotes close at the next `"` not escaped by a backslash; single
// quotes at the next `'` that is not doubled.
bool quote_never_closes(std::string_view text, std::size_t at);

// For JSON text: where the string that is still open at the end of the
// text begins (its opening quote), or npos when every string closes.
// yaml-cpp reports such a file as "illegal EOF in scalar" at its very end;
// this finds where the string opens.
std::size_t unclosed_json_string(std::string_view text);

}  // namespace hindsight
