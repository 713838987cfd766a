// The date-time forms parse_timestamp accepts, and the exact words it uses
// for the ones it refuses.
#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;

constexpr const char* kFormatHint =
    "expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds";

// Parses text that carries its own offset, so no zone is needed.
Timestamp parsed(std::string_view text) {
  const TimestampParse result = parse_timestamp(text, nullptr);
  INFO(text << " -> " << result.error);
  REQUIRE(result.time);
  CHECK(result.error.empty());
  CHECK(result.hint.empty());
  return *result.time;
}

TimestampParse refused(std::string_view text) {
  TimestampParse result = parse_timestamp(text, nullptr);
  INFO(text);
  CHECK_FALSE(result.time);
  CHECK_FALSE(result.error.empty());
  return result;
}

TEST_CASE("parse_timestamp accepts every UTC spelling") {
  const Timestamp expected = utc(2026, 3, 4, 8, 15, 0);
  for (const char* text :
       {"2026-03-04T08:15:00Z", "2026-03-04T08:15:00z", "2026-03-04t08:15:00Z",
        "2026-03-04 08:15:00Z", "2026-03-04T08:15Z", "2026-03-04T08:15:00+00:00",
        "2026-03-04T08:15:00-00:00", "2026-03-04T08:15:00+0000", "2026-03-04T08:15:00+00",
        "2026-03-04 08:15:00 UTC", "2026-03-04 08:15:00 GMT", "2026-03-04 08:15:00 Z",
        "2026-03-04 08:15 UTC", "2026-03-04 08:15:00 utc", "2026-03-04 08:15:00 +00:00"}) {
    INFO(text);
    CHECK(parsed(text) == expected);
  }
}

TEST_CASE("parse_timestamp applies numeric offsets in every spelling") {
  const Timestamp expected = utc(2026, 3, 4, 8, 15, 0);
  CHECK(parsed("2026-03-04T10:15:00+02:00") == expected);
  CHECK(parsed("2026-03-04T10:15:00+0200") == expected);
  CHECK(parsed("2026-03-04T10:15:00+02") == expected);
  CHECK(parsed("2026-03-04T10:15+02:00") == expected);
  CHECK(parsed("2026-03-04 10:15:00 +02:00") == expected);
  CHECK(parsed("2026-03-04T03:15:00-05:00") == expected);
  CHECK(parsed("2026-03-04T04:45:00-03:30") == expected);
  CHECK(parsed("2026-03-04T14:00:00+05:45") == expected);
  CHECK(parsed("2026-03-05T08:14:00+23:59") == expected);
  CHECK(parsed("2026-03-03T08:16:00-23:59") == expected);
}

TEST_CASE("parse_timestamp reads 1 to 9 fractional digits exactly") {
  const Timestamp base = utc(2026, 3, 4, 8, 15, 0);
  CHECK(parsed("2026-03-04T08:15:00.5Z") == base + std::chrono::milliseconds{500});
  CHECK(parsed("2026-03-04T08:15:00.25Z") == base + std::chrono::milliseconds{250});
  CHECK(parsed("2026-03-04T08:15:00.123Z") == base + std::chrono::milliseconds{123});
  CHECK(parsed("2026-03-04T08:15:00.123456Z") == base + std::chrono::microseconds{123456});
  CHECK(parsed("2026-03-04T08:15:00.123456789Z") == base + Nanoseconds{123456789});
  CHECK(parsed("2026-03-04T08:15:00.000000001Z") == base + Nanoseconds{1});
  CHECK(parsed("2026-03-04T08:15:00.000000000Z") == base);
  CHECK(parsed("2026-03-04 10:15:00.75 +02:00") == base + std::chrono::milliseconds{750});
}

TEST_CASE("parse_timestamp trims surrounding whitespace") {
  CHECK(parsed("  2026-03-04T08:15:00Z\n") == utc(2026, 3, 4, 8, 15, 0));
  CHECK(parsed("\t2026-03-04 08:15:00 UTC \r\n") == utc(2026, 3, 4, 8, 15, 0));
}

