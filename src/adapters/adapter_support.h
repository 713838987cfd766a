// Tools every adapter uses to read an export: dotted paths into documents,
// times in the unit a field documents, and events stamped with where they
// came from. Problems are reported at the offending node, like the native
// format's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::adapter_support {

// The node at a dotted path ("metadata.name", "labels.severity"), or
// nullptr when any step is missing or not a map. A step "N" (digits) in a
// list selects item N (0-based): "items.0.status".
const RawNode* at(const RawNode& node, std::string_view dotted_path);

// The scalar text at a path; empty when missing, null or not a scalar.
std::string text_at(const RawNode& node, std::string_view dotted_path);

// Whether `node` is a map with every one of `keys` (dotted paths allowed).
bool has_all(const RawNode& node, const std::vector<std::string_view>& keys);

// How many of `keys` the map has: evidence for Recognition.
int count_present(const RawNode& node, const std::vector<std::string_view>& keys);

// How a field writes its time.
enum class TimeEncoding {
  rfc3339,        // "2026-03-04T08:15:00.123Z"
  epoch_seconds,  // 1772612100 or "1772612100.5"
  epoch_millis,
  epoch_micros,
  epoch_nanos,
};

// Reads `text` written in `encoding`. `plain_number` says the scalar was
// unquoted, which lets an RFC 3339 field hold epoch seconds as a number.
TimestampParse parse_encoded_time(std::string_view text, TimeEncoding encoding,
                                  const Zone* local_zone, bool plain_number = false);

// The time at `dotted_path`. Missing or null: nullopt, and an error naming
// `what` only when `required`. Malformed: an error at the node, nullopt.
std::optional<Timestamp> time_at(const RawNode& node, std::string_view dotted_path,
                                 TimeEncoding encoding, std::string_view what, bool required,
                                 const Zone* local_zone, Diagnostics& diagnostics);

// A new event read from `node` (its origin) by adapter `adapter_name`.
Event event_from(const RawNode& node, std::string_view adapter_name);

// Copies a map of scalars (e.g. Prometheus labels) into event labels, in
// the order written, skipping non-scalar values.
void copy_labels(const RawNode* map, Event& event);

}  // namespace hindsight::adapter_support
