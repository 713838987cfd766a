#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/load.h"

namespace hindsight {
namespace {

std::vector<RawNode> parse_with(const std::string& text, Diagnostics& diagnostics,
                                const InputLimits& limits, const std::string& path = "log.yaml") {
  std::vector<RawNode> documents;
  parse_documents(path, text, documents, diagnostics, limits);
  return documents;
}

std::vector<RawNode> parse(const std::string& text, Diagnostics& diagnostics,
                           const std::string& path = "log.yaml") {
  std::vector<RawNode> documents;
  parse_documents(path, text, documents, diagnostics);
  return documents;
}

TEST_CASE("documents keep 1-based positions of every node", "[load]") {
  Diagnostics diagnostics;
  auto documents = parse("events:\n  - time: 2026-03-04T10:00:00Z\n    kind: alert\n", diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  const RawNode* events = documents[0].find("events");
  REQUIRE(events);
  REQUIRE(events->is_sequence());
  const RawNode& event = events->items.at(0);
  CHECK(event.pos.line == 2);
  CHECK(event.pos.column == 5);
  const RawNode* kind = event.find("kind");
  REQUIRE(kind);
  CHECK(kind->scalar == "alert");
  CHECK(kind->pos.file == "log.yaml");
  CHECK(kind->pos.line == 3);
  CHECK(kind->pos.column == 11);
}

TEST_CASE("quoted scalars are told apart from plain ones", "[load]") {
  Diagnostics diagnostics;
  auto documents = parse("a: 1772611092\nb: \"1772611092\"\nc: '1'\nd: |\n  text\n", diagnostics);
  REQUIRE(documents.size() == 1);
  CHECK_FALSE(documents[0].find("a")->quoted);
  CHECK(documents[0].find("b")->quoted);
  CHECK(documents[0].find("c")->quoted);
  CHECK(documents[0].find("d")->quoted);
}

TEST_CASE("empty values and ~ are null nodes", "[load]") {
  Diagnostics diagnostics;
  auto documents = parse("a:\nb: ~\nc: null\nd: ''\n", diagnostics);
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].find("a")->is_null());
  CHECK(documents[0].find("b")->is_null());
  CHECK(documents[0].find("c")->is_null());
  CHECK(documents[0].find("d")->is_scalar());
}

TEST_CASE("a multi-document stream gives one node per document", "[load]") {
  Diagnostics diagnostics;
  auto documents = parse("---\ntitle: a\n---\ntitle: b\n---\n- title: c\n", diagnostics);
  REQUIRE(documents.size() == 3);
  CHECK(documents[0].find("title")->scalar == "a");
  CHECK(documents[1].find("title")->pos.line == 4);
  CHECK(documents[2].is_sequence());
}

TEST_CASE("aliases are expanded as copies of the anchored node", "[load]") {
  Diagnostics diagnostics;
  auto documents = parse("base: &b {service: api}\ncopy: *b\n", diagnostics);
  REQUIRE(documents.size() == 1);
  const RawNode* copy = documents[0].find("copy");
  REQUIRE(copy);
  REQUIRE(copy->is_map());
  CHECK(copy->find("service")->scalar == "api");
}

TEST_CASE("an alias bomb ends in an error, not in memory exhaustion", "[load]") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) text += (j ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  Diagnostics diagnostics;
  parse(text, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message == "aliases expand to more than 1000000 nodes");
}

TEST_CASE("malformed YAML reports the parser's line and column", "[load]") {
  Diagnostics diagnostics;
  std::vector<RawNode> documents;
  CHECK_FALSE(parse_documents("bad.yaml", "events: [1, 2\n", documents, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "bad.yaml:2:1: error: malformed YAML: end of sequence flow not found");
}

TEST_CASE("tab indentation is named as such", "[load]") {
  Diagnostics diagnostics;
  parse("events:\n\t- time: 1\n", diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "log.yaml:2:1: error: tab character in indentation\n"
        "  hint: YAML indents with spaces only; replace the tabs with spaces");
}

TEST_CASE("JSON is read, tabs and all", "[load]") {
  Diagnostics diagnostics;
  auto documents =
      parse("{\n\t\"events\": [\n\t\t{\"kind\": \"alert\"}\n\t]\n}\n", diagnostics, "log.json");
  REQUIRE(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].find("events")->items.at(0).find("kind")->scalar == "alert");
}

TEST_CASE("deep nesting is an error, not a stack overflow", "[load]") {
  Diagnostics diagnostics;
  parse(std::string(100000, '[') + std::string(100000, ']'), diagnostics);
  REQUIRE(diagnostics.has_errors());
}

