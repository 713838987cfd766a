// Local wall clock readings to instants, refusing what a zone makes
// ambiguous.
//
// Offset-less times are read in a zone; a reading that the zone skips
// (DST gap) or repeats (DST overlap) is an error whose hint shows the two
// offsets that could have been meant, never a guess.
#pragma once

#include <string_view>

#include "core/timestamp_grammar.h"
#include "hindsight/time.h"

namespace hindsight::time_detail {

// The instant that `fields` (with no offset) name in `zone`. `text` is the
// timestamp as written, for messages.
TimestampParse resolve_local_time(std::string_view text, const DateTimeFields& fields,
                                  const Zone& zone);

}  // namespace hindsight::time_detail
