// What yaml-cpp lets through and the load stage does not: bytes that are
// not UTF-8, control characters, and a quoted value that never closes.
#include <catch2/catch.hpp>

#include "hindsight/load.h"
#include "load/text_checks.h"

namespace hindsight {
namespace {

// The one diagnostic of checking `text`; fails the test unless exactly one.
Diagnostic only_problem(std::string_view text) {
  Diagnostics diagnostics;
  CHECK_FALSE(check_text_encoding("log.yaml", text, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  return diagnostics.all()[0];
}

std::vector<RawNode> parse(const std::string& text, Diagnostics& diagnostics,
                           const std::string& path = "log.yaml") {
  std::vector<RawNode> documents;
  parse_documents(path, text, documents, diagnostics);
  return documents;
}

}  // namespace

TEST_CASE("UTF-8 text, tabs and both line ends pass", "[load][encoding]") {
  Diagnostics diagnostics;
  for (std::string_view text :
       {std::string_view("title: caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x94\xA5 \xE4\xB8\xAD\n"),
        std::string_view("\xEF\xBB\xBFtitle: with a byte order mark\n"),
        std::string_view("a:\tb\r\nc: d\r\n"), std::string_view("")}) {
    CHECK(check_text_encoding("log.yaml", text, diagnostics));
  }
  CHECK(diagnostics.empty());
}

TEST_CASE("a byte that is not UTF-8 is an error at its line, column and offset",
          "[load][encoding]") {
  struct Case {
    std::string_view text;
    int column;
    std::size_t offset;
    const char* byte;
  };
  for (const Case& bad : {
           Case{"a: 1\nb: x\xFFy\n", 5, 9, "0xFF"},                 // never in UTF-8
           Case{"a: 1\nb: caf\xE9 au lait\n", 7, 11, "0xE9"},      // Latin-1
           Case{"a: 1\nb: \xE2\x82\n", 4, 8, "0xE2"},              // truncated at the end
           Case{"a: 1\nb: \xE2\x82x\n", 4, 8, "0xE2"},             // truncated mid-line
           Case{"a: 1\nb: \xC0\xAF\n", 4, 8, "0xC0"},              // overlong '/'
           Case{"a: 1\nb: \xED\xA0\x80\n", 4, 8, "0xED"},          // a surrogate
           Case{"a: 1\nb: \xF4\x90\x80\x80\n", 4, 8, "0xF4"},      // past U+10FFFF
       }) {
    INFO(bad.byte);
    const Diagnostic problem = only_problem(bad.text);
    CHECK(problem.pos.line == 2);
    CHECK(problem.pos.column == bad.column);
    CHECK_THAT(problem.message, Catch::StartsWith(std::string("not UTF-8: byte ") + bad.byte +
                                                  " at byte " + std::to_string(bad.offset)));
    CHECK_THAT(problem.hint, Catch::Contains("iconv"));
  }
}

TEST_CASE("the first bad byte is reported with how many more follow", "[load][encoding]") {
  const Diagnostic problem = only_problem("a: \xE9t\xE9\nb: na\xEFve\n");
  CHECK(problem.pos.line == 1);
  CHECK(problem.pos.column == 4);
  CHECK_THAT(problem.message, Catch::EndsWith("; 2 more in this file"));
}

TEST_CASE("control characters YAML does not allow are errors", "[load][encoding]") {
  CHECK_THAT(only_problem(std::string_view("a: x\0y\n", 7)).message,
             Catch::StartsWith("control character U+0000 (NUL) at byte 4"));
  CHECK_THAT(only_problem("a: \x1B[31mred\n").message,
             Catch::StartsWith("control character U+001B (ESC) at byte 3"));
  CHECK_THAT(only_problem("a: x\x7F\n").message, Catch::StartsWith("control character U+007F"));
  const Diagnostic bell = only_problem("a: 1\n\nb: ring\x07\n");
  CHECK(bell.pos.line == 3);
  CHECK(bell.pos.column == 8);
  CHECK_THAT(bell.message, Catch::StartsWith("control character U+0007 at byte 13"));
}

TEST_CASE("UTF-16 and UTF-32 text is left to the parser, which decodes it", "[load][encoding]") {
  Diagnostics diagnostics;
  const std::string utf16le("\xFF\xFE" "a\0:\0 \0b\0\n\0", 12);
  CHECK(check_text_encoding("log.yaml", utf16le, diagnostics));
  auto documents = parse(utf16le, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].find("a")->scalar == "b");
}

TEST_CASE("a file that is not UTF-8 yields no documents, JSON or YAML", "[load][encoding]") {
  for (const char* path : {"log.yaml", "export.json"}) {
    Diagnostics diagnostics;
    CHECK(parse("{\"title\": \"caf\xE9\"}", diagnostics, path).empty());
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].pos.column == 15);
  }
}

