// RepeatedKeys: which keys of one map were already written earlier in it.
//
// YAML parsers keep both values of a repeated key (or silently the first),
// so every reader of a map asks, for each key, whether it came before. Asked
// of every earlier key in turn, that is quadratic: a hostile map of 100,000
// labels took minutes. Small maps (every event) are still scanned in place,
// which is fastest for them; larger ones are indexed once.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_map>

#include "hindsight/raw_node.h"

namespace hindsight {

class RepeatedKeys {
 public:
  explicit RepeatedKeys(const RawNode& map);

  // The first key before entry `index` with the same text as its key;
  // nullptr when there is none or the key is not a single value.
  const RawNode* earlier(std::size_t index) const;

 private:
  static constexpr std::size_t kScanUpTo = 16;  // entries scanned, not indexed

  const RawNode& map_;
  std::unordered_map<std::string_view, std::size_t> first_;  // text -> first entry
};

}  // namespace hindsight
