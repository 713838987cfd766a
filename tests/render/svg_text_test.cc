// SVG text: markup characters as entities, control characters as spaces,
// invalid UTF-8 as U+FFFD, so the picture is always well-formed XML.
#include <catch2/catch.hpp>

#include "render/svg_text.h"

namespace hindsight {
namespace {

TEST_CASE("svg text: markup is inert", "[svg]") {
  CHECK(svg::escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(svg::escape("]]><![CDATA[") == "]]&gt;&lt;![CDATA[");
}

TEST_CASE("svg text: control characters become spaces", "[svg]") {
  CHECK(svg::escape(std::string("a\0b\x01" "c\nd\te\x7f", 10)) == "a b c d e ");
}

TEST_CASE("svg text: valid UTF-8 is kept, invalid bytes replaced", "[svg]") {
  CHECK(svg::escape("Grafiikka 📈 日本 ümlaut") == "Grafiikka 📈 日本 ümlaut");
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(svg::escape("a\xFF" "b") == "a" + replacement + "b");
  CHECK(svg::escape("\xC3") == replacement);                                 // truncated
  CHECK(svg::escape("\xC0\xAF") == replacement + replacement);               // overlong
  CHECK(svg::escape("\xED\xA0\x80") == replacement + replacement + replacement);  // surrogate
  CHECK(svg::escape("\xF4\x90\x80\x80") ==
        replacement + replacement + replacement + replacement);  // past U+10FFFF
  CHECK(svg::escape("caf\xE9") == "caf" + replacement);              // Latin-1
}

}  // namespace
}  // namespace hindsight
