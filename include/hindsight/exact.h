// Exact: a non-negative rational number for load arithmetic.
//
// A pre-mortem's verdict ("OVER LIMIT", "the quota runs out at 12:25")
// must not hinge on how a double rounds 1,080,000 per hour against 300 per
// second. Rates, request counts and times are therefore kept as fractions
// of 128-bit integers, reduced after every step. Inputs are bounded (counts
// up to 10^15, periods up to 100 years), so ordinary plans never come near
// the limit; an operation whose result would not fit throws
// ExactOverflow instead of wrapping, and comparisons never overflow at all.
#pragma once

#include <cstdint>
#include <stdexcept>

namespace hindsight {

class ExactOverflow : public std::overflow_error {
 public:
  ExactOverflow() : std::overflow_error("number too large to compute exactly") {}
};

class Exact {
 public:
  using Int = unsigned __int128;

  Exact() = default;  // zero
  // Implicit on purpose: a count of requests is an exact number.
  Exact(std::uint64_t whole) : numerator_(whole) {}

  // numerator / denominator, reduced; throws std::domain_error for a zero
  // denominator.
  static Exact ratio(Int numerator, Int denominator);

  Int numerator() const { return numerator_; }
  Int denominator() const { return denominator_; }
  bool is_zero() const { return numerator_ == 0; }

  // Rounded towards zero and away from it.
  Int floor() const { return numerator_ / denominator_; }
  Int ceil() const;

  // Throw ExactOverflow when the result does not fit; `-` throws
  // std::domain_error when the result would be negative, and `/` when
  // dividing by zero.
  friend Exact operator+(const Exact& a, const Exact& b);
  friend Exact operator-(const Exact& a, const Exact& b);
  friend Exact operator*(const Exact& a, const Exact& b);
  friend Exact operator/(const Exact& a, const Exact& b);

  // Exact for any two values, without overflow.
  friend bool operator<(const Exact& a, const Exact& b);
  friend bool operator==(const Exact& a, const Exact& b) {
    return a.numerator_ == b.numerator_ && a.denominator_ == b.denominator_;
  }
  friend bool operator!=(const Exact& a, const Exact& b) { return !(a == b); }
  friend bool operator>(const Exact& a, const Exact& b) { return b < a; }
  friend bool operator<=(const Exact& a, const Exact& b) { return !(b < a); }
  friend bool operator>=(const Exact& a, const Exact& b) { return !(a < b); }

 private:
  Int numerator_ = 0;
  Int denominator_ = 1;
};

inline Exact min(const Exact& a, const Exact& b) { return b < a ? b : a; }
inline Exact max(const Exact& a, const Exact& b) { return a < b ? b : a; }

}  // namespace hindsight
