#include <catch2/catch.hpp>

#include "render/markdown.h"

namespace hindsight {
namespace {

TEST_CASE("inline text escapes Markdown and HTML", "[render][markdown]") {
  CHECK(markdown::escape_inline("plain text, 42.") == "plain text, 42.");
  CHECK(markdown::escape_inline("a|b `code` *em* _u_ [x](y) ~s~ #1 !") ==
        "a\\|b \\`code\\` \\*em\\* \\_u\\_ \\[x\\](y) \\~s\\~ \\#1 \\!");
  CHECK(markdown::escape_inline("<script>&amp;</script>") ==
        "&lt;script&gt;&amp;amp;&lt;/script&gt;");
  CHECK(markdown::escape_inline("back\\slash") == "back\\\\slash");
  CHECK(markdown::escape_inline("two\nlines\r\nthree") == "two lines three");
}

TEST_CASE("table cells keep line breaks inside the cell", "[render][markdown]") {
  CHECK(markdown::escape_cell("one\ntwo|three") == "one<br>two\\|three");
  CHECK(markdown::escape_cell("crlf\r\nend") == "crlf<br>end");
}

TEST_CASE("links are only made for http(s) and mailto", "[render][markdown]") {
  CHECK(markdown::link("run 42", "https://example.invalid/runs/42") ==
        "[run 42](https://example.invalid/runs/42)");
  CHECK(markdown::link("mail", "MAILTO:oncall@example.invalid") ==
        "[mail](MAILTO:oncall@example.invalid)");
  CHECK(markdown::link("x", "javascript:alert(1)") == "javascript:alert(1)");
  CHECK(markdown::link("x", "https://a.invalid/) [evil](https://b") ==
        "https://a.invalid/) \\[evil\\](https://b");
  CHECK(markdown::link("x", "").empty());
}

}  // namespace
}  // namespace hindsight
