// parse_byte_size: the sizes --max-file-size and --max-value-size take.
#include <catch2/catch.hpp>

#include <limits>

#include "cli/byte_size.h"

namespace hindsight::cli {

TEST_CASE("byte sizes with and without binary suffixes", "[cli][size]") {
  CHECK(parse_byte_size("500000") == std::size_t{500000});
  CHECK(parse_byte_size("64K") == std::size_t{64} << 10);
  CHECK(parse_byte_size("64k") == std::size_t{64} << 10);
  CHECK(parse_byte_size("512M") == std::size_t{512} << 20);
  CHECK(parse_byte_size("512MB") == std::size_t{512} << 20);
  CHECK(parse_byte_size("4G") == std::size_t{4} << 30);
  CHECK(parse_byte_size("4GiB") == std::size_t{4} << 30);
  CHECK(parse_byte_size("2T") == std::size_t{2} << 40);
}

TEST_CASE("byte sizes that are not sizes", "[cli][size]") {
  for (const char* bad : {"", "0", "0K", "-1", "1.5G", "G", "4X", "4GG", "4 G", "4Gibibytes",
                          "99999999999999999999", "18014398509481984K"}) {
    INFO(bad);
    CHECK_FALSE(parse_byte_size(bad).has_value());
  }
}

}  // namespace hindsight::cli
