// RepeatedKeys (see hindsight/repeated_keys.h).
#include "hindsight/repeated_keys.h"

namespace hindsight {

RepeatedKeys::RepeatedKeys(const RawNode& map) : map_(map) {
  if (map.entries.size() <= kScanUpTo) return;
  first_.reserve(map.entries.size());
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    const RawNode& key = map.entries[i].first;
    if (key.is_scalar()) first_.emplace(key.scalar, i);  // keeps the first
  }
}

const RawNode* RepeatedKeys::earlier(std::size_t index) const {
  const RawNode& key = map_.entries[index].first;
  if (!key.is_scalar()) return nullptr;
  if (map_.entries.size() <= kScanUpTo) {
    for (std::size_t j = 0; j < index; ++j) {
      const RawNode& before = map_.entries[j].first;
      if (before.is_scalar() && before.scalar == key.scalar) return &before;
    }
    return nullptr;
  }
  const std::size_t first = first_.at(key.scalar);
  return first < index ? &map_.entries[first].first : nullptr;
}

}  // namespace hindsight
