#include <catch2/catch.hpp>

#include "hindsight/time.h"

namespace hindsight {
namespace {

using namespace std::chrono_literals;

TEST_CASE("durations read d, h, m, s, ms, us and ns parts", "[time]") {
  CHECK(parse_duration("24h") == Nanoseconds(24h));
  CHECK(parse_duration("90m") == Nanoseconds(90min));
  CHECK(parse_duration("1h30m") == Nanoseconds(90min));
  CHECK(parse_duration("2d") == Nanoseconds(48h));
  CHECK(parse_duration("3600s") == Nanoseconds(3600s));
  CHECK(parse_duration("1s250ms") == Nanoseconds(1250ms));
  CHECK(parse_duration("5us") == Nanoseconds(5us));
  CHECK(parse_duration("7ns") == Nanoseconds(7));
  CHECK(parse_duration("0s") == Nanoseconds(0));
}

TEST_CASE("signed durations are accepted only where asked for", "[time]") {
  CHECK(parse_duration("+90s", true) == Nanoseconds(90s));
  CHECK(parse_duration("-2m", true) == Nanoseconds(-2min));
  CHECK_FALSE(parse_duration("-2m"));
  CHECK_FALSE(parse_duration("+", true));
}

TEST_CASE("malformed or absurd durations are rejected", "[time]") {
  CHECK_FALSE(parse_duration(""));
  CHECK_FALSE(parse_duration("24"));
  CHECK_FALSE(parse_duration("h"));
  CHECK_FALSE(parse_duration("1w"));
  CHECK_FALSE(parse_duration("1.5h"));
  CHECK_FALSE(parse_duration("99999999999999999999d"));
  CHECK_FALSE(parse_duration("36501d"));
}

}  // namespace
}  // namespace hindsight
