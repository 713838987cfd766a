// Event: one normalized thing that happened during an incident.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/time.h"

namespace hindsight {

enum class Kind {
  deploy,
  rollback,
  config_change,
  backfill,
  alert,
  page,
  ack,
  escalate,
  detect,
  impact_start,
  impact_end,
  mitigate,
  resolve,
  customer_report,
  status_update,
  note,
  custom,  // an `x-` prefixed kind, kept as written in Event::custom_kind
};

// The canonical spelling: "config_change", "customer_report", ...
std::string_view kind_name(Kind kind);

// Every built-in kind's canonical name, in declaration order (not `custom`).
const std::vector<std::string_view>& canonical_kind_names();

// The result of reading a kind as written by a person.
struct KindParse {
  std::optional<Kind> kind;
  std::string custom;      // for Kind::custom: the text as written
  std::string suggestion;  // when unknown: the closest known name, if any
};

// Case-insensitive, `-` and `_` alike, with the DESIGN.md synonyms
// (deployment -> deploy, acknowledged -> ack, alarm -> alert, ...). `x-`
// prefixed names are custom kinds.
KindParse parse_kind(std::string_view text);

// People repeat across a timeline's events, so their names are interned.
// A label as written: its name and its value, both interned, as both
// repeat from event to event (severity: critical, team: payments).
using Label = std::pair<InternedString, InternedString>;

struct Actor {
  InternedString name;
  InternedString role;  // empty when not given
};

// Where one copy of an event was read: the format and the place.
struct Provenance {
  InternedString adapter;
  SourcePos origin;
  std::size_t input_order = 0;  // as Event::input_order
};

struct Event {
  Timestamp time{};
  std::optional<Timestamp> end;
  Kind kind = Kind::note;
  InternedString custom_kind;  // set only for Kind::custom
  std::string title;
  // Optional fields; empty means absent. Services, sources, kinds and
  // formats repeat across a timeline's events, so each event holds a
  // pointer to one shared copy (interned_string.h) rather than its own.
  InternedString service;
  std::optional<Actor> actor;
  InternedString source;
  std::string id;
  std::string link;
  std::vector<Label> labels;  // as written

  SourcePos origin;                // where the event's map starts
  InternedString adapter = "native";  // the format it was read from
  std::size_t input_order = 0;     // position across all inputs: the tie-breaker

  // The copies that merge collapsed into this event (same id, or same
  // fingerprint within the dedup window), in input order; empty for an event
  // read once. `origin`, `adapter` and `input_order` stay the surviving
  // copy's own, so every place the event was read from is that one first,
  // then these.
  std::vector<Provenance> merged;
};

// kind_name(), or the custom kind's own text.
// Points at static or interned text, so it stays valid as long as the
// process does.
std::string_view display_kind(const Event& event);

}  // namespace hindsight
