// RawNode: a parsed YAML/JSON document before it means anything.
//
// The load stage turns bytes into RawNodes; the normalize stage gives them
// meaning. Every node remembers where it was written, so that any later
// complaint about it can point at the exact line and column.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight {

struct RawNode {
  enum class Type { null, scalar, sequence, map };

  Type type = Type::null;
  SourcePos pos;
  // Scalars only: the text, and whether it was quoted. A quoted "1772611092"
  // is a string; a plain 1772611092 may be a number.
  std::string scalar;
  bool quoted = false;
  // Sequences only.
  std::vector<RawNode> items;
  // Maps only, in the order written.
  std::vector<std::pair<RawNode, RawNode>> entries;

  bool is_null() const { return type == Type::null; }
  bool is_scalar() const { return type == Type::scalar; }
  bool is_sequence() const { return type == Type::sequence; }
  bool is_map() const { return type == Type::map; }

  // Map lookup by scalar key; nullptr when absent or when this is not a map.
  const RawNode* find(std::string_view key) const;
};

// "a map", "a list", "a single value", "an empty value": for messages such as
// "expected a map, found a list".
const char* describe(RawNode::Type type);

}  // namespace hindsight
