// ASCII case folding: only A-Z change, so UTF-8 text is never broken.
#include <catch2/catch.hpp>

#include "core/ascii.h"

namespace hindsight {

TEST_CASE("ascii_lowercase folds A-Z and leaves every other byte") {
  CHECK(ascii_lowercase("Critical WARNING_x-9") == "critical warning_x-9");
  CHECK(ascii_lowercase("ÄÖ Ängel") == "ÄÖ Ängel");  // multi-byte letters as they are
  CHECK(ascii_lowercase(std::string("A\0B\xff", 4)) == std::string("a\0b\xff", 4));
  static_assert(ascii_lower('Z') == 'z' && ascii_lower('[') == '[' && ascii_lower('@') == '@');
}

}  // namespace hindsight
