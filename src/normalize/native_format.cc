#include "normalize/native_format.h"

#include <algorithm>

#include <fmt/format.h>

#include "normalize/event_reader.h"
#include "normalize/node_reading.h"

namespace hindsight::normalize_detail {
namespace {

const std::vector<std::string_view> top_level_keys = {"hindsight", "incident", "events"};
const std::vector<std::string_view> event_marks = {"time", "kind", "title"};

int event_evidence(const RawNode& node) {
  int evidence = 0;
  for (std::string_view key : event_marks) evidence += node.find(key) ? 1 : 0;
  return evidence;
}

// How much a list looks like native events: the evidence of its first map.
// An empty list could be anything's, and is native's only in a log map.
int list_evidence(const RawNode& list) {
  for (const RawNode& item : list.items) {
    if (item.is_map()) return event_evidence(item);
  }
  return 0;
}

// A map is a whole log (rather than one event of a stream) when it has a
// `hindsight:` or `incident:` key, or an `events:` list that is not clearly
// someone else's: other tools (Datadog) also wrap their events in `events`.
bool is_log_map(const RawNode& root) {
  if (!root.is_map()) return false;
  if (root.find("hindsight") || root.find("incident")) return true;
  const RawNode* events = root.find("events");
  if (!events) return false;
  if (!events->is_sequence()) return true;  // ours, and wrong: say so
  bool has_maps = false;
  for (const RawNode& item : events->items) has_maps = has_maps || item.is_map();
  return !has_maps || list_evidence(*events) >= 2 || root.entries.size() == 1;
}

// The nodes that should each be an event; the shape was checked (and any
// problem reported) by read_header.
std::vector<const RawNode*> event_nodes(const RawNode& document) {
  std::vector<const RawNode*> nodes;
  const RawNode* list = &document;
  if (document.is_map() && is_log_map(document)) {
    list = document.find("events");
    if (!list) return nodes;
  } else if (document.is_map()) {
    nodes.push_back(&document);
    return nodes;
  }
  if (list->is_sequence()) {
    for (const RawNode& item : list->items) nodes.push_back(&item);
  }
  return nodes;
}

}  // namespace

std::string_view NativeFormat::description() const {
  return "hindsight's own event log: `incident:` and `events:`, a list, or a stream "
         "(docs/format.md)";
}

std::string_view NativeFormat::example() const { return "hindsight timeline incident-logs/"; }

Recognition NativeFormat::recognize(const RawNode& document) const {
  Recognition result;
  if (document.is_map() && is_log_map(document)) {
    result.recognised = true;
    result.evidence = 3;
  } else if (document.is_map()) {
    result.evidence = event_evidence(document);
    result.recognised = result.evidence >= 2;
  } else if (document.is_sequence()) {
    // A list is native when its first map looks like an event.
    result.evidence = list_evidence(document);
    result.recognised = result.evidence >= 2 || document.items.empty();
  }
  if (!result.recognised) {
    result.missing = "no `events:` list, and no event with `time`, `kind` and `title`";
  }
  return result;
}

NativeFormat::Content NativeFormat::read_header(
    const RawNode& document, const std::function<void(const RawNode&)>& add_header,
    Diagnostics& diagnostics) const {
  Content content;
  const RawNode* list = &document;
  if (document.is_map() && is_log_map(document)) {
    check_keys(document, top_level_keys, "top-level", diagnostics);
    if (const RawNode* version = document.find("hindsight")) {
      check_format_version(*version, diagnostics);
    }
    if (const RawNode* header = document.find("incident"); header && !header->is_null()) {
      add_header(*header);
      content.header = true;
    }
    list = document.find("events");
    if (!list || list->is_null()) return content;
    if (!list->is_sequence()) {
      diagnostics.error(list->pos,
                        fmt::format("events must be a list, found {}", describe(list->type)),
                        "write each event as a `- time: ...` item under `events:`");
      return content;
    }
  } else if (document.is_map()) {
    content.events = true;
    return content;
  }
  content.events = !list->items.empty();
  return content;
}

void NativeFormat::convert(const RawNode& document, const ConvertContext& context,
                           std::vector<Event>& events, Diagnostics& diagnostics) const {
  const std::vector<const RawNode*> nodes = event_nodes(document);
  // Room for a whole list at once: a file's events would otherwise end in a
  // vector up to twice their size. Still geometric, for a stream of
  // one-event documents.
  const std::size_t needed = events.size() + nodes.size();
  if (events.capacity() < needed) events.reserve(std::max(needed, 2 * events.capacity()));
  for (const RawNode* node : nodes) {
    if (auto event = read_event(*node, context.local_zone, diagnostics)) {
      events.push_back(std::move(*event));
    }
  }
}

const NativeFormat& native_format() {
  static const NativeFormat format;
  return format;
}

}  // namespace hindsight::normalize_detail
