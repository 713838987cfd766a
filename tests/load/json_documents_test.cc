// The JSON path builds exactly the tree the YAML path builds for the same
// text, and leaves to YAML everything that is not one plain JSON document.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "hindsight/load.h"
#include "load/json_documents.h"

namespace hindsight {
namespace {

namespace fs = std::filesystem;

// Through yaml-cpp, whatever the name says.
std::vector<RawNode> as_yaml(const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("same.yaml", text, documents, diagnostics));
  return documents;
}

std::vector<RawNode> as_json(const std::string& text) {
  std::vector<RawNode> documents;
  REQUIRE(parse_plain_json("same.yaml", text, InputLimits(), documents));
  return documents;
}

// Walks both trees; the first difference is reported with its position.
void require_same(const RawNode& json, const RawNode& yaml) {
  INFO("at YAML's line " << yaml.pos.line << ", column " << yaml.pos.column);
  REQUIRE(describe(json.type) == describe(yaml.type));
  REQUIRE(json.pos.line == yaml.pos.line);
  REQUIRE(json.pos.column == yaml.pos.column);
  REQUIRE(json.scalar == yaml.scalar);
  REQUIRE(json.quoted == yaml.quoted);
  REQUIRE(json.items.size() == yaml.items.size());
  for (std::size_t i = 0; i < json.items.size(); ++i) require_same(json.items[i], yaml.items[i]);
  REQUIRE(json.entries.size() == yaml.entries.size());
  for (std::size_t i = 0; i < json.entries.size(); ++i) {
    require_same(json.entries[i].first, yaml.entries[i].first);
    require_same(json.entries[i].second, yaml.entries[i].second);
  }
}

void require_same_tree(const std::string& text) {
  const std::vector<RawNode> json = as_json(text);
  const std::vector<RawNode> yaml = as_yaml(text);
  REQUIRE(json.size() == 1);
  REQUIRE(yaml.size() == 1);
  require_same(json[0], yaml[0]);
}

TEST_CASE("json path: every JSON fixture and example gives the YAML path's tree", "[load][json]") {
  const fs::path root(HINDSIGHT_SOURCE_DIR);
  std::size_t compared = 0;
  for (const char* folder : {"examples", "tests/adapters/fixtures", "tests/e2e/fixtures"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      if (entry.path().extension() != ".json") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      INFO(entry.path().string());
      require_same_tree(text);
      ++compared;
    }
  }
  CHECK(compared >= 40);
}

TEST_CASE("json path: scalars, escapes, unicode and positions", "[load][json]") {
  require_same_tree(R"({"a": 1, "b": -2.5e3, "c": true, "d": false, "e": null,
  "f": "quoted \"text\" \\ \/ \b\f\n\r\t \u00e9",
  "g": [], "h": {}, "i": [1, [2, {"j": "k"}]],
  "ünï": "Größe ✓", "l": "1772611092", "m": 1772611092})");
  require_same_tree("[\n\t{\"tabs\": \"indent\"},\r\n  {\"crlf\": 1}\r\n]\r\n");
  require_same_tree("[{\"a\": 1, \"a\": 2}]");  // repeated keys are kept, as YAML keeps them
}

TEST_CASE("json path: escaped characters beyond U+FFFF are read", "[load][json]") {
  // Python's json.dumps writes emoji as surrogate pairs; yaml-cpp rejects
  // them ("invalid unicode"), so such exports could not be read before.
  Diagnostics diagnostics;
  std::vector<RawNode> documents;
  REQUIRE(parse_documents("x.json", R"({"title": "fire \ud83d\udd25"})", documents, diagnostics));
  CHECK(diagnostics.empty());
  CHECK(documents.at(0).find("title")->scalar == "fire \xF0\x9F\x94\xA5");
}

TEST_CASE("json path: what is not one plain JSON document is left to YAML", "[load][json]") {
  const char* not_plain[] = {
      "{\"a\": 1}\n{\"a\": 2}\n",  // JSON Lines
      "{\"a\": 1,}",                // a trailing comma
      "{\"a\": tru}",               // a misspelt literal
      "{\"a\": 01}",                // a leading zero
      "{\"a\": \"\xFF\"}",          // not UTF-8
      "\"just text\"",              // a bare scalar
      "42",
      "{\"a\": 1",                  // unclosed
      "events:\n  - time: x\n",     // YAML in a .json file
  };
  for (const char* text : not_plain) {
    INFO(text);
    std::vector<RawNode> documents;
    CHECK_FALSE(parse_plain_json("x.json", text, InputLimits(), documents));
    CHECK(documents.empty());
  }
}

TEST_CASE("json path: a .json file YAML can still read is read", "[load][json]") {
  Diagnostics diagnostics;
  std::vector<RawNode> documents;
  REQUIRE(parse_documents("trailing-comma.json", "{\"a\": [1, 2,]}", documents, diagnostics));
  CHECK(diagnostics.empty());
  REQUIRE(documents.size() == 1);
  CHECK(documents[0].find("a")->items.size() == 2);
}

TEST_CASE("json path: malformed JSON gets the YAML parser's diagnostic", "[load][json]") {
  Diagnostics diagnostics;
  std::vector<RawNode> documents;
  CHECK_FALSE(parse_documents("bad.json", "{\"a\": [1, 2}", documents, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].pos.file == "bad.json");
  CHECK(diagnostics.all()[0].message.rfind("malformed YAML", 0) == 0);
}

TEST_CASE("json path: deep nesting is YAML's to judge, and its error", "[load][json]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::vector<RawNode> documents;
  CHECK_FALSE(parse_plain_json("deep.json", deep, InputLimits(), documents));
  Diagnostics diagnostics;
  CHECK_FALSE(parse_documents("deep.json", deep, documents, diagnostics));
  CHECK(diagnostics.has_errors());
}

}  // namespace
}  // namespace hindsight
