// Label-set fingerprints as Prometheus computes them (see the header).
#include "adapters/alertmanager_fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace hindsight::alertmanager_detail {
namespace {

constexpr std::uint64_t fnv_offset = 14695981039346656037ULL;
constexpr std::uint64_t fnv_prime = 1099511628211ULL;
// A byte that cannot occur in UTF-8, so "a"+"bc" and "ab"+"c" differ.
constexpr unsigned char separator = 0xff;

std::uint64_t add_byte(std::uint64_t hash, unsigned char byte) { return (hash ^ byte) * fnv_prime; }

std::uint64_t add_text(std::uint64_t hash, std::string_view text) {
  for (char c : text) hash = add_byte(hash, static_cast<unsigned char>(c));
  return add_byte(hash, separator);
}

}  // namespace

std::string label_set_fingerprint(const RawNode& labels) {
  std::vector<std::pair<std::string_view, std::string_view>> sorted;
  for (const auto& [key, value] : labels.entries) {
    if (key.is_scalar() && value.is_scalar()) sorted.emplace_back(key.scalar, value.scalar);
  }
  // Go sorts label names as byte strings, as std::string_view compares.
  std::sort(sorted.begin(), sorted.end());
  std::uint64_t hash = fnv_offset;
  for (const auto& [name, value] : sorted) hash = add_text(add_text(hash, name), value);
  return fmt::format("{:016x}", hash);
}

}  // namespace hindsight::alertmanager_detail
