// ChunkedBuffer: everything written arrives, in order, in chunks.
#include <sstream>

#include <catch2/catch.hpp>

#include "cli/buffered_output.h"

namespace hindsight::cli {

TEST_CASE("chunked output passes every byte through, in order") {
  std::ostringstream target;
  std::string expected;
  {
    ChunkedBuffer chunks(target, 7);
    std::ostream out(&chunks);
    for (int i = 0; i < 100; ++i) {
      const std::string line = "line " + std::to_string(i) + " with | and \xc3\xa4\n";
      out << line;
      expected += line;
    }
    out.put('x');
    expected += 'x';
    // Nothing beyond whole chunks is written before a flush.
    CHECK(target.str().size() % 7 == 0);
    out.flush();
    CHECK(target.str() == expected);
  }
  CHECK(target.str() == expected);
}

}  // namespace hindsight::cli
