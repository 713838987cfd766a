// Text inside SVG: well-formed XML whatever the input bytes.
#pragma once

#include <string>
#include <string_view>

namespace hindsight::svg {

// `text` as XML character data or attribute value: `&<>"'` as entities,
// control characters (which XML 1.0 forbids) as spaces, and bytes that are
// not valid UTF-8 as U+FFFD, so that a hostile title can neither inject
// markup nor make the file unreadable.
std::string escape(std::string_view text);

}  // namespace hindsight::svg
