// fuzz::timestamp (see fuzz_targets.h).
#include "fuzz_targets.h"
#include "hindsight/time.h"

namespace hindsight::fuzz {

void timestamp(std::string_view bytes) {
  static const ZoneLookup helsinki = lookup_zone("Europe/Helsinki");
  for (const bool is_number : {false, true}) {
    const TimestampParse utc = parse_timestamp(bytes, nullptr, is_number);
    if (utc.time) format_utc(*utc.time);
    const TimestampParse local = parse_timestamp(bytes, &*helsinki.zone, is_number);
    if (local.time) format_in_zone(*local.time, *helsinki.zone);
  }
  parse_duration(bytes);
  parse_duration(bytes, true);
}

}  // namespace hindsight::fuzz
