// Sanitizing and measuring untrusted text for terminal output.
#include <catch2/catch.hpp>

#include "render/terminal_text.h"

using hindsight::terminal::single_line;
using hindsight::terminal::width;

TEST_CASE("single_line leaves printable text alone", "[render][terminal]") {
  CHECK(single_line("") == "");
  CHECK(single_line("Backfill started") == "Backfill started");
  CHECK(single_line("Grafana: réseau 東京 ✓") == "Grafana: réseau 東京 ✓");
}

TEST_CASE("single_line turns each run of control characters into one space", "[render][terminal]") {
  CHECK(single_line("one\ntwo") == "one two");
  CHECK(single_line("one\r\ntwo") == "one two");
  CHECK(single_line("a\tb\n\n\tc") == "a b c");
  CHECK(single_line("trailing\n") == "trailing ");
  CHECK(single_line(std::string("nul\0byte", 8)) == "nul byte");
  CHECK(single_line("bell\a and del\x7f") == "bell  and del ");
}

TEST_CASE("single_line defuses terminal escape sequences", "[render][terminal]") {
  // ESC (C0) and CSI (C1, U+009B) both start escape sequences.
  CHECK(single_line("\x1b[31mred\x1b[0m") == " [31mred [0m");
  CHECK(single_line("\xc2\x9b"
                    "2J") == " 2J");
}

TEST_CASE("single_line replaces bytes that are not UTF-8", "[render][terminal]") {
  CHECK(single_line("bad \xff byte") == "bad \xEF\xBF\xBD byte");
  CHECK(single_line("cut \xe2\x82") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(single_line("overlong \xc0\xaf") == "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(single_line("surrogate \xed\xa0\x80") == "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("width counts code points, not bytes", "[render][terminal]") {
  CHECK(width("") == 0);
  CHECK(width("TIME") == 4);
  CHECK(width("T±") == 2);
  CHECK(width("réseau") == 6);
  CHECK(width("東京") == 2);
  CHECK(width("🔥 fire") == 6);
}
