#include <catch2/catch.hpp>

#include "hindsight/load.h"

namespace hindsight {
namespace {

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
          "[load]") {
  // Flow: the parser's own mark is the end of the input.
  Diagnostics flow;
  parse("events:\n  - labels: " + std::string(1000, '[') + std::string(1000, ']') + "\n", flow);
  REQUIRE(flow.error_count() == 1);
  const Diagnostic& problem = flow.all()[0];
  CHECK(problem.pos.line == 2);
  // Three nodes before the brackets (the map, the list, the event), so the
  // innermost open bracket is the 496th, at column 13 + 495.
  CHECK(problem.pos.column == 13 + 495);
  CHECK_THAT(problem.message,
             Catch::StartsWith("YAML nesting is too deep: 499 maps and lists are open here"));

  // Blocks: every level on its own line.
  std::string block;
  for (int level = 0; level < 700; ++level) block += std::string(2 * level, ' ') + "- \n";
  Diagnostics blocks;
  parse(block, blocks);
  REQUIRE(blocks.error_count() == 1);
  CHECK(blocks.all()[0].pos.line == 499);
  CHECK(blocks.all()[0].pos.column == 2 * 498 + 1);
}

}  // namespace
}  // namespace hindsight
