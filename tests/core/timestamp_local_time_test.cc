// Offset-less timestamps: read in the assumed zone, refused without one,
// and refused when the zone's clocks skip or repeat that reading.
#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;
using testing::zone;

Timestamp parsed_in(std::string_view text, const Zone& assumed) {
  const TimestampParse result = parse_timestamp(text, &assumed);
  INFO(text << " in " << assumed.name << " -> " << result.error);
  REQUIRE(result.time);
  CHECK(result.error.empty());
  return *result.time;
}

TEST_CASE("An offset-less time needs a zone") {
  const TimestampParse result = parse_timestamp("2026-03-04 10:15:00", nullptr);
  CHECK_FALSE(result.time);
  CHECK(result.error == "\"2026-03-04 10:15:00\" has no UTC offset and no time zone to read it in");
  CHECK(result.hint ==
        "add an offset (e.g. +02:00 or Z), set incident.timezone, or pass --assume-tz ZONE");
}

TEST_CASE("An offset-less time is read in the assumed zone") {
  CHECK(parsed_in("2026-03-04 10:15:00", zone("Europe/Helsinki")) == utc(2026, 3, 4, 8, 15, 0));
  CHECK(parsed_in("2026-03-04T10:15", zone("Europe/Helsinki")) == utc(2026, 3, 4, 8, 15, 0));
  CHECK(parsed_in("2026-07-04T10:15:00", zone("Europe/Helsinki")) == utc(2026, 7, 4, 7, 15, 0));
  CHECK(parsed_in("2026-03-04T10:15:00", zone("America/New_York")) == utc(2026, 3, 4, 15, 15, 0));
  CHECK(parsed_in("2026-07-04T10:15:00", zone("America/New_York")) == utc(2026, 7, 4, 14, 15, 0));
  CHECK(parsed_in("2026-03-04T10:15:00", zone("Asia/Kolkata")) == utc(2026, 3, 4, 4, 45, 0));
  CHECK(parsed_in("2026-03-04T10:15:00", zone("Asia/Kathmandu")) == utc(2026, 3, 4, 4, 30, 0));
  CHECK(parsed_in("2026-03-04T10:15:00.250", zone("Europe/Helsinki")) ==
        utc(2026, 3, 4, 8, 15, 0, 250'000'000));
  CHECK(parsed_in("2026-03-04T10:15:00", Zone{}) == utc(2026, 3, 4, 10, 15, 0));
  CHECK(parsed_in("2026-03-04T10:15:00", zone("Etc/UTC")) == utc(2026, 3, 4, 10, 15, 0));
}

TEST_CASE("An explicit offset beats the assumed zone") {
  const Zone helsinki = zone("Europe/Helsinki");
  CHECK(parsed_in("2026-03-04T10:15:00Z", helsinki) == utc(2026, 3, 4, 10, 15, 0));
  CHECK(parsed_in("2026-03-04T10:15:00-05:00", helsinki) == utc(2026, 3, 4, 15, 15, 0));
  CHECK(parsed_in("2026-03-04 10:15 UTC", helsinki) == utc(2026, 3, 4, 10, 15, 0));
}

TEST_CASE("Local times next to a DST change are read with the right offset") {
  const Zone helsinki = zone("Europe/Helsinki");
  CHECK(parsed_in("2026-03-29T02:59:59", helsinki) == utc(2026, 3, 29, 0, 59, 59));
  CHECK(parsed_in("2026-03-29T04:00:00", helsinki) == utc(2026, 3, 29, 1, 0, 0));
  CHECK(parsed_in("2026-10-25T02:59:59", helsinki) == utc(2026, 10, 24, 23, 59, 59));
  CHECK(parsed_in("2026-10-25T04:00:00", helsinki) == utc(2026, 10, 25, 2, 0, 0));
}

