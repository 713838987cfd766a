// Reading `volume:`: how much work the change does and how fast.
#include <fmt/format.h>

#include "normalize/node_reading.h"
#include "plan/plan_fields.h"
#include "plan/plan_sections.h"

namespace hindsight::plan_detail {
namespace {

const std::vector<std::string_view> volume_keys = {
    "items", "requests_per_item", "requests", "rate", "concurrency", "rate_per_worker", "retries"};

}  // namespace

bool read_volume(const RawNode& node, PlanVolume& volume, Diagnostics& diagnostics) {
  if (node.is_null()) return true;
  if (!node.is_map()) {
    diagnostics.error(node.pos, fmt::format("volume must be a map, found {}", describe(node.type)),
                      "write `volume: {requests: 18960000, rate: 1200/s}`");
    return false;
  }
  normalize_detail::check_keys(node, volume_keys, "volume", diagnostics);
  bool ok = true;
  const auto count = [&](std::string_view key, std::optional<std::uint64_t>& out,
                         std::uint64_t minimum) {
    const RawNode* field = node.find(key);
    if (!field || field->is_null()) return;
    out = read_count(*field, fmt::format("volume.{}", key), diagnostics, minimum);
    ok = ok && out;
  };
  const auto rate = [&](std::string_view key, std::optional<Rate>& out) {
    const RawNode* field = node.find(key);
    if (!field || field->is_null()) return;
    out = read_rate(*field, fmt::format("volume.{}", key), diagnostics);
    ok = ok && out;
  };
  count("items", volume.items, 0);
  count("requests_per_item", volume.requests_per_item, 0);
  count("requests", volume.requests, 0);
  rate("rate", volume.rate);
  count("concurrency", volume.concurrency, 1);  // no workers is no change
  rate("rate_per_worker", volume.rate_per_worker);
  count("retries", volume.retries, 0);
  return ok;
}

}  // namespace hindsight::plan_detail
