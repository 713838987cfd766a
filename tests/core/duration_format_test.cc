#include <cstdint>
#include <limits>

#include <catch2/catch.hpp>

#include "hindsight/time.h"

namespace hindsight {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

TEST_CASE("format_duration leads with the largest unit and pads the rest") {
  CHECK(format_duration(seconds{0}) == "0s");
  CHECK(format_duration(seconds{12}) == "12s");
  CHECK(format_duration(seconds{59}) == "59s");
  CHECK(format_duration(seconds{60}) == "1m 00s");
  CHECK(format_duration(minutes{4} + seconds{10}) == "4m 10s");
  CHECK(format_duration(minutes{4} + seconds{5}) == "4m 05s");
  CHECK(format_duration(hours{1} + minutes{23} + seconds{5}) == "1h 23m 05s");
  CHECK(format_duration(hours{20}) == "20h 00m 00s");
  CHECK(format_duration(hours{23} + minutes{59} + seconds{59}) == "23h 59m 59s");
}

TEST_CASE("format_duration shows days from 24 hours on") {
  CHECK(format_duration(hours{24}) == "1d 00h 00m 00s");
  CHECK(format_duration(hours{26} + minutes{3} + seconds{4}) == "1d 02h 03m 04s");
  CHECK(format_duration(hours{24 * 400}) == "400d 00h 00m 00s");
}

TEST_CASE("format_duration shows a fraction only when there is one") {
  CHECK(format_duration(milliseconds{12250}) == "12.250s");
  CHECK(format_duration(milliseconds{250}) == "0.250s");
  CHECK(format_duration(hours{1} + milliseconds{500}) == "1h 00m 00.500s");
  CHECK(format_duration(Nanoseconds{1}) == "0.000000001s");
  CHECK(format_duration(std::chrono::microseconds{1500}) == "0.001500s");
  CHECK(format_duration(minutes{2} + milliseconds{3001}) == "2m 03.001s");
}

TEST_CASE("format_duration puts a minus sign before negative durations") {
  CHECK(format_duration(-(minutes{17} + seconds{48})) == "-17m 48s");
  CHECK(format_duration(seconds{-12}) == "-12s");
  CHECK(format_duration(milliseconds{-500}) == "-0.500s");
  CHECK(format_duration(-hours{25}) == "-1d 01h 00m 00s");
}

TEST_CASE("format_duration does not overflow at the ends of the range") {
  CHECK(format_duration(Nanoseconds{std::numeric_limits<std::int64_t>::max()}) ==
        "106751d 23h 47m 16.854775807s");
  CHECK(format_duration(Nanoseconds{std::numeric_limits<std::int64_t>::min()}) ==
        "-106751d 23h 47m 16.854775808s");
}

}  // namespace
}  // namespace hindsight
