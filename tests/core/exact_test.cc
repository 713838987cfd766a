// Exact rational arithmetic: reduction, the four operations, comparisons
// that never overflow, and overflow reported instead of wrapped.
#include <limits>

#include <catch2/catch.hpp>

#include "hindsight/exact.h"
#include "support/exact_testing.h"

namespace hindsight {
namespace {

using test::fraction;

constexpr Exact::Int kMax = std::numeric_limits<Exact::Int>::max();

TEST_CASE("fractions are kept reduced", "[exact]") {
  const Exact rate = Exact::ratio(1'080'000, 3600);
  CHECK(rate.numerator() == 300);
  CHECK(rate.denominator() == 1);
  CHECK(Exact::ratio(0, 7) == Exact());
  CHECK(Exact::ratio(0, 7).denominator() == 1);
  CHECK(fraction(6, 4) == fraction(3, 2));
  CHECK_THROWS_AS(Exact::ratio(1, 0), std::domain_error);
}

TEST_CASE("sums, differences, products and quotients are exact", "[exact]") {
  CHECK(fraction(1, 3) + fraction(1, 6) == fraction(1, 2));
  CHECK(Exact(1200) + fraction(40, 1) == Exact(1240));
  CHECK(fraction(1, 2) - fraction(1, 3) == fraction(1, 6));
  CHECK(Exact(5) - Exact(5) == Exact());
  CHECK(fraction(2, 3) * fraction(9, 4) == fraction(3, 2));
  CHECK(Exact(18'848'000) / Exact(1240) == Exact(15'200));
  CHECK(Exact(2'000'000) / Exact(150) == fraction(40'000, 3));
  CHECK(Exact() * fraction(7, 3) == Exact());
}

TEST_CASE("impossible operations are refused, not wrapped", "[exact]") {
  CHECK_THROWS_AS(Exact(1) - Exact(2), std::domain_error);
  CHECK_THROWS_AS(Exact(1) / Exact(), std::domain_error);
  const Exact huge = Exact::ratio(kMax, 1);
  CHECK_THROWS_AS(huge + Exact(1), ExactOverflow);
  CHECK_THROWS_AS(huge * Exact(2), ExactOverflow);
  // Denominators that share no factor multiply up.
  const Exact tiny = Exact::ratio(1, kMax);
  CHECK_THROWS_AS(tiny + Exact::ratio(1, kMax - 1), ExactOverflow);
}

TEST_CASE("floor and ceil round towards and away from zero", "[exact]") {
  CHECK(fraction(40'000, 3).floor() == 13'333);
  CHECK(fraction(40'000, 3).ceil() == 13'334);
  CHECK(Exact(7).floor() == 7);
  CHECK(Exact(7).ceil() == 7);
  CHECK(Exact().ceil() == 0);
}

TEST_CASE("comparisons are exact, even where cross products would overflow", "[exact]") {
  CHECK(fraction(1, 3) < fraction(1, 2));
  CHECK_FALSE(fraction(1, 2) < fraction(1, 2));
  CHECK(fraction(1, 2) <= fraction(1, 2));
  CHECK(Exact(1240) > Exact(300));
  CHECK(fraction(2, 3) > fraction(3, 5));
  CHECK(Exact(3) > fraction(5, 2));
  CHECK(fraction(5, 2) < Exact(3));
  // (kMax - 1) / kMax < kMax / (kMax + 1) cannot be cross-multiplied in
  // 128 bits; the continued fractions still tell them apart.
  const Exact a = Exact::ratio(kMax - 2, kMax - 1);
  const Exact b = Exact::ratio(kMax - 1, kMax);
  CHECK(a < b);
  CHECK_FALSE(b < a);
  CHECK(b > a);
  CHECK(min(a, b) == a);
  CHECK(max(a, b) == b);
}

}  // namespace
}  // namespace hindsight
