// Property: whatever instant we print, we read back exactly.
#include <cstdint>
#include <random>
#include <vector>

#include <catch2/catch.hpp>

#include "core/time_testing.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using testing::utc;
using testing::zone;

// Instants spread over the whole supported range, with every kind of
// fraction (none, milli-, micro-, nanosecond), from a fixed seed so a
// failure reproduces.
std::vector<Timestamp> sample_instants() {
  const std::int64_t first = utc(1678, 1, 1).time_since_epoch().count();
  const std::int64_t last = utc(2261, 12, 31, 23, 59, 59, 999'999'999).time_since_epoch().count();
  std::mt19937_64 random(20260304);
  std::uniform_int_distribution<std::int64_t> anywhere(first, last);
  const std::int64_t precisions[] = {1'000'000'000, 1'000'000, 1'000, 1};

  std::vector<Timestamp> instants = {Timestamp{}, Timestamp{Nanoseconds{first}},
                                     Timestamp{Nanoseconds{last}}, Timestamp{Nanoseconds{-1}},
                                     Timestamp{Nanoseconds{1}}};
  for (int i = 0; i < 20'000; ++i) {
    const std::int64_t precision = precisions[i % 4];
    std::int64_t count = anywhere(random);
    count -= ((count % precision) + precision) % precision;  // floor to the precision
    if (count < first) count += precision;
    instants.push_back(Timestamp{Nanoseconds{count}});
  }
  return instants;
}

TEST_CASE("parse_timestamp reads back every instant format_utc writes") {
  for (const Timestamp instant : sample_instants()) {
    const std::string text = format_utc(instant);
    const TimestampParse result = parse_timestamp(text, nullptr);
    INFO(text << " -> " << result.error);
    REQUIRE(result.time);
    REQUIRE(*result.time == instant);
  }
}

TEST_CASE("parse_timestamp reads back every instant format_in_zone writes") {
  const Zone zones[] = {Zone{}, zone("Europe/Helsinki"), zone("America/New_York"),
                        zone("Asia/Kathmandu")};
  const std::int64_t first = utc(1980, 1, 1).time_since_epoch().count();
  const std::int64_t last = utc(2100, 1, 1).time_since_epoch().count();
  std::mt19937_64 random(42);
  std::uniform_int_distribution<std::int64_t> modern(first, last);
  for (int i = 0; i < 5'000; ++i) {
    const Timestamp instant{Nanoseconds{modern(random)}};
    const std::string text = format_in_zone(instant, zones[i % 4]);
    const TimestampParse result = parse_timestamp(text, nullptr);
    INFO(text << " -> " << result.error);
    REQUIRE(result.time);
    REQUIRE(*result.time == instant);
  }
}

}  // namespace
}  // namespace hindsight
