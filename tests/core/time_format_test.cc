#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;
using testing::zone;

TEST_CASE("format_utc writes RFC 3339 with Z and no fraction for whole seconds") {
  CHECK(format_utc(utc(2026, 3, 4, 8, 15, 0)) == "2026-03-04T08:15:00Z");
  CHECK(format_utc(Timestamp{}) == "1970-01-01T00:00:00Z");
  CHECK(format_utc(utc(2024, 2, 29, 23, 59, 59)) == "2024-02-29T23:59:59Z");
}

TEST_CASE("format_utc shows the fewest of 3, 6 or 9 fraction digits that are exact") {
  const Timestamp base = utc(2026, 3, 4, 8, 15, 0);
  CHECK(format_utc(base + std::chrono::milliseconds{500}) == "2026-03-04T08:15:00.500Z");
  CHECK(format_utc(base + std::chrono::milliseconds{1}) == "2026-03-04T08:15:00.001Z");
  CHECK(format_utc(base + std::chrono::microseconds{123456}) == "2026-03-04T08:15:00.123456Z");
  CHECK(format_utc(base + std::chrono::microseconds{1}) == "2026-03-04T08:15:00.000001Z");
  CHECK(format_utc(base + Nanoseconds{1}) == "2026-03-04T08:15:00.000000001Z");
  CHECK(format_utc(base + Nanoseconds{123456789}) == "2026-03-04T08:15:00.123456789Z");
}

TEST_CASE("format_utc floors instants before 1970 instead of truncating them") {
  CHECK(format_utc(Timestamp{std::chrono::seconds{-1}}) == "1969-12-31T23:59:59Z");
  CHECK(format_utc(Timestamp{Nanoseconds{-1}}) == "1969-12-31T23:59:59.999999999Z");
  CHECK(format_utc(Timestamp{std::chrono::milliseconds{-1500}}) == "1969-12-31T23:59:58.500Z");
  CHECK(format_utc(utc(1700, 1, 1, 12, 0, 0)) == "1700-01-01T12:00:00Z");
}

TEST_CASE("Formatting handles the ends of the representable range") {
  CHECK(format_utc(Timestamp::min()) == "1677-09-21T00:12:43.145224192Z");
  CHECK(format_utc(Timestamp::max()) == "2262-04-11T23:47:16.854775807Z");
  CHECK(format_in_zone(Timestamp::min(), zone("America/New_York")) ==
        "1677-09-20 19:16:41.145224192 -04:56:02");
  CHECK(format_in_zone(Timestamp::max(), zone("Asia/Kolkata")) ==
        "2262-04-12 05:17:16.854775807 +05:30");
}

TEST_CASE("format_in_zone shows the zone's wall clock and offset") {
  const Timestamp time = utc(2026, 3, 4, 8, 15, 0);
  CHECK(format_in_zone(time, Zone{}) == "2026-03-04 08:15:00 +00:00");
  CHECK(format_in_zone(time, zone("Europe/Helsinki")) == "2026-03-04 10:15:00 +02:00");
  CHECK(format_in_zone(time, zone("America/New_York")) == "2026-03-04 03:15:00 -05:00");
  CHECK(format_in_zone(time, zone("Asia/Kolkata")) == "2026-03-04 13:45:00 +05:30");
  CHECK(format_in_zone(time, zone("Asia/Kathmandu")) == "2026-03-04 14:00:00 +05:45");
  CHECK(format_in_zone(time, zone("America/St_Johns")) == "2026-03-04 04:45:00 -03:30");
  CHECK(format_in_zone(time + std::chrono::milliseconds{250}, zone("Europe/Helsinki")) ==
        "2026-03-04 10:15:00.250 +02:00");
}

TEST_CASE("format_in_zone follows daylight saving time") {
  const Zone helsinki = zone("Europe/Helsinki");
  CHECK(format_in_zone(utc(2026, 7, 1, 12, 0, 0), helsinki) == "2026-07-01 15:00:00 +03:00");
  // The last second of winter time and the first of summer time.
  CHECK(format_in_zone(utc(2026, 3, 29, 0, 59, 59), helsinki) == "2026-03-29 02:59:59 +02:00");
  CHECK(format_in_zone(utc(2026, 3, 29, 1, 0, 0), helsinki) == "2026-03-29 04:00:00 +03:00");
  // 03:30 happens twice on 2026-10-25.
  CHECK(format_in_zone(utc(2026, 10, 25, 0, 30, 0), helsinki) == "2026-10-25 03:30:00 +03:00");
  CHECK(format_in_zone(utc(2026, 10, 25, 1, 30, 0), helsinki) == "2026-10-25 03:30:00 +02:00");
}

TEST_CASE("format_in_zone crosses midnight and formats instants before 1970") {
  CHECK(format_in_zone(utc(2026, 3, 4, 23, 30, 0), zone("Europe/Helsinki")) ==
        "2026-03-05 01:30:00 +02:00");
  CHECK(format_in_zone(utc(2026, 1, 1, 2, 0, 0), zone("America/New_York")) ==
        "2025-12-31 21:00:00 -05:00");
  CHECK(format_in_zone(Timestamp{std::chrono::seconds{-1}}, zone("Etc/UTC")) ==
        "1969-12-31 23:59:59 +00:00");
}

TEST_CASE("format_in_zone keeps historical offsets that have seconds") {
  // Helsinki kept local mean time (+01:39:49) until 1921.
  CHECK(format_in_zone(utc(1900, 1, 1, 0, 0, 0), zone("Europe/Helsinki")) ==
        "1900-01-01 01:39:49 +01:39:49");
}

TEST_CASE("utc_offset_at gives the offset in effect at an instant") {
  const Timestamp winter = utc(2026, 1, 15, 12, 0, 0);
  const Timestamp summer = utc(2026, 7, 15, 12, 0, 0);
  CHECK(utc_offset_at(winter, Zone{}) == "+00:00");
  CHECK(utc_offset_at(winter, zone("Europe/Helsinki")) == "+02:00");
  CHECK(utc_offset_at(summer, zone("Europe/Helsinki")) == "+03:00");
  CHECK(utc_offset_at(winter, zone("America/New_York")) == "-05:00");
  CHECK(utc_offset_at(summer, zone("America/New_York")) == "-04:00");
  CHECK(utc_offset_at(winter, zone("America/St_Johns")) == "-03:30");
  CHECK(utc_offset_at(winter, zone("Asia/Kathmandu")) == "+05:45");
  CHECK(utc_offset_at(winter, zone("Etc/GMT+2")) == "-02:00");
  CHECK(zone_offset_at(summer, zone("America/St_Johns")) == -std::chrono::minutes(150));
}

TEST_CASE("format_wall_clock_millis: the zone's wall clock to the millisecond") {
  using namespace std::chrono;
  const Timestamp time = utc(2026, 3, 4, 8, 15, 0);
  CHECK(format_wall_clock_millis(time, zone("Europe/Helsinki")) == "2026-03-04 10:15:00.000");
  CHECK(format_wall_clock_millis(time + nanoseconds(250'999'999), Zone{}) ==
        "2026-03-04 08:15:00.250");
  // Before 1970 the millisecond is floored, not truncated towards zero.
  CHECK(format_wall_clock_millis(Timestamp(-nanoseconds(1)), Zone{}) == "1969-12-31 23:59:59.999");
  // The earliest instant still formats, rounded up to a whole millisecond.
  CHECK(format_wall_clock_millis(Timestamp::min(), Zone{}).size() == 23);
}

}  // namespace
}  // namespace hindsight
