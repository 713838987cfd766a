// Markdown links: only safe URLs become clickable, and a link survives
// inside a table cell.
#include <catch2/catch.hpp>

#include "render/markdown.h"

namespace hindsight::markdown {
namespace {

TEST_CASE("link percent-encodes a pipe so it cannot end a table cell") {
  CHECK(link("runs", "https://example.invalid/q?a=1|2") ==
        "[runs](https://example.invalid/q?a=1%7C2)");
}

TEST_CASE("is_safe_url accepts web and mail links only") {
  CHECK(is_safe_url("https://example.invalid/x"));
  CHECK(is_safe_url("HTTP://example.invalid/x"));
  CHECK(is_safe_url("mailto:oncall@example.invalid"));
  CHECK_FALSE(is_safe_url("javascript:alert(1)"));
  CHECK_FALSE(is_safe_url("https://example.invalid/a b"));
  CHECK_FALSE(is_safe_url("https://example.invalid/a)b"));
  CHECK_FALSE(is_safe_url(""));
}

}  // namespace
}  // namespace hindsight::markdown
