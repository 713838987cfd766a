// JsonWriter writes what nlohmann's dump() writes for the same values, so
// that the timeline's bytes do not change with the writer behind them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "render/json_writer.h"

namespace hindsight::render_detail {
namespace {

using Json = nlohmann::ordered_json;

std::string nlohmann_text(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string written_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

TEST_CASE("json writer: strings are escaped as nlohmann escapes them", "[render][json]") {
  CHECK(written_string("plain") == "\"plain\"");
  CHECK(written_string("a\"b\\c/d") == "\"a\\\"b\\\\c/d\"");
  CHECK(written_string("\b\f\n\r\t") == "\"\\b\\f\\n\\r\\t\"");
  CHECK(written_string(std::string("\x00\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\x7f\"");
  CHECK(written_string("Größe ✓ 🔥") == "\"Größe ✓ 🔥\"");
  CHECK(written_string("bad \xFF byte") == "\"bad \xEF\xBF\xBD byte\"");
}

// Random bytes, biased towards the ones that need care: quotes, escapes,
// control characters, lead and continuation bytes of every length.
std::string hostile_bytes(std::mt19937& random) {
  static const unsigned char pool[] = {'a', ' ', '"', '\\', '\n', 0x00, 0x1F, 0x7F, 0x80,
                                       0xBF, 0xC0, 0xC2, 0xC3, 0xA9, 0xE0, 0xE2, 0x82, 0xAC,
                                       0xED, 0xA0, 0xF0, 0x9F, 0x94, 0xF4, 0x90, 0xF8, 0xFF};
  std::uniform_int_distribution<std::size_t> length(0, 12);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof pool - 1);
  std::string text(length(random), ' ');
  for (char& c : text) c = static_cast<char>(pool[pick(random)]);
  return text;
}

TEST_CASE("json writer: any bytes come out as nlohmann writes them", "[render][json]") {
  std::mt19937 random(20261128);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = hostile_bytes(random);
    INFO("expected " << nlohmann_text(Json(text), -1));
    REQUIRE(written_string(text) == nlohmann_text(Json(text), -1));
  }
}

TEST_CASE("json writer: objects and arrays, compact and indented", "[render][json]") {
  Json expected = Json::object();
  expected["name"] = "x";
  expected["none"] = nullptr;
  expected["count"] = -42;
  expected["empty object"] = Json::object();
  expected["empty list"] = Json::array();
  expected["list"] = Json::array({Json("a"), Json(nullptr), Json::object({{"k", 7}})});

  for (int indent : {-1, 0, 2, 4}) {
    std::string out;
    JsonWriter json(out, indent);
    json.begin_object();
    json.key("name");
    json.string("x");
    json.key("none");
    json.string_or_null("");
    json.key("count");
    json.number(-42);
    json.key("empty object");
    json.begin_object();
    json.end_object();
    json.key("empty list");
    json.begin_array();
    json.end_array();
    json.key("list");
    json.begin_array();
    json.string("a");
    json.null();
    json.begin_object();
    json.key("k");
    json.number(7);
    json.end_object();
    json.end_array();
    json.end_object();
    INFO("indent " << indent);
    CHECK(out == nlohmann_text(expected, indent));
  }
}

}  // namespace
}  // namespace hindsight::render_detail
