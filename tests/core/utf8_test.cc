// Strict UTF-8 decoding: what is a character and what is a bad byte.
#include <catch2/catch.hpp>

#include "core/utf8.h"

namespace hindsight {
namespace {

TEST_CASE("utf8: one to four byte characters decode to their code points", "[utf8]") {
  CHECK(decode_utf8("A", 0).code_point == 0x41);
  CHECK(decode_utf8("A", 0).length == 1);
  CHECK(decode_utf8("\xC3\xA9", 0).code_point == 0xE9);  // é
  CHECK(decode_utf8("\xC3\xA9", 0).length == 2);
  CHECK(decode_utf8("\xE2\x82\xAC", 0).code_point == 0x20AC);  // €
  CHECK(decode_utf8("\xF0\x9F\x94\xA5", 0).code_point == 0x1F525);
  CHECK(decode_utf8("\xF4\x8F\xBF\xBF", 0).length == 4);  // U+10FFFF, the last
  CHECK(decode_utf8("x\xC3\xA9", 1).code_point == 0xE9);
}

TEST_CASE("utf8: malformed sequences are not characters", "[utf8]") {
  const char* bad[] = {
      "\xFF",              // never in UTF-8
      "\x80",              // a continuation byte on its own
      "\xC3",              // truncated
      "\xE2\x82",          // truncated
      "\xC3(",             // a lead byte without its continuation
      "\xC0\xAF",          // overlong '/'
      "\xE0\x80\xAF",      // overlong '/'
      "\xF0\x80\x80\xAF",  // overlong '/'
      "\xED\xA0\x80",      // a surrogate, U+D800
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "\xF8\x88\x80\x80\x80",
  };
  for (const char* text : bad) {
    INFO(text);
    CHECK(decode_utf8(text, 0).length == 0);
  }
}

TEST_CASE("utf8: shortening keeps whole characters and says it cut", "[utf8]") {
  CHECK(shorten_to_characters("short", 5) == "short");
  CHECK(shorten_to_characters("", 0) == "");
  CHECK(shorten_to_characters("longer", 5) == "longe\u2026");
  CHECK(shorten_to_characters("two words", 4) == "two\u2026");  // the space before the cut goes
  // Five characters of two bytes each: cut after three, at byte 6, never at byte 5.
  CHECK(shorten_to_characters("\u00e9\u00e9\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u00e9\u2026");
  CHECK(shorten_to_characters("\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u00e9");
  CHECK(shorten_to_characters("a\U0001F525b", 1) == "a\u2026");
  CHECK(shorten_to_characters("a\U0001F525b", 2) == "a\U0001F525\u2026");
}

}  // namespace
}  // namespace hindsight
