// How the load check's exact numbers are shown, and which way each rounds.
#include <limits>

#include <catch2/catch.hpp>

#include "render/load_numbers.h"

namespace hindsight::render_detail {
namespace {

Exact fraction(std::uint64_t numerator, std::uint64_t denominator) {
  return Exact::ratio(numerator, denominator);
}

TEST_CASE("counts get thousands separators", "[render][premortem]") {
  CHECK(format_count(0) == "0");
  CHECK(format_count(999) == "999");
  CHECK(format_count(1000) == "1,000");
  CHECK(format_count(18'960'000) == "18,960,000");
  CHECK(format_count(std::numeric_limits<Exact::Int>::max()) ==
        "340,282,366,920,938,463,463,374,607,431,768,211,455");
  CHECK(format_requests(fraction(40'000, 3), Rounding::up) == "13,334");
  CHECK(format_requests(fraction(40'000, 3), Rounding::down) == "13,333");
}

TEST_CASE("rates are shown in the largest unit in which they reach 1", "[render][premortem]") {
  CHECK(format_rate(Exact(1200)) == "1,200/s");
  CHECK(format_rate(Exact()) == "0/s");
  CHECK(format_rate(fraction(1, 4)) == "15/min");
  CHECK(format_rate(fraction(1, 3600)) == "1/h");
  CHECK(format_rate(fraction(1, 86'400)) == "1/d");
  CHECK(format_rate(fraction(1, 172'800)) == "0.50/d");  // exact: no ≈
  CHECK(format_rate(fraction(100, 3600)) == "≈1.67/min");
  CHECK(format_rate(fraction(4000, 3)) == "≈1,333.33/s");
  CHECK(format_rate(fraction(1, 200)) == "18/h");  // 0.3/min is under 1
}

TEST_CASE("rates as written, with their per-second form", "[render][premortem]") {
  CHECK(format_written_rate({1200, 1}) == "1,200/s");
  CHECK(format_written_rate({1'080'000, 3600}) == "1,080,000/h (300/s)");
  CHECK(format_written_rate({3000, 60}) == "3,000/min (50/s)");
  CHECK(format_written_rate({86'400, 86'400}) == "86,400/d (1/s)");
  CHECK(format_written_rate({500, 5400}) == "500 per 1h30m (≈5.56/min)");
}

TEST_CASE("periods are written the way people write them", "[render][premortem]") {
  CHECK(format_period(1) == "1s");
  CHECK(format_period(100) == "1m40s");
  CHECK(format_period(3600) == "1h");
  CHECK(format_period(5400) == "1h30m");
  CHECK(format_period(86'400) == "24h");
  CHECK(format_period(172'800) == "2d");
  CHECK(format_period(90'000) == "25h");
}

TEST_CASE("percentages and ratios round against the plan", "[render][premortem]") {
  CHECK(format_percent(fraction(1728, 10'000), Rounding::up) == "17.3%");
  CHECK(format_percent(fraction(1728, 10'000), Rounding::down) == "17.2%");
  CHECK(format_percent(fraction(1, 2), Rounding::up) == "50.0%");
  CHECK(format_percent(fraction(1, 2), Rounding::down) == "50.0%");
  CHECK(format_percent(Exact(), Rounding::up) == "0.0%");
  CHECK(format_percent(fraction(5184, 1000), Rounding::up) == "518.4%");
  CHECK(format_percent(fraction(9999, 10'000), Rounding::up) == "100.0%");
  CHECK(format_percent(Exact(2'000'000'000'000), Rounding::up) == "more than 100,000,000,000,000%");
  CHECK(format_times(fraction(1240, 300)) == "4.14×");
  CHECK(format_times(Exact(4)) == "4.00×");
  CHECK(format_times(fraction(2, 3)) == "0.67×");
  CHECK(format_times(fraction(999, 1000)) == "1.00×");
  CHECK(format_times(Exact(2'000'000'000'000)) == "more than 1,000,000,000,000×");
}

TEST_CASE("durations round to the second, and say when they are absurd", "[render][premortem]") {
  CHECK(format_seconds(Exact(15'800), Rounding::up) == "4h 23m 20s");
  CHECK(format_seconds(fraction(40'000, 3), Rounding::up) == "3h 42m 14s");
  CHECK(format_seconds(fraction(40'000, 3), Rounding::down) == "3h 42m 13s");
  CHECK(format_seconds(Exact(), Rounding::up) == "0s");
  CHECK(format_seconds(Exact(4'000'000'000), Rounding::up) == "more than 100 years");
}

}  // namespace
}  // namespace hindsight::render_detail