TEST_CASE("parse_timestamp knows leap years") {
  CHECK(parsed("2024-02-29T12:00:00Z") == utc(2024, 2, 29, 12, 0, 0));
  CHECK(parsed("2000-02-29T12:00:00Z") == utc(2000, 2, 29, 12, 0, 0));

  const TimestampParse not_leap = refused("2026-02-29T12:00:00Z");
  CHECK(not_leap.error ==
        "invalid timestamp \"2026-02-29T12:00:00Z\": day 29 does not exist in February 2026");
  CHECK(not_leap.hint.empty());
  CHECK(refused("2100-02-29T12:00:00Z").error ==
        "invalid timestamp \"2100-02-29T12:00:00Z\": day 29 does not exist in February 2100");
}

TEST_CASE("parse_timestamp says which field is out of range") {
  CHECK(refused("2026-02-30T10:00:00Z").error ==
        "invalid timestamp \"2026-02-30T10:00:00Z\": day 30 does not exist in February 2026");
  CHECK(refused("2026-04-31T10:00:00Z").error ==
        "invalid timestamp \"2026-04-31T10:00:00Z\": day 31 does not exist in April 2026");
  CHECK(refused("2026-03-00T10:00:00Z").error ==
        "invalid timestamp \"2026-03-00T10:00:00Z\": day 0 does not exist in March 2026");
  CHECK(refused("2026-13-01T10:00:00Z").error ==
        "invalid timestamp \"2026-13-01T10:00:00Z\": month 13 does not exist");
  CHECK(refused("2026-00-01T10:00:00Z").error ==
        "invalid timestamp \"2026-00-01T10:00:00Z\": month 0 does not exist");
  CHECK(refused("2026-03-04T24:00:00Z").error ==
        "invalid timestamp \"2026-03-04T24:00:00Z\": hour 24 is out of range (00 to 23)");
  CHECK(refused("2026-03-04T10:60:00Z").error ==
        "invalid timestamp \"2026-03-04T10:60:00Z\": minute 60 is out of range (00 to 59)");
  CHECK(refused("2026-03-04T10:15:60Z").error ==
        "invalid timestamp \"2026-03-04T10:15:60Z\": second 60 is out of range (00 to 59; leap "
        "seconds are not supported)");
  CHECK(refused("2026-03-04T10:15:00+24:00").error ==
        "invalid timestamp \"2026-03-04T10:15:00+24:00\": UTC offset \"+24:00\" is out of range "
        "(hours 00 to 23, minutes 00 to 59)");
  CHECK(refused("2026-03-04T10:15:00-0575").error ==
        "invalid timestamp \"2026-03-04T10:15:00-0575\": UTC offset \"-0575\" is out of range "
        "(hours 00 to 23, minutes 00 to 59)");
}

TEST_CASE("parse_timestamp refuses years whose instants do not fit in nanoseconds") {
  const TimestampParse early = refused("1677-12-31T23:59:59Z");
  CHECK(early.error ==
        "timestamp \"1677-12-31T23:59:59Z\" is out of the supported range (years 1678 to 2261)");
  CHECK(refused("2262-01-01T00:00:00Z").error ==
        "timestamp \"2262-01-01T00:00:00Z\" is out of the supported range (years 1678 to 2261)");
  CHECK(refused("9999-12-31T23:59:59Z").error ==
        "timestamp \"9999-12-31T23:59:59Z\" is out of the supported range (years 1678 to 2261)");
  CHECK(refused("0000-01-01T00:00:00Z").error ==
        "timestamp \"0000-01-01T00:00:00Z\" is out of the supported range (years 1678 to 2261)");

  // The first and last supported years work with any offset.
  CHECK(parsed("1678-01-01T00:00:00+23:59") == utc(1677, 12, 31, 0, 1, 0));
  CHECK(parsed("2261-12-31T23:59:59.999999999-23:59") == utc(2262, 1, 1, 23, 58, 59, 999999999));
}

TEST_CASE("parse_timestamp refuses more than nine fractional digits") {
  const TimestampParse result = refused("2026-03-04T08:15:00.1234567891Z");
  CHECK(result.error ==
        "invalid timestamp \"2026-03-04T08:15:00.1234567891Z\": 10 fractional digits, but "
        "nanoseconds (9 digits) are the finest precision");
  CHECK(result.hint == "round or cut the fraction to at most 9 digits");
}

