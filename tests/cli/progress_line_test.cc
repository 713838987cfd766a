// The progress line: its wording, and that it stays away from anything but
// a terminal and from runs shorter than a second.
#include <sstream>

#include <catch2/catch.hpp>

#include "cli/progress_line.h"

namespace hindsight::cli {

TEST_CASE("progress text: files, events and the rate") {
  CHECK(progress_text({12, 100, 120000}, std::chrono::seconds(8)) ==
        "12/100 files, 120000 events, 15000 events/s");
  CHECK(progress_text({0, 3, 0}, std::chrono::seconds(0)) == "0/3 files, 0 events, 0 events/s");
}

TEST_CASE("progress line: never on a stream that is not the terminal") {
  std::ostringstream err;
  CHECK_FALSE(ProgressLine::is_terminal(err));
  ProgressLine disabled(nullptr);
  CHECK_FALSE(disabled.callback());
}

TEST_CASE("progress line: nothing in the first second, nothing left behind") {
  std::ostringstream err;
  {
    ProgressLine progress(&err);
    const auto update = progress.callback();
    REQUIRE(update);
    update({1, 2, 10});
    update({2, 2, 20});
  }
  CHECK(err.str().empty());
}

}  // namespace hindsight::cli
