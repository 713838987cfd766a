// Epoch seconds: exact integer arithmetic, plain numbers only.
#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;
using testing::zone;

Timestamp epoch(std::string_view text) {
  const TimestampParse result = parse_timestamp(text, nullptr, true);
  INFO(text << " -> " << result.error);
  REQUIRE(result.time);
  CHECK(result.error.empty());
  return *result.time;
}

TEST_CASE("Epoch seconds as plain integers") {
  CHECK(epoch("0") == Timestamp{});
  CHECK(epoch("1772612100") == utc(2026, 3, 4, 8, 15, 0));
  CHECK(epoch("-86400") == utc(1969, 12, 31));
  CHECK(epoch("-0") == Timestamp{});
  CHECK(epoch("0001772612100") == utc(2026, 3, 4, 8, 15, 0));
  CHECK(epoch(" 1772612100\n") == utc(2026, 3, 4, 8, 15, 0));
}

TEST_CASE("Epoch seconds with a fraction keep every digit") {
  CHECK(epoch("1772612100.5") == utc(2026, 3, 4, 8, 15, 0, 500'000'000));
  CHECK(epoch("1772612100.000000001") == utc(2026, 3, 4, 8, 15, 0, 1));
  CHECK(epoch("1772612100.999999999") == utc(2026, 3, 4, 8, 15, 0, 999'999'999));
  // Negative decimals are negative as a whole: -1.5 s is 1.5 s before 1970.
  CHECK(epoch("-1.5") == Timestamp{std::chrono::milliseconds{-1500}});
  CHECK(epoch("-0.000000001") == Timestamp{Nanoseconds{-1}});
}

TEST_CASE("Epoch seconds are absolute, whatever the assumed zone") {
  const Zone helsinki = zone("Europe/Helsinki");
  const TimestampParse result = parse_timestamp("1772612100", &helsinki, true);
  REQUIRE(result.time);
  CHECK(*result.time == utc(2026, 3, 4, 8, 15, 0));
}

TEST_CASE("Epoch seconds cover exactly the supported years") {
  CHECK(epoch("-9214560000") == utc(1678, 1, 1));
  CHECK(epoch("9214646399.999999999") == utc(2261, 12, 31, 23, 59, 59, 999'999'999));

  const char* kOutside[] = {"-9214560000.000000001",         "9214646400",
                            "9223372036.854775807",          "-9223372037",
                            "99999999999999999999999999999", "-99999999999999999999999999999.5"};
  for (const char* text : kOutside) {
    const TimestampParse result = parse_timestamp(text, nullptr, true);
    INFO(text);
    CHECK_FALSE(result.time);
    CHECK(result.error == "timestamp \"" + std::string(text) +
                              "\" is out of the supported range (years 1678 to 2261)");
  }
}

TEST_CASE("Epoch seconds with more than nine fractional digits are refused") {
  const TimestampParse result = parse_timestamp("1772612100.1234567890", nullptr, true);
  CHECK_FALSE(result.time);
  CHECK(result.error ==
        "invalid timestamp \"1772612100.1234567890\": 10 fractional digits, but nanoseconds (9 "
        "digits) are the finest precision");
  CHECK(result.hint == "round or cut the fraction to at most 9 digits");
}

TEST_CASE("Epoch seconds in a quoted string are refused") {
  for (const char* text : {"1772612100", "1772612100.5", "-86400"}) {
    const TimestampParse result = parse_timestamp(text, nullptr, false);
    INFO(text);
    CHECK_FALSE(result.time);
    CHECK(result.error == "invalid timestamp \"" + std::string(text) + "\"");
    CHECK(result.hint == "epoch seconds must be written as a plain number, not a quoted string");
  }
}

TEST_CASE("Numbers in other shapes are not epoch seconds") {
  for (const char* text : {"1.7e9", "0x10", "1,5", "1.", ".5", "-", "--1", "1 2", "inf", "NaN"}) {
    const TimestampParse result = parse_timestamp(text, nullptr, true);
    INFO(text);
    CHECK_FALSE(result.time);
    CHECK(result.error == "invalid timestamp \"" + std::string(text) + "\"");
    CHECK(result.hint == "expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds");
  }
}

TEST_CASE("Date-times written as plain scalars still parse as date-times") {
  const TimestampParse result = parse_timestamp("2026-03-04T08:15:00Z", nullptr, true);
  REQUIRE(result.time);
  CHECK(*result.time == utc(2026, 3, 4, 8, 15, 0));
}

}  // namespace
}  // namespace hindsight
