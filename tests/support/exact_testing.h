// Shows Exact values in Catch2 failure messages ("1240/3"), and builds them
// from small fractions.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "hindsight/exact.h"

namespace hindsight::test {

inline std::string int_text(Exact::Int value) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  } while (value != 0);
  return digits;
}

inline Exact fraction(std::uint64_t numerator, std::uint64_t denominator) {
  return Exact::ratio(numerator, denominator);
}

}  // namespace hindsight::test

namespace Catch {
template <>
struct StringMaker<hindsight::Exact> {
  static std::string convert(const hindsight::Exact& value) {
    std::string text = hindsight::test::int_text(value.numerator());
    if (value.denominator() != 1) text += "/" + hindsight::test::int_text(value.denominator());
    return text;
  }
};
}  // namespace Catch
