// What the two Kubernetes adapters share: finding the objects of one kind
// in what kubectl and the API server print, and reading the API's fields.
//
// An export holds one object (`kubectl get job NAME -o yaml`), a list
// (`kind: List` from kubectl, which stamps every item with its `kind`, or
// `kind: EventList`/`JobList` straight from the API, whose items carry no
// `kind`), a bare list of objects (`jq .items`), or a stream of single
// objects (`--watch -o yaml`), each document on its own.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::kubernetes {

// One kind of API object, and how to tell it apart from every other.
struct ObjectKind {
  std::string_view kind;                       // "Event"
  std::string_view list_kind;                  // "EventList"
  std::vector<std::string_view> api_versions;  // "v1", "events.k8s.io/v1"
  // Keys of which the object has at least one ("involvedObject",
  // "regarding"): what identifies an item of a typed list without `kind`.
  std::vector<std::string_view> marks;
  // For ObjectMatch::missing, e.g. "no `kind: Event` with `involvedObject`".
  std::string_view missing;
  // Whether an empty `kind: List` counts: kubectl prints one for a query
  // that found nothing, and it says the same to every kind.
  bool claims_empty_list = false;
};

using ObjectMatch = Recognition;  // what recognize() reports

// Whether the document is such an object, a list of them, or a stream item.
ObjectMatch recognize_objects(const RawNode& document, const ObjectKind& kind);

// Calls `convert_one` for each object of `kind` in the document; anything
// else it holds (when the format was forced) is reported, not skipped.
void for_each_object(const RawNode& document, const ObjectKind& kind, Diagnostics& diagnostics,
                     const std::function<void(const RawNode&)>& convert_one);

// An optional RFC 3339 time (the API's Time and MicroTime are both UTC
// RFC 3339, with 0 or 6 fraction digits). `local_zone` reads a time
// without an offset, which the API never writes; with none such a time is
// an error. `malformed` says it was present
// but unreadable; the error is reported at the value.
struct OptionalTime {
  std::optional<Timestamp> time;
  bool malformed = false;
};
OptionalTime optional_time(const RawNode& object, std::string_view path, const Zone* local_zone,
                           Diagnostics& diagnostics);

// An optional count (int32 in the API), as written. Absent: empty. Not a
// whole number: an error at the value, and nullopt.
std::optional<std::string> optional_count(const RawNode& object, std::string_view path,
                                          Diagnostics& diagnostics);

// `text` on one line: runs of spaces, tabs and line breaks become one space,
// and none lead or trail. Messages of the API often end in a newline.
std::string one_line(std::string_view text);

// "Pod/graph-sync-7d9f8c6b5-x2k4q" for an ObjectReference; "Pod" or the
// name alone when the other half is missing.
std::string object_reference(const RawNode* reference);

}  // namespace hindsight::kubernetes
