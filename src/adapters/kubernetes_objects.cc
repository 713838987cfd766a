#include "adapters/kubernetes_objects.h"

#include <algorithm>

#include <fmt/format.h>

#include "adapters/adapter_support.h"

namespace hindsight::kubernetes {

using adapter_support::at;
using adapter_support::count_present;
using adapter_support::text_at;

namespace {

constexpr std::string_view generic_list_kind = "List";

bool contains(const std::vector<std::string_view>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool has_mark(const RawNode& node, const ObjectKind& kind) {
  return count_present(node, kind.marks) > 0;
}

// An object that names its kind, as kubectl prints every object.
bool is_stamped_object(const RawNode& node, const ObjectKind& kind) {
  return node.is_map() && text_at(node, "kind") == kind.kind &&
         contains(kind.api_versions, text_at(node, "apiVersion")) && has_mark(node, kind);
}

// An item of an API server list (`EventList`), which leaves out each
// item's kind and apiVersion because the list already says them.
bool is_unstamped_item(const RawNode& node, const ObjectKind& kind) {
  return node.is_map() && !node.find("kind") && has_mark(node, kind);
}

// The `items` of a `List` or a `<Kind>List`; nullptr for anything else.
const RawNode* list_items(const RawNode& document, const ObjectKind& kind) {
  const std::string list_kind = text_at(document, "kind");
  if (list_kind != kind.list_kind && list_kind != generic_list_kind) return nullptr;
  const RawNode* items = document.find("items");
  return items && items->is_sequence() ? items : nullptr;
}

bool accepts_item(const RawNode& item, const RawNode& document, const ObjectKind& kind) {
  const bool typed_list = text_at(document, "kind") == kind.list_kind;
  return is_stamped_object(item, kind) || (typed_list && is_unstamped_item(item, kind));
}

// "`kind: Job`", "a list": what an item is instead.
std::string describe_item(const RawNode& item) {
  const std::string item_kind = text_at(item, "kind");
  if (!item_kind.empty()) return fmt::format("`kind: {}`", item_kind);
  return describe(item.type);
}

ObjectMatch recognize_list(const RawNode& document, const RawNode& items, const ObjectKind& kind) {
  ObjectMatch result;
  result.evidence = 1;  // a list kind with `items`
  if (items.items.empty()) {
    result.recognised = text_at(document, "kind") == kind.list_kind || kind.claims_empty_list;
    if (!result.recognised) result.missing = fmt::format("an empty list, no `kind: {}`", kind.kind);
    return result;
  }
  for (std::size_t i = 0; i < items.items.size(); ++i) {
    if (accepts_item(items.items[i], document, kind)) continue;
    result.missing = fmt::format("item {} is {}, not `kind: {}`", i + 1,
                                 describe_item(items.items[i]), kind.kind);
    result.evidence += i > 0 ? 2 : 0;  // some items were
    return result;
  }
  result.evidence += 2;
  result.recognised = true;
  return result;
}

ObjectMatch recognize_bare_list(const RawNode& document, const ObjectKind& kind) {
  ObjectMatch result;
  const bool all = !document.items.empty() &&
                   std::all_of(document.items.begin(), document.items.end(),
                               [&](const RawNode& item) { return is_stamped_object(item, kind); });
  result.recognised = all;
  result.evidence = all ? 3 : 0;
  if (!all) result.missing = fmt::format("a list whose items are not all `kind: {}`", kind.kind);
  return result;
}

}  // namespace

ObjectMatch recognize_objects(const RawNode& document, const ObjectKind& kind) {
  if (document.is_sequence()) return recognize_bare_list(document, kind);
  if (const RawNode* items = document.is_map() ? list_items(document, kind) : nullptr) {
    return recognize_list(document, *items, kind);
  }
  ObjectMatch result;
  result.recognised = is_stamped_object(document, kind);
  if (document.is_map()) {
    result.evidence = (text_at(document, "kind") == kind.kind ? 1 : 0) +
                      (contains(kind.api_versions, text_at(document, "apiVersion")) ? 1 : 0) +
                      (has_mark(document, kind) ? 1 : 0);
  }
  if (!result.recognised) result.missing = std::string(kind.missing);
  return result;
}

void for_each_object(const RawNode& document, const ObjectKind& kind, Diagnostics& diagnostics,
                     const std::function<void(const RawNode&)>& convert_one) {
  const RawNode* items = document.is_map() ? list_items(document, kind) : nullptr;
  if (!items && document.is_sequence()) items = &document;
  if (!items) {
    if (is_stamped_object(document, kind)) {
      convert_one(document);
    } else {
      diagnostics.error(document.pos, fmt::format("not a Kubernetes {} or list of them", kind.kind),
                        fmt::format("the document has {}", kind.missing));
    }
    return;
  }
  for (const RawNode& item : items->items) {
    if (accepts_item(item, document, kind)) {
      convert_one(item);
    } else {
      diagnostics.error(
          item.pos,
          fmt::format("list item is {}, not a Kubernetes {}", describe_item(item), kind.kind),
          "export each kind of object to its own file");
    }
  }
}

OptionalTime optional_time(const RawNode& object, std::string_view path, const Zone* local_zone,
                           Diagnostics& diagnostics) {
  const RawNode* found = at(object, path);
  if (!found || found->is_null() || (found->is_scalar() && found->scalar.empty())) return {};
  OptionalTime result;
  result.time = adapter_support::time_at(object, path, adapter_support::TimeEncoding::rfc3339,
                                         "object", false, local_zone, diagnostics);
  result.malformed = !result.time;
  return result;
}

std::optional<std::string> optional_count(const RawNode& object, std::string_view path,
                                          Diagnostics& diagnostics) {
  const RawNode* found = at(object, path);
  if (!found || found->is_null()) return std::string();
  const bool whole = found->is_scalar() && !found->quoted && !found->scalar.empty() &&
                     std::all_of(found->scalar.begin(), found->scalar.end(),
                                 [](char c) { return c >= '0' && c <= '9'; });
  if (whole) return found->scalar;
  diagnostics.error(found->pos,
                    fmt::format("`{}` must be a whole number, found {}", path,
                                found->is_scalar() ? "\"" + found->scalar + "\""
                                                   : std::string(describe(found->type))));
  return std::nullopt;
}

std::string one_line(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string object_reference(const RawNode* reference) {
  if (!reference) return {};
  const std::string kind = text_at(*reference, "kind");
  const std::string name = text_at(*reference, "name");
  if (kind.empty() || name.empty()) return kind + name;
  return kind + "/" + name;
}

}  // namespace hindsight::kubernetes
