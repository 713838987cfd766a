#include "normalize/node_reading.h"

#include <algorithm>

#include <fmt/format.h>

#include "hindsight/edit_distance.h"
#include "hindsight/repeated_keys.h"

namespace hindsight::normalize_detail {

std::optional<std::string> read_text(const RawNode& node, std::string_view what,
                                     Diagnostics& diagnostics) {
  if (node.is_scalar()) return node.scalar;
  if (node.is_null()) {
    diagnostics.error(node.pos, fmt::format("{} is empty", what));
  } else {
    diagnostics.error(
        node.pos, fmt::format("{} must be a single value, found {}", what, describe(node.type)));
  }
  return std::nullopt;
}

std::optional<Timestamp> read_time(const RawNode& node, std::string_view what, const Zone* zone,
                                   Diagnostics& diagnostics) {
  const std::optional<std::string> text = read_text(node, what, diagnostics);
  if (!text) return std::nullopt;
  TimestampParse parsed = parse_timestamp(*text, zone, !node.quoted);
  if (!parsed.time) {
    diagnostics.error(node.pos, fmt::format("{}: {}", what, parsed.error), parsed.hint);
  }
  return parsed.time;
}

namespace {

// Reports non-scalar and repeated keys; true for keys that are fine to look at.
bool is_sound_key(const RawNode& map, const RepeatedKeys& keys, std::size_t index,
                  std::string_view context, Diagnostics& diagnostics) {
  const RawNode& key = map.entries[index].first;
  if (!key.is_scalar()) {
    diagnostics.error(key.pos, fmt::format("{} keys must be single values, found {}", context,
                                           describe(key.type)));
    return false;
  }
  if (const RawNode* earlier = keys.earlier(index)) {
    diagnostics.error(key.pos,
                      fmt::format("key \"{}\" appears twice in this {} (first at line {})",
                                  key.scalar, context, earlier->pos.line),
                      "only the first value would be used; remove or rename one of them");
    return false;
  }
  return true;
}

}  // namespace

void check_free_keys(const RawNode& map, std::string_view context, Diagnostics& diagnostics) {
  const RepeatedKeys keys(map);
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    is_sound_key(map, keys, i, context, diagnostics);
  }
}

void check_keys(const RawNode& map, const std::vector<std::string_view>& known,
                std::string_view context, Diagnostics& diagnostics) {
  const RepeatedKeys keys(map);
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    if (!is_sound_key(map, keys, i, context, diagnostics)) continue;
    const RawNode& key = map.entries[i].first;
    if (std::find(known.begin(), known.end(), key.scalar) != known.end()) continue;
    const std::string closest = closest_match(key.scalar, known);
    const std::string hint = closest.empty()
                                 ? fmt::format("known {} keys: {}", context, fmt::join(known, ", "))
                                 : fmt::format("did you mean \"{}\"?", closest);
    diagnostics.warning(key.pos,
                        fmt::format("unknown {} key \"{}\" is ignored", context, key.scalar), hint);
  }
}

void check_format_version(const RawNode& node, Diagnostics& diagnostics) {
  if (node.is_scalar() && node.scalar == "1") return;
  diagnostics.error(
      node.pos,
      fmt::format("unsupported format version {}",
                  node.is_scalar() ? "\"" + node.scalar + "\"" : std::string(describe(node.type))),
      "this hindsight reads `hindsight: 1`; leave the key out or set it to 1");
}

}  // namespace hindsight::normalize_detail
