// Times in a source's own layout (user mappings' `format`): fields, offsets,
// zones, fractions, and every way a value can fail to fit.
#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;
using testing::zone;

Timestamp parsed(std::string_view text, std::string_view format, const Zone* assumed) {
  const TimestampParse result = parse_formatted_time(text, format, assumed);
  INFO(text << " as " << format << " -> " << result.error);
  REQUIRE(result.time);
  return *result.time;
}

TEST_CASE("Formatted times: day-first layouts in a zone", "[time][format]") {
  const Zone helsinki = zone("Europe/Helsinki");
  CHECK(parsed("04/03/2026 10:15:00", "%d/%m/%Y %H:%M:%S", &helsinki) ==
        utc(2026, 3, 4, 8, 15, 0));
  CHECK(parsed("16.06.2026 10:15", "%d.%m.%Y %H:%M", &helsinki) == utc(2026, 6, 16, 7, 15, 0));
  CHECK(parsed("Jun 16 2026 10:15:00", "%b %d %Y %H:%M:%S", &helsinki) ==
        utc(2026, 6, 16, 7, 15, 0));
}

TEST_CASE("Formatted times: %S reads up to nine fractional digits exactly", "[time][format]") {
  const Zone utc_zone;
  CHECK(parsed("2026-06-16 10:15:00.5", "%Y-%m-%d %H:%M:%S", &utc_zone) ==
        utc(2026, 6, 16, 10, 15, 0, 500'000'000));
  CHECK(parsed("2026-06-16 10:15:00.123456789", "%Y-%m-%d %H:%M:%S", &utc_zone) ==
        utc(2026, 6, 16, 10, 15, 0, 123'456'789));
  CHECK(parsed("2026-06-16 10:15:00", "%Y-%m-%d %H:%M:%S", &utc_zone) ==
        utc(2026, 6, 16, 10, 15, 0));
}

TEST_CASE("Formatted times: %z gives the offset, and then no zone applies", "[time][format]") {
  const Zone new_york = zone("America/New_York");
  CHECK(parsed("2026-06-16 10:15:00 +0300", "%Y-%m-%d %H:%M:%S %z", &new_york) ==
        utc(2026, 6, 16, 7, 15, 0));
  CHECK(parsed("2026-06-16 10:15:00 +0300", "%Y-%m-%d %H:%M:%S %z", nullptr) ==
        utc(2026, 6, 16, 7, 15, 0));
  CHECK(parsed("2026-06-16T10:15:00-0230", "%FT%T%z", nullptr) == utc(2026, 6, 16, 12, 45, 0));
}

TEST_CASE("Formatted times: local times need a zone and must exist in it", "[time][format]") {
  const TimestampParse no_zone = parse_formatted_time("2026-06-16 10:15", "%Y-%m-%d %H:%M", nullptr);
  CHECK_FALSE(no_zone.time);
  CHECK(no_zone.error == "\"2026-06-16 10:15\" has no UTC offset and no time zone to read it in");

  const Zone helsinki = zone("Europe/Helsinki");
  const TimestampParse gap =
      parse_formatted_time("29.03.2026 03:30", "%d.%m.%Y %H:%M", &helsinki);
  CHECK_FALSE(gap.time);
  CHECK(gap.error ==
        "local time \"29.03.2026 03:30\" does not exist in Europe/Helsinki: clocks jump forward "
        "from 03:00 to 04:00 (DST gap)");
  CHECK(gap.hint == "add the UTC offset that was meant: \"2026-03-29T03:30:00+02:00\" (the offset "
                    "before the change) or \"2026-03-29T03:30:00+03:00\" (after it)");

  const TimestampParse overlap =
      parse_formatted_time("25.10.2026 03:30", "%d.%m.%Y %H:%M", &helsinki);
  CHECK_FALSE(overlap.time);
  CHECK(overlap.error.find("is ambiguous in Europe/Helsinki") != std::string::npos);
}

TEST_CASE("Formatted times: values that do not fit the format", "[time][format]") {
  const Zone utc_zone;
  for (const char* text : {"2026-06-16", "2026-06-16 10:15:00 trailing", "16/06/2026 10:15:00",
                           "2026-02-30 10:15:00", "2026-06-16 25:15:00", ""}) {
    const TimestampParse result = parse_formatted_time(text, "%Y-%m-%d %H:%M:%S", &utc_zone);
    INFO(text);
    CHECK_FALSE(result.time);
    CHECK(result.error == "time \"" + std::string(text) +
                              "\" does not match the format \"%Y-%m-%d %H:%M:%S\"");
  }
  // A format without a date cannot name an instant.
  CHECK_FALSE(parse_formatted_time("10:15:00", "%H:%M:%S", &utc_zone).time);
}

TEST_CASE("Formatted times: years outside the supported range", "[time][format]") {
  const Zone utc_zone;
  const TimestampParse result =
      parse_formatted_time("9999-01-01 00:00:00", "%Y-%m-%d %H:%M:%S", &utc_zone);
  CHECK_FALSE(result.time);
  CHECK(result.error.find("out of the supported range") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
