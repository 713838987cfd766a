#include <catch2/catch.hpp>

#include "cli/duration_flag.h"

namespace hindsight {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

TEST_CASE("duration flags read d, h, m and s parts", "[cli]") {
  CHECK(cli::parse_duration_flag("24h") == Nanoseconds(hours(24)));
  CHECK(cli::parse_duration_flag("90m") == Nanoseconds(minutes(90)));
  CHECK(cli::parse_duration_flag("1h30m") == Nanoseconds(minutes(90)));
  CHECK(cli::parse_duration_flag("2d") == Nanoseconds(hours(48)));
  CHECK(cli::parse_duration_flag("3600s") == Nanoseconds(seconds(3600)));
}

TEST_CASE("malformed or absurd durations are rejected", "[cli]") {
  CHECK_FALSE(cli::parse_duration_flag(""));
  CHECK_FALSE(cli::parse_duration_flag("24"));
  CHECK_FALSE(cli::parse_duration_flag("h"));
  CHECK_FALSE(cli::parse_duration_flag("1w"));
  CHECK_FALSE(cli::parse_duration_flag("-1h"));
  CHECK_FALSE(cli::parse_duration_flag("99999999999999999999d"));
}

}  // namespace
}  // namespace hindsight
