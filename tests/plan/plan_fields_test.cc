// The numbers of a plan: counts, periods and rates in their text forms.
#include <catch2/catch.hpp>

#include "plan/plan_fields.h"

namespace hindsight::plan_detail {
namespace {

std::optional<std::uint64_t> count(std::string_view text) {
  std::string error;
  return parse_count(text, error);
}

std::string count_error(std::string_view text) {
  std::string error;
  CHECK_FALSE(parse_count(text, error));
  return error;
}

std::optional<std::int64_t> period(std::string_view text) {
  std::string error;
  return parse_period(text, error);
}

std::string period_error(std::string_view text) {
  std::string error;
  CHECK_FALSE(parse_period(text, error));
  return error;
}

std::string rate_error(std::string_view text) {
  std::string error;
  CHECK_FALSE(parse_rate(text, error));
  return error;
}

bool rate_is(std::string_view text, std::uint64_t requests, std::int64_t per_seconds) {
  std::string error;
  const std::optional<Rate> rate = parse_rate(text, error);
  return rate && rate->requests == requests && rate->per_seconds == per_seconds;
}

TEST_CASE("counts are whole numbers with optional underscores", "[plan]") {
  CHECK(count("0") == 0u);
  CHECK(count("1200") == 1200u);
  CHECK(count("1_080_000") == 1'080'000u);
  CHECK(count("1000000000000000") == kMaxPlanCount);
}

TEST_CASE("bad counts say what is wrong with them", "[plan]") {
  CHECK(count_error("") == "is empty");
  CHECK(count_error("-5") == "\"-5\" is negative");
  CHECK(count_error("1.5") == "\"1.5\" is not a whole number");
  CHECK(count_error("1e6") == "\"1e6\" is not a whole number");
  CHECK(count_error("12k") == "\"12k\" is not a number");
  CHECK(count_error("many") == "\"many\" is not a number");
  CHECK(count_error("_1") == "\"_1\" is not a number");
  CHECK(count_error("1__0") == "\"1__0\" is not a number");
  CHECK(count_error("1_") == "\"1_\" is not a number");
  CHECK(count_error("1,000") == "\"1,000\" is not a number");
  CHECK(count_error("1000000000000001") ==
        "\"1000000000000001\" is larger than 10^15, the largest count a plan may give");
  // Far beyond 64 bits: refused before it can wrap.
  CHECK(count_error("99999999999999999999999999") ==
        "\"99999999999999999999999999\" is larger than 10^15, the largest count a plan may give");
}

TEST_CASE("periods are durations or bare units, in whole seconds", "[plan]") {
  CHECK(period("s") == 1);
  CHECK(period("second") == 1);
  CHECK(period("min") == 60);
  CHECK(period("m") == 60);
  CHECK(period("h") == 3600);
  CHECK(period("d") == 86'400);
  CHECK(period("24h") == 86'400);
  CHECK(period("100s") == 100);
  CHECK(period("1h30m") == 5400);
  CHECK(period(" 1h ") == 3600);
}

TEST_CASE("bad periods say what is wrong with them", "[plan]") {
  CHECK(period_error("fortnight") == "\"fortnight\" is not a duration");
  CHECK(period_error("1.5h") == "\"1.5h\" is not a duration");
  CHECK(period_error("0s") == "\"0s\" is no time at all; a period must be at least 1s");
  CHECK(period_error("250ms") == "\"250ms\" is not a whole number of seconds");
  CHECK(period_error("36501d") == "\"36501d\" is not a duration");
}

TEST_CASE("rates are a count, a slash and a period", "[plan]") {
  CHECK(rate_is("1200/s", 1200, 1));
  CHECK(rate_is("3_000/min", 3000, 60));
  CHECK(rate_is("1080000/1h", 1'080'000, 3600));
  CHECK(rate_is("200 / 100s", 200, 100));
  CHECK(rate_is("0/s", 0, 1));
}

TEST_CASE("bad rates say which part is wrong", "[plan]") {
  CHECK(rate_error("1200") == "\"1200\" has no period after a `/`");
  CHECK(rate_error("fast/s") == "the count \"fast\" is not a number");
  CHECK(rate_error("1.5/s") == "the count \"1.5\" is not a whole number");
  CHECK(rate_error("5/fortnight") == "the period \"fortnight\" is not a duration");
  CHECK(rate_error("5/") == "the period \"\" is not a duration");
  CHECK(rate_error("5/500ms") == "the period \"500ms\" is not a whole number of seconds");
}

}  // namespace
}  // namespace hindsight::plan_detail
