// Duplicates: collapsing events that share an `id` (see duplicates.h).
#include "merge/duplicates.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include "hindsight/time.h"
#include "merge/field_text.h"

namespace hindsight::merge_detail {
namespace {

using Labels = std::vector<Label>;

// One comparable field of an event. A field that is not set in a later copy
// says nothing about the event, so only set values can disagree.
struct Field {
  const char* name;
  bool (*is_set)(const Event&);
  bool (*agrees)(const Event& first, const Event& duplicate);
  std::string (*text)(const Event&);
  // Completes `first` from `duplicate` where `first` lacks what it has.
  void (*fill)(Event& first, const Event& duplicate);
};

bool always_set(const Event&) { return true; }
void never_fill(Event&, const Event&) {}

Labels sorted(Labels labels) {
  std::sort(labels.begin(), labels.end());
  return labels;
}

// Two actors agree when they name the same person and do not give two
// different roles; a role one source leaves out is not a disagreement.
bool actors_agree(const Event& first, const Event& duplicate) {
  const Actor& a = *first.actor;
  const Actor& b = *duplicate.actor;
  return a.name == b.name && (a.role.empty() || b.role.empty() || a.role == b.role);
}

void fill_actor(Event& first, const Event& duplicate) {
  if (!first.actor) {
    first.actor = duplicate.actor;
  } else if (first.actor->role.empty() && first.actor->name == duplicate.actor->name) {
    first.actor->role = duplicate.actor->role;
  }
}

// Plain text fields share their handling; `member` picks the field (a
// std::string or an InternedString of Event).
template <auto member>
Field text_field(const char* name) {
  return {
      name,
      [](const Event& e) { return !(e.*member).empty(); },
      [](const Event& a, const Event& b) { return a.*member == b.*member; },
      [](const Event& e) { return quoted(e.*member); },
      [](Event& first, const Event& duplicate) {
        if ((first.*member).empty()) first.*member = duplicate.*member;
      },
  };
}

constexpr std::size_t field_count = 8;

// In the order the warnings name them. `time` is not among them: copies of
// one happening logged by different tools differ by seconds, and the
// merged event takes the earliest (see take_provenance).
const std::array<Field, field_count>& fields() {
  static const std::array<Field, field_count> table = {{
      {"end", [](const Event& e) { return e.end.has_value(); },
       [](const Event& a, const Event& b) { return a.end == b.end; },
       [](const Event& e) { return format_utc(*e.end); },
       [](Event& first, const Event& duplicate) {
         if (!first.end) first.end = duplicate.end;
       }},
      {"kind", always_set,
       [](const Event& a, const Event& b) { return display_kind(a) == display_kind(b); },
       [](const Event& e) { return std::string(display_kind(e)); }, never_fill},
      text_field<&Event::title>("title"),
      text_field<&Event::service>("service"),
      {"actor", [](const Event& e) { return e.actor.has_value(); }, actors_agree,
       [](const Event& e) { return actor_text(e.actor); }, fill_actor},
      text_field<&Event::source>("source"),
      text_field<&Event::link>("link"),
      {"labels", [](const Event& e) { return !e.labels.empty(); },
       [](const Event& a, const Event& b) { return sorted(a.labels) == sorted(b.labels); },
       [](const Event& e) { return labels_text(e.labels); },
       [](Event& first, const Event& duplicate) {
         if (first.labels.empty()) first.labels = duplicate.labels;
       }},
  }};
  return table;
}

// The earlier time, and `copy`'s provenance: the copy itself and whatever
// had already been collapsed into it, merged into `survivor`'s list in
// input order.
void take_provenance(Event& survivor, const Event& copy) {
  survivor.time = std::min(survivor.time, copy.time);
  std::vector<Provenance>& merged = survivor.merged;
  merged.push_back({copy.adapter, copy.origin, copy.input_order});
  merged.insert(merged.end(), copy.merged.begin(), copy.merged.end());
  std::stable_sort(merged.begin(), merged.end(), [](const Provenance& a, const Provenance& b) {
    return a.input_order < b.input_order;
  });
}

// Where each of a survivor's values came from: a value filled in from a
// later copy is that copy's, and a warning about it must point there.
using ValueOrigins = std::array<SourcePos, field_count>;

void absorb(Event& first, ValueOrigins& value_origin, const Event& duplicate,
            Diagnostics& diagnostics) {
  diagnostics.note(duplicate.origin, "collapsed into the event at " + position_text(first.origin) +
                                         " (same id " + quoted(first.id) + ")");
  take_provenance(first, duplicate);
  for (std::size_t f = 0; f < field_count; ++f) {
    const Field& field = fields()[f];
    if (!field.is_set(duplicate)) continue;
    if (!field.is_set(first)) {
      field.fill(first, duplicate);
      value_origin[f] = duplicate.origin;
    } else if (!field.agrees(first, duplicate)) {
      diagnostics.warning(duplicate.origin,
                          "event " + quoted(first.id) +
                              " repeats an earlier event with a different " + field.name + " (" +
                              field.text(duplicate) + " vs " + field.text(first) + " at " +
                              position_text(value_origin[f]) + ")",
                          "the earlier value is kept; give the events different ids if they "
                          "are different events");
    } else {
      // Agreeing values may still complete each other (an actor's role).
      field.fill(first, duplicate);
    }
  }
}

}  // namespace

void fold_copy(Event& survivor, const Event& copy) {
  take_provenance(survivor, copy);
  if (survivor.id.empty()) survivor.id = copy.id;
  for (const Field& field : fields()) {
    if (field.is_set(copy)) field.fill(survivor, copy);
  }
}

std::vector<Event> keep_only(std::vector<Event> events, const std::vector<bool>& keep) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!keep[i]) continue;
    if (kept != i) events[kept] = std::move(events[i]);
    ++kept;
  }
  events.erase(events.begin() + static_cast<std::ptrdiff_t>(kept), events.end());
  return events;
}

std::vector<Event> collapse_duplicates(std::vector<Event> events, Diagnostics& diagnostics) {
  // Visit events in input order so that "first" and the order of warnings
  // do not depend on how the caller happened to arrange the vector.
  std::vector<std::size_t> visit(events.size());
  std::iota(visit.begin(), visit.end(), std::size_t{0});
  std::stable_sort(visit.begin(), visit.end(), [&](std::size_t a, std::size_t b) {
    return events[a].input_order < events[b].input_order;
  });

  // Every event with an id is a key here, so the map holds views of the
  // events' own ids (the vector does not change while it is used) and
  // indices; the values' origins are kept only for ids seen twice.
  std::unordered_map<std::string_view, std::size_t> first_by_id;
  std::map<std::size_t, ValueOrigins> value_origins;  // by survivor
  std::vector<bool> keep(events.size(), true);
  for (const std::size_t i : visit) {
    const Event& event = events[i];
    if (event.id.empty()) continue;
    const auto [found, first] = first_by_id.emplace(event.id, i);
    if (first) continue;
    const std::size_t survivor = found->second;
    auto [origins, new_survivor] = value_origins.try_emplace(survivor);
    if (new_survivor) origins->second.fill(events[survivor].origin);
    absorb(events[survivor], origins->second, event, diagnostics);
    keep[i] = false;
  }
  return keep_only(std::move(events), keep);
}

}  // namespace hindsight::merge_detail
