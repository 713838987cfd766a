#include <catch2/catch.hpp>

#include "hindsight/edit_distance.h"

namespace hindsight {
namespace {

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[core]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("title", "titel") == 1);  // a swap of neighbours is one edit
  CHECK(edit_distance("ca", "abc") == 3);       // optimal string alignment, not Damerau
  CHECK(edit_distance("service", "service") == 0);
}

TEST_CASE("closest match only suggests plausible typos", "[core]") {
  const std::vector<std::string_view> keys = {"time", "end", "kind", "title", "service"};
  CHECK(closest_match("titel", keys) == "title");
  CHECK(closest_match("servce", keys) == "service");
  CHECK(closest_match("knd", keys) == "kind");
  CHECK(closest_match("severity", keys).empty());
  CHECK(closest_match("x", {"y"}) == "y");  // one edit is always allowed
}

}  // namespace
}  // namespace hindsight
