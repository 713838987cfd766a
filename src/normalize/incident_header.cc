#include "normalize/incident_header.h"

#include <fmt/format.h>

#include "normalize/node_reading.h"

namespace hindsight::normalize_detail {
namespace {

const std::vector<std::string_view> header_keys = {"id",       "title",  "severity", "timezone",
                                                   "services", "impact", "summary",  "skew"};
const std::vector<std::string_view> impact_keys = {"start", "end"};

std::string location(const SourcePos& pos) {
  return fmt::format("{}:{}:{}", pos.file, pos.line, pos.column);
}

std::string show(const std::string& value) { return fmt::format("\"{}\"", value); }
std::string show(const std::vector<std::string>& values) {
  return fmt::format("[{}]", fmt::join(values, ", "));
}
std::string show(Timestamp value) { return format_utc(value); }
std::string show(Nanoseconds value) {
  return (value.count() >= 0 ? "+" : "") + format_duration(value);
}

// Sets `slot` from a new value, or checks that it agrees with the value
// already there.
template <typename T>
void set_or_compare(std::optional<Sourced<T>>& slot, T value, const SourcePos& pos,
                    std::string_view key, Diagnostics& diagnostics) {
  if (!slot) {
    slot = Sourced<T>{std::move(value), pos};
    return;
  }
  if (slot->value == value) return;
  diagnostics.error(pos,
                    fmt::format("incident.{} is {} here but {} at {}", key, show(value),
                                show(slot->value), location(slot->pos)),
                    "headers from several inputs are merged; give the key the same value in "
                    "each, or keep it in one place");
}

}  // namespace

void IncidentHeaderMerger::add(const RawNode& header, Diagnostics& diagnostics) {
  if (header.is_null()) return;
  if (!header.is_map()) {
    diagnostics.error(header.pos,
                      fmt::format("incident must be a map, found {}", describe(header.type)),
                      "write keys such as `id:`, `title:` and `timezone:` under `incident:`");
    return;
  }
  check_keys(header, header_keys, "incident", diagnostics);
  const auto text_field = [&](std::string_view key, std::optional<Sourced<std::string>>& slot) {
    const RawNode* node = header.find(key);
    if (!node) return;
    if (auto text = read_text(*node, fmt::format("incident.{}", key), diagnostics)) {
      set_or_compare(slot, std::move(*text), node->pos, key, diagnostics);
    }
  };
  text_field("id", incident_.id);
  text_field("title", incident_.title);
  text_field("severity", incident_.severity);
  text_field("summary", incident_.summary);

  if (const RawNode* node = header.find("timezone")) {
    if (auto name = read_text(*node, "incident.timezone", diagnostics)) {
      ZoneLookup lookup = lookup_zone(*name);
      if (!lookup.zone) {
        diagnostics.error(node->pos, "incident.timezone: " + lookup.error, lookup.hint);
      } else {
        const bool first = !incident_.timezone;
        set_or_compare(incident_.timezone, std::move(*name), node->pos, "timezone", diagnostics);
        if (first) timezone_ = lookup.zone;
      }
    }
  }

  if (const RawNode* node = header.find("services")) {
    std::vector<std::string> services;
    bool ok = true;
    if (node->is_sequence()) {
      for (const RawNode& item : node->items) {
        auto text = read_text(item, "incident.services entry", diagnostics);
        if (text) services.push_back(std::move(*text));
        ok = ok && text.has_value();
      }
    } else if (node->is_scalar()) {
      services.push_back(node->scalar);  // one service written without a list
    } else {
      diagnostics.error(node->pos, fmt::format("incident.services must be a list, found {}",
                                               describe(node->type)));
      ok = false;
    }
    if (ok)
      set_or_compare(incident_.services, std::move(services), node->pos, "services", diagnostics);
  }

  if (const RawNode* skew = header.find("skew")) add_skew(*skew, diagnostics);

  if (const RawNode* impact = header.find("impact")) {
    if (impact->is_map()) {
      check_keys(*impact, impact_keys, "incident.impact", diagnostics);
      if (const RawNode* start = impact->find("start")) impact_starts_.push_back(*start);
      if (const RawNode* end = impact->find("end")) impact_ends_.push_back(*end);
    } else if (!impact->is_null()) {
      diagnostics.error(
          impact->pos,
          fmt::format("incident.impact must be a map, found {}", describe(impact->type)),
          "write `impact: {start: 2026-03-04T10:15:00+02:00}`");
    }
  }
}

void IncidentHeaderMerger::add_skew(const RawNode& skew, Diagnostics& diagnostics) {
  if (skew.is_null()) return;
  if (!skew.is_map()) {
    diagnostics.error(skew.pos,
                      fmt::format("incident.skew must be a map, found {}", describe(skew.type)),
                      "write `skew: {pagerduty: -90s}` to move a source's times");
    return;
  }
  check_free_keys(skew, "incident.skew", diagnostics);
  for (const auto& [source, offset] : skew.entries) {
    if (!source.is_scalar()) continue;  // reported by check_free_keys
    const std::string what = "incident.skew." + source.scalar;
    auto text = read_text(offset, what, diagnostics);
    if (!text) continue;
    const std::optional<Nanoseconds> parsed = parse_duration(*text, true);
    if (!parsed) {
      diagnostics.error(offset.pos, fmt::format("{}: invalid duration \"{}\"", what, *text),
                        "write a signed duration such as +90s, -2m or +1h30m");
      continue;
    }
    std::optional<Sourced<Nanoseconds>> slot;
    if (auto found = incident_.skew.find(source.scalar); found != incident_.skew.end()) {
      slot = found->second;
    }
    set_or_compare(slot, *parsed, offset.pos, "skew." + source.scalar, diagnostics);
    incident_.skew[source.scalar] = *slot;
  }
}

std::optional<Zone> IncidentHeaderMerger::zone_for_local_times(
    const std::optional<Zone>& assumed) const {
  return assumed ? assumed : timezone_;
}

Incident IncidentHeaderMerger::finish(const std::optional<Zone>& assumed,
                                      Diagnostics& diagnostics) {
  const std::optional<Zone> zone = zone_for_local_times(assumed);
  const Zone* local_zone = zone ? &*zone : nullptr;
  const auto read_times = [&](const std::vector<RawNode>& nodes, std::string_view key,
                              std::optional<Sourced<Timestamp>>& slot) {
    for (const RawNode& node : nodes) {
      if (auto time = read_time(node, fmt::format("incident.{}", key), local_zone, diagnostics)) {
        set_or_compare(slot, *time, node.pos, key, diagnostics);
      }
    }
  };
  read_times(impact_starts_, "impact.start", incident_.impact_start);
  read_times(impact_ends_, "impact.end", incident_.impact_end);
  if (incident_.impact_start && incident_.impact_end &&
      incident_.impact_end->value < incident_.impact_start->value) {
    diagnostics.error(incident_.impact_end->pos,
                      fmt::format("incident.impact.end ({}) is earlier than impact.start ({})",
                                  format_utc(incident_.impact_end->value),
                                  format_utc(incident_.impact_start->value)));
  }
  return incident_;
}

}  // namespace hindsight::normalize_detail