TEST_CASE("deep nesting is reported where it gets too deep, not at the end or at 1:1",
          "[load][limits]") {
  // Flow: the parser's own mark would be the end of the input.
  Diagnostics flow;
  parse("events:\n  - labels: " + std::string(1000, '[') + std::string(1000, ']') + "\n", flow);
  REQUIRE(flow.error_count() == 1);
  const Diagnostic& problem = flow.all()[0];
  CHECK(problem.pos.line == 2);
  // Three maps and lists open before the brackets (the document's map, the
  // list, the event), so the 98th bracket is the 101st level.
  CHECK(problem.pos.column == 13 + 97);
  CHECK(problem.message == "nested deeper than 100 levels of maps and lists");
  CHECK_THAT(problem.hint, Catch::Contains("--max-depth N (at most 400)"));

  // Blocks: every level on its own line.
  std::string block;
  for (int level = 0; level < 700; ++level) block += std::string(2 * level, ' ') + "- \n";
  Diagnostics blocks;
  parse(block, blocks);
  REQUIRE(blocks.error_count() == 1);
  CHECK(blocks.all()[0].pos.line == 101);
  CHECK(blocks.all()[0].pos.column == 2 * 100 + 1);
}

TEST_CASE("the depth limit can be raised up to the parsers' own guards", "[load][limits]") {
  InputLimits limits;
  limits.max_depth = kDeepestDepthLimit;
  for (const char* path : {"deep.yaml", "deep.json"}) {
    Diagnostics fits;
    std::vector<RawNode> documents;
    const std::string nested = std::string(399, '[') + std::string(399, ']');
    CHECK(parse_documents(path, nested, documents, fits, limits));
    CHECK(fits.empty());
    Diagnostics deeper;
    const std::string too_deep = std::string(401, '[') + std::string(401, ']');
    CHECK_FALSE(parse_documents(path, too_deep, documents, deeper, limits));
    REQUIRE(deeper.error_count() == 1);
    CHECK(deeper.all()[0].message == "nested deeper than 400 levels of maps and lists");
    CHECK(deeper.all()[0].pos.column == 401);
  }
}

TEST_CASE("documents, values and aliases have limits that name their flags",
          "[load][limits]") {
  InputLimits limits;
  limits.max_documents = 3;
  limits.max_value_bytes = 10;
  limits.max_alias_nodes = 20;

  Diagnostics documents;
  parse_with("a: 1\n---\nb: 2\n---\nc: 3\n---\nd: 4\n", documents, limits);
  REQUIRE(documents.error_count() == 1);
  CHECK(documents.all()[0].message == "more than 3 documents in one file");
  CHECK(documents.all()[0].pos.line == 6);
  CHECK_THAT(documents.all()[0].hint, Catch::Contains("--max-documents N"));

  for (const char* path : {"long.yaml", "long.json"}) {
    Diagnostics value;
    parse_with("{\"title\": \"0123456789\", \"note\": \"0123456789A\"}", value, limits, path);
    REQUIRE(value.error_count() == 1);
    CHECK(value.all()[0].message == "a value of 11 bytes, more than the 10 allowed");
    CHECK(value.all()[0].pos.column == 33);
    CHECK_THAT(value.all()[0].hint, Catch::Contains("--max-value-size SIZE"));
  }

  Diagnostics aliases;
  parse_with("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a, *a]\n", aliases, limits);
  REQUIRE(aliases.error_count() == 1);
  CHECK(aliases.all()[0].message == "aliases expand to more than 20 nodes");
  CHECK(aliases.all()[0].pos.line == 2);
  CHECK(aliases.all()[0].pos.column == 13);
  CHECK_THAT(aliases.all()[0].hint, Catch::Contains("--max-alias-nodes N"));
}

TEST_CASE("a parser stuck at one place is an error there, not a million empty documents",
          "[load][limits]") {
  // Found by fuzzing: on this input yaml-cpp reports empty documents at
  // line 4, column 6 without ever reading on; without a check it would only
  // end at the document limit (and, without that, never).
  std::ifstream in(std::string(HINDSIGHT_SOURCE_DIR) +
                   "/tests/fuzz/corpus/load/regression-parser-stuck.json");
  std::stringstream text;
  text << in.rdbuf();
  REQUIRE(!text.str().empty());
  Diagnostics diagnostics;
  parse(text.str(), diagnostics, "stuck.json");
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message == "malformed YAML: the parser cannot read past this point");
  CHECK(diagnostics.all()[0].pos.line == 4);
  CHECK(diagnostics.all()[0].pos.column == 6);
}

}  // namespace
}  // namespace hindsight
