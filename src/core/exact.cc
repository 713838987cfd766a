// Exact rational arithmetic (see hindsight/exact.h).
#include "hindsight/exact.h"

#include <limits>

namespace hindsight {
namespace {

using Int = Exact::Int;

constexpr Int kMax = std::numeric_limits<Int>::max();

Int gcd(Int a, Int b) {
  while (b != 0) {
    const Int rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

Int checked_multiply(Int a, Int b) {
  if (a != 0 && b > kMax / a) throw ExactOverflow();
  return a * b;
}

Int checked_add(Int a, Int b) {
  if (a > kMax - b) throw ExactOverflow();
  return a + b;
}

}  // namespace

Exact Exact::ratio(Int numerator, Int denominator) {
  if (denominator == 0) throw std::domain_error("division by zero");
  Exact result;
  const Int common = numerator == 0 ? denominator : gcd(numerator, denominator);
  result.numerator_ = numerator / common;
  result.denominator_ = denominator / common;
  return result;
}

Exact::Int Exact::ceil() const {
  return numerator_ / denominator_ + (numerator_ % denominator_ != 0 ? 1 : 0);
}

Exact operator+(const Exact& a, const Exact& b) {
  const Int common = gcd(a.denominator_, b.denominator_);
  const Int denominator = checked_multiply(a.denominator_ / common, b.denominator_);
  const Int numerator = checked_add(checked_multiply(a.numerator_, b.denominator_ / common),
                                    checked_multiply(b.numerator_, a.denominator_ / common));
  return Exact::ratio(numerator, denominator);
}

Exact operator-(const Exact& a, const Exact& b) {
  if (a < b) throw std::domain_error("negative difference");
  const Int common = gcd(a.denominator_, b.denominator_);
  const Int denominator = checked_multiply(a.denominator_ / common, b.denominator_);
  const Int numerator = checked_multiply(a.numerator_, b.denominator_ / common) -
                        checked_multiply(b.numerator_, a.denominator_ / common);
  return Exact::ratio(numerator, denominator);
}

Exact operator*(const Exact& a, const Exact& b) {
  if (a.is_zero() || b.is_zero()) return Exact();
  // Cancelling across first keeps the products as small as they can be.
  const Int ad = gcd(a.numerator_, b.denominator_);
  const Int bc = gcd(b.numerator_, a.denominator_);
  return Exact::ratio(checked_multiply(a.numerator_ / ad, b.numerator_ / bc),
                      checked_multiply(a.denominator_ / bc, b.denominator_ / ad));
}

Exact operator/(const Exact& a, const Exact& b) {
  if (b.is_zero()) throw std::domain_error("division by zero");
  return a * Exact::ratio(b.denominator_, b.numerator_);
}

bool operator<(const Exact& a, const Exact& b) {
  // Compares a/b with c/d through their continued fractions: whole parts
  // first, then the reciprocals of the remainders, so nothing is ever
  // multiplied. ra/b < rc/d exactly when d/rc < b/ra.
  Int an = a.numerator_, ad = a.denominator_, bn = b.numerator_, bd = b.denominator_;
  bool flipped = false;
  while (true) {
    const Int a_whole = an / ad, b_whole = bn / bd;
    if (a_whole != b_whole) return (a_whole < b_whole) != flipped;
    const Int a_rest = an % ad, b_rest = bn % bd;
    if (a_rest == 0 || b_rest == 0) {
      if (a_rest == b_rest) return false;  // equal
      return (a_rest == 0) != flipped;     // the one without a rest is smaller
    }
    // a_rest/ad < b_rest/bd  <=>  ad/a_rest > bd/b_rest
    const Int next_an = ad, next_ad = a_rest, next_bn = bd, next_bd = b_rest;
    an = next_an;
    ad = next_ad;
    bn = next_bn;
    bd = next_bd;
    flipped = !flipped;
  }
}

}  // namespace hindsight
