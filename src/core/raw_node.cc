#include "hindsight/raw_node.h"

namespace hindsight {

const RawNode* RawNode::find(std::string_view key) const {
  if (type != Type::map) return nullptr;
  for (const auto& [k, v] : entries) {
    if (k.is_scalar() && k.scalar == key) return &v;
  }
  return nullptr;
}

const char* describe(RawNode::Type type) {
  switch (type) {
    case RawNode::Type::null:
      return "an empty value";
    case RawNode::Type::scalar:
      return "a single value";
    case RawNode::Type::sequence:
      return "a list";
    case RawNode::Type::map:
      return "a map";
  }
  return "a value";
}

}  // namespace hindsight
