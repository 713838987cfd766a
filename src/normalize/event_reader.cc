#include "normalize/event_reader.h"

#include <fmt/format.h>

#include "normalize/node_reading.h"

namespace hindsight::normalize_detail {
namespace {

const std::vector<std::string_view> event_keys = {"time",  "end",    "kind", "title",  "service",
                                                  "actor", "source", "id",   "labels", "link"};
const std::vector<std::string_view> actor_keys = {"name", "role"};

// Reads an optional text field into `out` (a std::string or an
// InternedString); false if present but invalid.
template <typename Text>
bool read_optional_text(const RawNode& event, std::string_view key, Text& out,
                        Diagnostics& diagnostics) {
  const RawNode* node = event.find(key);
  if (!node || node->is_null()) return true;
  auto text = read_text(*node, key, diagnostics);
  if (!text) return false;
  out = std::move(*text);
  return true;
}

bool read_kind(const RawNode& node, Event& event, Diagnostics& diagnostics) {
  auto text = read_text(node, "kind", diagnostics);
  if (!text) return false;
  KindParse parsed = parse_kind(*text);
  if (!parsed.kind) {
    const std::string hint =
        parsed.suggestion.empty()
            ? "use one of the kinds in docs/format.md, or prefix a custom kind with `x-`"
            : fmt::format("did you mean \"{}\"? (custom kinds start with `x-`)", parsed.suggestion);
    diagnostics.error(node.pos, fmt::format("unknown kind \"{}\"", *text), hint);
    return false;
  }
  event.kind = *parsed.kind;
  event.custom_kind = parsed.custom;
  return true;
}

bool read_title(const RawNode& node, Event& event, Diagnostics& diagnostics) {
  if (node.is_scalar() && node.scalar.empty()) {
    diagnostics.error(node.pos, "title is empty", "say in a few words what happened");
    return false;
  }
  auto text = read_text(node, "title", diagnostics);
  if (!text) return false;
  event.title = std::move(*text);
  return true;
}

bool read_actor(const RawNode& node, Event& event, Diagnostics& diagnostics) {
  if (node.is_null()) return true;
  if (node.is_scalar()) {
    event.actor = Actor{node.scalar, {}};
    return true;
  }
  if (!node.is_map()) {
    diagnostics.error(node.pos,
                      fmt::format("actor must be a name or a map, found {}", describe(node.type)),
                      "write `actor: arto` or `actor: {name: arto, role: data engineer}`");
    return false;
  }
  check_keys(node, actor_keys, "actor", diagnostics);
  Actor actor;
  bool ok = true;
  if (const RawNode* name = node.find("name"); name && !name->is_null()) {
    auto text = read_text(*name, "actor.name", diagnostics);
    ok = text.has_value();
    if (text) actor.name = *text;
  }
  if (const RawNode* role = node.find("role"); role && !role->is_null()) {
    auto text = read_text(*role, "actor.role", diagnostics);
    ok = ok && text.has_value();
    if (text) actor.role = *text;
  }
  if (ok && (!actor.name.empty() || !actor.role.empty())) event.actor = actor;
  return ok;
}

bool read_labels(const RawNode& node, Event& event, Diagnostics& diagnostics) {
  if (node.is_null()) return true;
  if (!node.is_map()) {
    diagnostics.error(node.pos, fmt::format("labels must be a map, found {}", describe(node.type)),
                      "write `labels: {dag: insights_backfill, rate_per_s: 1200}`");
    return false;
  }
  check_free_keys(node, "labels map", diagnostics);
  bool ok = true;
  for (const auto& [key, value] : node.entries) {
    if (!key.is_scalar()) continue;  // reported by check_keys
    if (value.is_null()) {
      event.labels.emplace_back(key.scalar, "");
    } else if (value.is_scalar()) {
      event.labels.emplace_back(key.scalar, value.scalar);
    } else {
      diagnostics.error(value.pos, fmt::format("label \"{}\" must be a single value, found {}",
                                               key.scalar, describe(value.type)));
      ok = false;
    }
  }
  return ok;
}

}  // namespace

std::optional<Event> read_event(const RawNode& node, const Zone* zone, Diagnostics& diagnostics) {
  if (!node.is_map()) {
    diagnostics.error(node.pos,
                      fmt::format("an event must be a map, found {}", describe(node.type)),
                      "write each event as `- time: ...` with `kind:` and `title:` beneath");
    return std::nullopt;
  }
  check_keys(node, event_keys, "event", diagnostics);
  Event event;
  event.origin = node.pos;
  bool ok = true;

  for (std::string_view key : {"time", "kind", "title"}) {
    if (!node.find(key)) {
      diagnostics.error(node.pos, fmt::format("event has no `{}`", key),
                        "every event needs `time`, `kind` and `title`");
      ok = false;
    }
  }
  if (const RawNode* time = node.find("time")) {
    if (auto parsed = read_time(*time, "time", zone, diagnostics)) {
      event.time = *parsed;
    } else {
      ok = false;
    }
  }
  if (const RawNode* end = node.find("end"); end && !end->is_null()) {
    if (auto parsed = read_time(*end, "end", zone, diagnostics)) {
      event.end = *parsed;
    } else {
      ok = false;
    }
  }
  if (const RawNode* kind = node.find("kind")) ok = read_kind(*kind, event, diagnostics) && ok;
  if (const RawNode* title = node.find("title")) {
    ok = read_title(*title, event, diagnostics) && ok;
  }
  ok = read_optional_text(node, "service", event.service, diagnostics) && ok;
  ok = read_optional_text(node, "source", event.source, diagnostics) && ok;
  ok = read_optional_text(node, "id", event.id, diagnostics) && ok;
  ok = read_optional_text(node, "link", event.link, diagnostics) && ok;
  if (const RawNode* actor = node.find("actor")) ok = read_actor(*actor, event, diagnostics) && ok;
  if (const RawNode* labels = node.find("labels")) {
    ok = read_labels(*labels, event, diagnostics) && ok;
  }

  if (ok && event.end && *event.end < event.time) {
    const RawNode* end = node.find("end");
    diagnostics.error(end->pos,
                      fmt::format("end ({}) is earlier than time ({})", format_utc(*event.end),
                                  format_utc(event.time)),
                      "an interval must end at or after its start; check the offsets and dates");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return event;
}

}  // namespace hindsight::normalize_detail
