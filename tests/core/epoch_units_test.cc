#include <catch2/catch.hpp>

#include "hindsight/time.h"

namespace hindsight {
namespace {

std::string utc_of(std::string_view text, EpochUnit unit) {
  TimestampParse parsed = parse_epoch(text, unit);
  REQUIRE(parsed.time);
  return format_utc(*parsed.time);
}

TEST_CASE("epoch counts read exactly in every unit", "[time]") {
  CHECK(utc_of("1772612100", EpochUnit::seconds) == "2026-03-04T08:15:00Z");
  CHECK(utc_of("1772612100123", EpochUnit::milliseconds) == "2026-03-04T08:15:00.123Z");
  CHECK(utc_of("1772612100123456", EpochUnit::microseconds) == "2026-03-04T08:15:00.123456Z");
  CHECK(utc_of("1772612100123456789", EpochUnit::nanoseconds) == "2026-03-04T08:15:00.123456789Z");
  CHECK(utc_of("1772612100123.5", EpochUnit::milliseconds) == "2026-03-04T08:15:00.123500Z");
  CHECK(utc_of("5", EpochUnit::milliseconds) == "1970-01-01T00:00:00.005Z");
  CHECK(utc_of("-1500", EpochUnit::milliseconds) == "1969-12-31T23:59:58.500Z");
  CHECK(utc_of("0", EpochUnit::nanoseconds) == "1970-01-01T00:00:00Z");
}

TEST_CASE("epoch counts that cannot be an instant are errors", "[time]") {
  CHECK_FALSE(parse_epoch("1772612100123456789.5", EpochUnit::nanoseconds).time);
  CHECK_FALSE(parse_epoch("99999999999999999999999", EpochUnit::milliseconds).time);
  CHECK_FALSE(parse_epoch("1e9", EpochUnit::seconds).time);
  CHECK_FALSE(parse_epoch("", EpochUnit::seconds).time);
  CHECK(parse_epoch("abc", EpochUnit::milliseconds).error == "invalid epoch time \"abc\"");
}

}  // namespace
}  // namespace hindsight
