// Making untrusted text safe to show in a terminal, and measuring it.
//
// Event titles come from alert labels, chat exports and commit messages, so
// they may hold newlines, tabs, escape sequences or broken UTF-8. Printed
// raw, those would break the column layout or drive the terminal. These
// helpers turn such text into one harmless line and count its width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hindsight::terminal {

// One line of printable text: every run of control characters (C0, DEL and
// the C1 range, which includes newlines, tabs and the ESC/CSI introducers)
// becomes a single space, and bytes that are not valid UTF-8 become U+FFFD.
std::string single_line(std::string_view text);

// The width of `text` in Unicode code points. Counts what single_line()
// returns; every code point is taken as one column.
std::size_t width(std::string_view text);

}  // namespace hindsight::terminal