TEST_CASE("A local time in a DST gap is refused with both possible offsets") {
  const Zone helsinki = zone("Europe/Helsinki");
  const TimestampParse gap = parse_timestamp("2026-03-29 03:30", &helsinki);
  CHECK_FALSE(gap.time);
  CHECK(gap.error ==
        "local time \"2026-03-29 03:30\" does not exist in Europe/Helsinki: clocks jump forward "
        "from 03:00 to 04:00 (DST gap)");
  CHECK(gap.hint ==
        "add the UTC offset that was meant: \"2026-03-29T03:30:00+02:00\" (the offset before the "
        "change) or \"2026-03-29T03:30:00+03:00\" (after it)");

  CHECK_FALSE(parse_timestamp("2026-03-29T03:00:00", &helsinki).time);
  CHECK_FALSE(parse_timestamp("2026-03-29T03:59:59.999999999", &helsinki).time);

  const Zone new_york = zone("America/New_York");
  const TimestampParse spring = parse_timestamp("2026-03-08T02:15:00.5", &new_york);
  CHECK(spring.error ==
        "local time \"2026-03-08T02:15:00.5\" does not exist in America/New_York: clocks jump "
        "forward from 02:00 to 03:00 (DST gap)");
  CHECK(spring.hint ==
        "add the UTC offset that was meant: \"2026-03-08T02:15:00.5-05:00\" (the offset before "
        "the change) or \"2026-03-08T02:15:00.5-04:00\" (after it)");
}

TEST_CASE("A local time in a DST overlap is refused with the offset of each occurrence") {
  const Zone helsinki = zone("Europe/Helsinki");
  const TimestampParse overlap = parse_timestamp("2026-10-25 03:30", &helsinki);
  CHECK_FALSE(overlap.time);
  CHECK(overlap.error ==
        "local time \"2026-10-25 03:30\" is ambiguous in Europe/Helsinki: it occurs twice as "
        "clocks go back from 04:00 to 03:00 (DST overlap)");
  CHECK(overlap.hint ==
        "add the UTC offset to say which: \"2026-10-25T03:30:00+03:00\" (first) or "
        "\"2026-10-25T03:30:00+02:00\" (second)");

  // Both suggestions parse, to the two instants an hour apart.
  const TimestampParse first = parse_timestamp("2026-10-25T03:30:00+03:00", nullptr);
  const TimestampParse second = parse_timestamp("2026-10-25T03:30:00+02:00", nullptr);
  REQUIRE(first.time);
  REQUIRE(second.time);
  CHECK(*second.time - *first.time == std::chrono::hours{1});

  const Zone new_york = zone("America/New_York");
  const TimestampParse fall = parse_timestamp("2026-11-01 01:30:00", &new_york);
  CHECK(fall.error ==
        "local time \"2026-11-01 01:30:00\" is ambiguous in America/New_York: it occurs twice as "
        "clocks go back from 02:00 to 01:00 (DST overlap)");
  CHECK(fall.hint ==
        "add the UTC offset to say which: \"2026-11-01T01:30:00-04:00\" (first) or "
        "\"2026-11-01T01:30:00-05:00\" (second)");
}

TEST_CASE("A zone change that skips a whole day names the dates") {
  // Samoa moved across the date line: 2011-12-30 never happened in Apia.
  const Zone apia = zone("Pacific/Apia");
  const TimestampParse skipped = parse_timestamp("2011-12-30T12:00:00", &apia);
  CHECK(skipped.error ==
        "local time \"2011-12-30T12:00:00\" does not exist in Pacific/Apia: clocks jump forward "
        "from 2011-12-30 00:00 to 2011-12-31 00:00 (DST gap)");
}

TEST_CASE("The supported year range applies to local times too") {
  const Zone helsinki = zone("Europe/Helsinki");
  CHECK(parse_timestamp("2262-01-01T00:00:00", &helsinki).error ==
        "timestamp \"2262-01-01T00:00:00\" is out of the supported range (years 1678 to 2261)");
}

}  // namespace
}  // namespace hindsight
