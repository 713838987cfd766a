#include "adapters/adapter_support.h"

#include <fmt/format.h>

namespace hindsight::adapter_support {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

const RawNode* step(const RawNode& node, std::string_view key) {
  if (node.is_map()) return node.find(key);
  if (node.is_sequence() && all_digits(key) && key.size() < 10) {
    const std::size_t index = std::stoul(std::string(key));
    return index < node.items.size() ? &node.items[index] : nullptr;
  }
  return nullptr;
}

}  // namespace

const RawNode* at(const RawNode& node, std::string_view dotted_path) {
  const RawNode* current = &node;
  while (current) {
    const std::size_t dot = dotted_path.find('.');
    current = step(*current, dotted_path.substr(0, dot));
    if (dot == std::string_view::npos) break;
    dotted_path.remove_prefix(dot + 1);
  }
  return current;
}

std::string text_at(const RawNode& node, std::string_view dotted_path) {
  const RawNode* found = at(node, dotted_path);
  return found && found->is_scalar() ? found->scalar : std::string();
}

bool has_all(const RawNode& node, const std::vector<std::string_view>& keys) {
  return node.is_map() && count_present(node, keys) == static_cast<int>(keys.size());
}

int count_present(const RawNode& node, const std::vector<std::string_view>& keys) {
  int count = 0;
  for (std::string_view key : keys) count += at(node, key) ? 1 : 0;
  return count;
}

TimestampParse parse_encoded_time(std::string_view text, TimeEncoding encoding,
                                  const Zone* local_zone, bool plain_number) {
  switch (encoding) {
    case TimeEncoding::rfc3339:
      return parse_timestamp(text, local_zone, plain_number);
    case TimeEncoding::epoch_seconds:
      return parse_epoch(text, EpochUnit::seconds);
    case TimeEncoding::epoch_millis:
      return parse_epoch(text, EpochUnit::milliseconds);
    case TimeEncoding::epoch_micros:
      return parse_epoch(text, EpochUnit::microseconds);
    case TimeEncoding::epoch_nanos:
      return parse_epoch(text, EpochUnit::nanoseconds);
  }
  return {};
}

std::optional<Timestamp> time_at(const RawNode& node, std::string_view dotted_path,
                                 TimeEncoding encoding, std::string_view what, bool required,
                                 const Zone* local_zone, Diagnostics& diagnostics) {
  const RawNode* found = at(node, dotted_path);
  if (!found || found->is_null() || (found->is_scalar() && found->scalar.empty())) {
    if (required) {
      diagnostics.error(found ? found->pos : node.pos,
                        fmt::format("{} has no `{}`", what, dotted_path));
    }
    return std::nullopt;
  }
  if (!found->is_scalar()) {
    diagnostics.error(found->pos, fmt::format("`{}` must be a time, found {}", dotted_path,
                                              describe(found->type)));
    return std::nullopt;
  }
  const TimestampParse parsed = parse_encoded_time(found->scalar, encoding, local_zone);
  if (!parsed.time) {
    diagnostics.error(found->pos, fmt::format("`{}`: {}", dotted_path, parsed.error), parsed.hint);
  }
  return parsed.time;
}

Event event_from(const RawNode& node, std::string_view adapter_name) {
  Event event;
  event.origin = node.pos;
  event.adapter = std::string(adapter_name);
  return event;
}

void copy_labels(const RawNode* map, Event& event) {
  if (!map || !map->is_map()) return;
  for (const auto& [key, value] : map->entries) {
    if (key.is_scalar() && value.is_scalar()) event.labels.emplace_back(key.scalar, value.scalar);
  }
}

}  // namespace hindsight::adapter_support
