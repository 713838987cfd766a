#include "adapters/pagerduty_shapes.h"

#include "adapters/adapter_support.h"
#include "adapters/pagerduty_incidents.h"
#include "adapters/pagerduty_log_entries.h"
#include "adapters/pagerduty_webhooks.h"

namespace hindsight::pagerduty {
namespace {

const RawNode* first_map(const RawNode& list) {
  for (const RawNode& item : list.items) {
    if (item.is_map()) return &item;
  }
  return nullptr;
}

// A list page: `key` holds a list whose first map passes `looks_right`, or
// an empty list with the API's pagination keys around it.
ShapeMatch match_page(const RawNode& document, std::string_view key, Shape shape,
                      bool (*looks_right)(const RawNode&)) {
  const RawNode* list = document.find(key);
  if (!list) return {};
  ShapeMatch match{Shape::none, 1};
  if (!list->is_sequence()) return match;
  ++match.evidence;
  const RawNode* first = first_map(*list);
  const bool paged = adapter_support::count_present(document, {"limit", "offset", "more"}) > 0;
  if (first ? looks_right(*first) : paged) {
    match.shape = shape;
    match.evidence += 2;
  }
  return match;
}

// One object wrapped in a key: a single log entry, or a v3 envelope.
ShapeMatch match_wrapped(const RawNode& document, std::string_view key, Shape shape,
                         bool (*looks_right)(const RawNode&)) {
  const RawNode* inner = document.find(key);
  if (!inner) return {};
  if (looks_right(*inner)) return {shape, 4};
  return {Shape::none, 1};
}

ShapeMatch match_messages(const RawNode& document) {
  const RawNode* messages = document.find("messages");
  if (!messages) return {};
  const RawNode* first = messages->is_sequence() ? first_map(*messages) : nullptr;
  if (first && looks_like_v2_message(*first)) return {Shape::webhook_v2, 4};
  return {Shape::none, 1};
}

ShapeMatch match_map(const RawNode& document) {
  const ShapeMatch candidates[] = {
      match_page(document, "log_entries", Shape::log_entry_page, looks_like_log_entry),
      match_page(document, "incidents", Shape::incident_page, looks_like_incident),
      match_messages(document),
      match_wrapped(document, "log_entry", Shape::single_log_entry, looks_like_log_entry),
      match_wrapped(document, "event", Shape::webhook_v3, looks_like_v3_event),
  };
  ShapeMatch best;
  for (const ShapeMatch& candidate : candidates) {
    if (candidate.shape != Shape::none) return candidate;
    if (candidate.evidence > best.evidence) best = candidate;
  }
  return best;
}

}  // namespace

ShapeMatch match_shape(const RawNode& document) {
  if (document.is_map()) return match_map(document);
  if (!document.is_sequence()) return {};
  const RawNode* first = first_map(document);
  if (first && looks_like_log_entry(*first)) return {Shape::log_entry_list, 3};
  return {};
}

}  // namespace hindsight::pagerduty
