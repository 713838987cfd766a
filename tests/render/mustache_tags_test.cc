// Reading the tags of a Mustache template: every kind of tag, positions,
// delimiter changes, and templates that cannot be read.
#include <catch2/catch.hpp>

#include "render/mustache_tags.h"

namespace hindsight::render_detail {
namespace {

using Type = MustacheTag::Type;

std::vector<MustacheTag> tags_of(std::string_view text, Diagnostics& diagnostics) {
  return read_mustache_tags(text, "t.mustache", diagnostics);
}

std::string describe(const MustacheTag& tag) {
  const char* type = tag.type == Type::variable  ? "var"
                     : tag.type == Type::section  ? "section"
                     : tag.type == Type::inverted ? "inverted"
                     : tag.type == Type::close    ? "close"
                                                  : "partial";
  return std::string(type) + " " + tag.name + " @" + std::to_string(tag.pos.line) + ":" +
         std::to_string(tag.pos.column);
}

std::vector<std::string> described(std::string_view text) {
  Diagnostics diagnostics;
  std::vector<std::string> out;
  for (const MustacheTag& tag : tags_of(text, diagnostics)) out.push_back(describe(tag));
  REQUIRE(diagnostics.empty());
  return out;
}

}  // namespace

TEST_CASE("mustache tags: every kind, with its line and column", "[template]") {
  CHECK(described("# {{ incident.title }}\n{{#events}}\n  {{{title}}} {{&kind}}\n{{/events}}\n"
                  "{{^has_events}}none{{/has_events}}{{>partial}}") ==
        std::vector<std::string>{"var incident.title @1:3", "section events @2:1",
                                 "var title @3:3", "var kind @3:15", "close events @4:1",
                                 "inverted has_events @5:1", "close has_events @5:20",
                                 "partial partial @5:35"});
}

TEST_CASE("mustache tags: comments are left out, even across lines", "[template]") {
  CHECK(described("{{! a comment\n  over {lines} }}\n{{x}}") ==
        std::vector<std::string>{"var x @3:1"});
}

TEST_CASE("mustache tags: delimiter changes apply to the tags after them", "[template]") {
  CHECK(described("{{a}} {{=<% %>=}} <%b%> {{not a tag}} <%#c%><%/c%> <%={{ }}=%> {{d}}") ==
        std::vector<std::string>{"var a @1:1", "var b @1:19", "section c @1:39", "close c @1:45",
                                 "var d @1:64"});
}

TEST_CASE("mustache tags: a tag never closed is an error where it opens", "[template]") {
  Diagnostics diagnostics;
  tags_of("line one\n  {{#events}}\n{{title\n", diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]).rfind(
            "t.mustache:3:1: error: `{{` is never closed with `}}`", 0) == 0);
}

TEST_CASE("mustache tags: an open triple mustache needs its third brace", "[template]") {
  Diagnostics diagnostics;
  tags_of("{{{title}}", diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message == "`{{` is never closed with `}}}`");
}

TEST_CASE("mustache tags: empty names and malformed delimiters are errors", "[template]") {
  Diagnostics diagnostics;
  tags_of("{{ }} {{#}}", diagnostics);
  CHECK(diagnostics.error_count() == 2);
  Diagnostics delimiters;
  tags_of("ok\n{{=<%%>=}}", delimiters);
  REQUIRE(delimiters.error_count() == 1);
  CHECK(delimiters.all()[0].pos.line == 2);
  CHECK(delimiters.all()[0].message == "malformed delimiter change");
}

}  // namespace hindsight::render_detail