TEST_CASE("where a quoted value closes", "[load][quotes]") {
  for (std::string_view closes : {
           std::string_view("\"closed\" rest"), std::string_view("\"a \\\" quote inside\""),
           std::string_view("\"ends in a backslash \\\\\""), std::string_view("'it''s closed'"),
           std::string_view("&anchor \"closed\""), std::string_view("!tag 'closed'"),
           std::string_view("|\n  a block \" with a quote\n"), std::string_view("plain")}) {
    INFO(closes);
    CHECK_FALSE(quote_never_closes(closes, 0));
  }
  for (std::string_view open :
       {std::string_view("\"open\n  - next: line\n"), std::string_view("\"escaped at the end \\\""),
        std::string_view("'it''s open"), std::string_view("&anchor \"open")}) {
    INFO(open);
    CHECK(quote_never_closes(open, 0));
  }
  CHECK(quote_never_closes("x: \"open", 3));
}

TEST_CASE("a quoted value that never closes is an error where it opens, not a lost event",
          "[load][quotes]") {
  const std::string text =
      "events:\n"
      "  - time: 2026-03-04T10:00:00Z\n"
      "    kind: alert\n"
      "    title: \"Checkout 5xx\n"
      "  - time: 2026-03-04T10:04:00Z\n"
      "    kind: ack\n";
  for (const std::string& prefix : {std::string(), std::string("\xEF\xBB\xBF")}) {
    Diagnostics diagnostics;
    parse(prefix + text, diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    const Diagnostic& problem = diagnostics.all()[0];
    CHECK(problem.pos.line == 4);
    CHECK(problem.pos.column == 12);
    CHECK_THAT(problem.message, Catch::StartsWith("this double-quoted value never closes"));
  }
  Diagnostics single;
  parse("a: 'fine'\nb: 'it''s open\nc: d\n", single);
  REQUIRE(single.error_count() == 1);
  CHECK(single.all()[0].pos.line == 2);
  CHECK_THAT(single.all()[0].message, Catch::StartsWith("this single-quoted value never closes"));
  // A JSON export cut off mid-string says so too, rather than "end of map flow not found".
  Diagnostics truncated;
  parse("{\"alerts\": [{\"title\": \"disk fu", truncated, "export.json");
  REQUIRE(truncated.error_count() == 1);
  CHECK(truncated.all()[0].pos.column == 23);
  CHECK_THAT(truncated.all()[0].message, Catch::Contains("never closes"));
  CHECK(unclosed_json_string("{\"a\": \"b\\\"c\"}") == std::string_view::npos);
  CHECK(unclosed_json_string("{\"a\": \"b\\\\\", \"c\": \"d") == 18);
}

TEST_CASE("quoted values that close, across lines and after anchors, are read as before",
          "[load][quotes]") {
  Diagnostics diagnostics;
  auto documents = parse(
      "a: \"two\n  lines\"\nb: &x 'it''s'\nc: *x\nd: \"\\\"q\\\"\"\ne: |\n  \"block\n", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].find("a")->scalar == "two lines");
  CHECK(documents[0].find("c")->scalar == "it's");
  CHECK(documents[0].find("d")->scalar == "\"q\"");
  CHECK(documents[0].find("e")->scalar == "\"block\n");
}

}  // namespace hindsight
