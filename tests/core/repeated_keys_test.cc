// RepeatedKeys: a key's first earlier occurrence in its map, small or wide.
#include <catch2/catch.hpp>

#include <string>

#include "hindsight/repeated_keys.h"

namespace hindsight {
namespace {

RawNode scalar(const std::string& text, int line) {
  RawNode node;
  node.type = RawNode::Type::scalar;
  node.scalar = text;
  node.pos = SourcePos{"log.yaml", line, 1};
  return node;
}

RawNode map_of_keys(const std::vector<std::string>& keys) {
  RawNode map;
  map.type = RawNode::Type::map;
  int line = 1;
  for (const std::string& key : keys) {
    if (key == "[list]") {
      RawNode list;
      list.type = RawNode::Type::sequence;
      list.pos = SourcePos{"log.yaml", line++, 1};
      map.entries.emplace_back(std::move(list), RawNode{});
    } else {
      map.entries.emplace_back(scalar(key, line), scalar("value", line));
      ++line;
    }
  }
  return map;
}

// Both ways of finding repeats (scanning, indexing) answer alike.
void check_repeats(std::vector<std::string> keys) {
  const RawNode map = map_of_keys(keys);
  const RepeatedKeys repeated(map);
  CHECK(repeated.earlier(0) == nullptr);
  CHECK(repeated.earlier(1) == nullptr);
  CHECK(repeated.earlier(2) == nullptr);  // the list key is not a single value
  REQUIRE(repeated.earlier(3) != nullptr);
  CHECK(repeated.earlier(3)->pos.line == 1);  // "time" again: the first one
  REQUIRE(repeated.earlier(4) != nullptr);
  CHECK(repeated.earlier(4)->pos.line == 1);  // a third "time" names the first, too
  for (std::size_t i = 5; i + 1 < keys.size(); ++i) CHECK(repeated.earlier(i) == nullptr);
  REQUIRE(repeated.earlier(keys.size() - 1) != nullptr);
  CHECK(repeated.earlier(keys.size() - 1)->scalar == "kind");
}

}  // namespace

TEST_CASE("a repeated key names its first occurrence, in a small map", "[keys]") {
  check_repeats({"time", "kind", "[list]", "time", "time", "title", "kind"});
}

TEST_CASE("a repeated key names its first occurrence, in a wide map", "[keys]") {
  // Tens of thousands of keys: scanning every earlier key for each would be
  // hundreds of millions of comparisons; the index makes it one lookup each.
  std::vector<std::string> keys = {"time", "kind", "[list]", "time", "time"};
  for (int i = 0; i < 50000; ++i) keys.push_back("label-" + std::to_string(i));
  keys.push_back("kind");
  check_repeats(keys);
}

}  // namespace hindsight