TEST_CASE("parse_timestamp refuses zone abbreviations inside the timestamp") {
  const TimestampParse est = refused("2026-03-04 10:00 EST");
  CHECK(est.error == "time zone abbreviation \"EST\" in \"2026-03-04 10:00 EST\" is ambiguous");
  CHECK(est.hint == "write the UTC offset it stands for instead: \"2026-03-04T10:00:00+hh:mm\"");

  const TimestampParse cest = refused("2026-03-04 10:00:00.5 CEST");
  CHECK(cest.error ==
        "time zone abbreviation \"CEST\" in \"2026-03-04 10:00:00.5 CEST\" is ambiguous");
  CHECK(cest.hint == "write the UTC offset it stands for instead: \"2026-03-04T10:00:00.5+hh:mm\"");

  CHECK(refused("2026-03-04T10:00:00 PST").error ==
        "time zone abbreviation \"PST\" in \"2026-03-04T10:00:00 PST\" is ambiguous");
  CHECK(refused("2026-03-04T10:00:00 ist").error ==
        "time zone abbreviation \"ist\" in \"2026-03-04T10:00:00 ist\" is ambiguous");
}

TEST_CASE("parse_timestamp says a date alone lacks a time of day") {
  const TimestampParse result = refused("2026-03-04");
  CHECK(result.error == "invalid timestamp \"2026-03-04\": it has a date but no time of day");
  CHECK(result.hint == "add a time and offset, e.g. 2026-03-04T00:00:00Z");
}

TEST_CASE("parse_timestamp refuses other text with the accepted forms as a hint") {
  for (const char* text : {"yesterday",
                           "2026-3-4T10:00:00Z",
                           "2026/03/04 10:00:00Z",
                           "2026-03-04T10Z",
                           "2026-03-04T9:15:00Z",
                           "2026-03-04T10:15:0Z",
                           "2026-03-04T10:15:00.Z",
                           "2026-03-04T10:15.5Z",
                           "2026-03-04  10:15:00Z",
                           "2026-03-04_10:15:00Z",
                           "2026-03-04T10:15:00Z junk",
                           "2026-03-04T10:15:00+02:00Z",
                           "2026-03-04T10:15:00+2",
                           "2026-03-04T10:15:00+02:0",
                           "2026-03-04T10:15:00+02:00:00",
                           "2026-03-04T10:15:00 +",
                           "2026-03-04T10:15:00UTC",
                           "2026-03-04T10:15:00 UTC+2",
                           "2026-03-04T10:15:00 Europe/Oslo",
                           "1.5e9",
                           "+1772611200",
                           "12:00",
                           "2026-03-04T10:15:00\xE2\x88\x92"
                           "02:00"}) {
    const TimestampParse result = refused(text);
    INFO(text);
    CHECK(result.error == "invalid timestamp \"" + std::string(text) + "\"");
    CHECK(result.hint == kFormatHint);
  }
}

TEST_CASE("parse_timestamp reports an empty timestamp") {
  for (const char* text : {"", "   ", "\n"}) {
    const TimestampParse result = refused(text);
    CHECK(result.error == "timestamp is empty");
    CHECK(result.hint == kFormatHint);
  }
}

TEST_CASE("parse_timestamp quotes hostile text safely and briefly") {
  const std::string long_text = "2026-03-04T10:15:00Z" + std::string(1000, 'x');
  const TimestampParse result = refused(long_text);
  CHECK(result.error == "invalid timestamp \"" + long_text.substr(0, 80) + "...\"");

  CHECK(refused("2026-03-04\"T10:15\n").error == "invalid timestamp \"2026-03-04\\\"T10:15\"");
  CHECK(refused("bad\x01time\\").error == "invalid timestamp \"bad\\x01time\\\\\"");
}

TEST_CASE("parse_timestamp cuts long quotes on a UTF-8 character boundary") {
  // 79 ASCII bytes, then a two-byte character straddling the 80-byte limit.
  const std::string text = std::string(79, 'a') + "\xC3\xA9" + "tail";
  CHECK(refused(text).error == "invalid timestamp \"" + std::string(79, 'a') + "...\"");
}

}  // namespace
}  // namespace hindsight
