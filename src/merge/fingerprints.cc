// Fingerprints: collapsing copies of one happening across files (see
// fingerprints.h).
#include "merge/fingerprints.h"

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

#include "merge/duplicates.h"
#include "merge/field_text.h"

namespace hindsight::merge_detail {
namespace {

// Separates the parts of a fingerprint; normalized text never holds it.
constexpr char part_separator = '\x1f';

std::string_view field_text(const Event& event, const FingerprintPart& part) {
  switch (part.field) {
    case FingerprintField::kind:
      return display_kind(event);
    case FingerprintField::service:
      return event.service;
    case FingerprintField::title:
      return event.title;
    case FingerprintField::source:
      return event.source;
    case FingerprintField::actor:
      return event.actor ? std::string_view(event.actor->name) : std::string_view();
    case FingerprintField::label:
      for (const auto& [name, value] : event.labels) {
        if (name == part.label) return value;
      }
      return {};
  }
  return {};
}

std::string part_name(const FingerprintPart& part) {
  switch (part.field) {
    case FingerprintField::kind:
      return "kind";
    case FingerprintField::service:
      return "service";
    case FingerprintField::title:
      return "title";
    case FingerprintField::source:
      return "source";
    case FingerprintField::actor:
      return "actor";
    case FingerprintField::label:
      return "label " + quoted(part.label);
  }
  return {};
}

// "kind, service and title": what the note says the events share.
std::string key_text(const std::vector<FingerprintPart>& key) {
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i > 0) out += i + 1 == key.size() ? " and " : ", ";
    out += part_name(key[i]);
  }
  return out;
}

// Every file the event (and what was collapsed into it) was read from.
std::set<InternedString> files_of(const Event& event) {
  std::set<InternedString> files{event.origin.file};
  for (const Provenance& copy : event.merged) files.insert(copy.origin.file);
  return files;
}

bool disjoint(const std::set<InternedString>& a, const std::set<InternedString>& b) {
  return std::none_of(a.begin(), a.end(), [&](InternedString file) { return b.count(file); });
}

// The earliest event of a fingerprint and the files its group was read from.
struct Group {
  std::size_t survivor;
  std::set<InternedString> files;
};

struct Collapse {
  std::size_t copy;
  std::size_t survivor;
};

}  // namespace

std::string fingerprint(const Event& event, const std::vector<FingerprintPart>& key) {
  std::string out;
  for (const FingerprintPart& part : key) {
    const std::string text = normalize_fingerprint_text(field_text(event, part));
    if (text.empty()) return {};
    out += text;
    out += part_separator;
  }
  return out;
}

std::vector<Event> collapse_fingerprints(std::vector<Event> events, const MergeOptions& options,
                                         Diagnostics& diagnostics) {
  const Nanoseconds window = options.dedup_window;
  if (window <= Nanoseconds::zero() || options.dedup_key.empty()) return events;

  // Time order, ties by input order: the earliest copy survives, whatever
  // the incoming arrangement.
  // merge_events hands the events over in that order already; checking is
  // one pass, sorting a million indices by their events' times is not.
  const auto earlier = [](const Event& a, const Event& b) {
    return std::tie(a.time, a.input_order) < std::tie(b.time, b.input_order);
  };
  std::vector<std::size_t> visit(events.size());
  std::iota(visit.begin(), visit.end(), std::size_t{0});
  if (!std::is_sorted(events.begin(), events.end(), earlier)) {
    std::stable_sort(visit.begin(), visit.end(), [&](std::size_t a, std::size_t b) {
      return earlier(events[a], events[b]);
    });
  }

  // Per fingerprint, the groups still open, earliest first. A group whose
  // earliest event is more than the window before the current one can take
  // no later event either, so it is closed; and since events are visited in
  // time order, every group is closed once the visit has moved a window
  // past it, keeping the map to the events of one window rather than all.
  std::map<std::string, std::vector<Group>> open;
  std::deque<std::pair<std::size_t, std::string>> by_age;  // (survivor, print), oldest first
  const auto close_expired = [&](std::vector<Group>& groups, Timestamp now) {
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [&](const Group& group) {
                                  return now - events[group.survivor].time > window;
                                }),
                 groups.end());
  };
  std::vector<Collapse> collapses;
  for (const std::size_t i : visit) {
    const Timestamp now = events[i].time;
    while (!by_age.empty() && now - events[by_age.front().first].time > window) {
      if (auto expired = open.find(by_age.front().second); expired != open.end()) {
        close_expired(expired->second, now);
        if (expired->second.empty()) open.erase(expired);
      }
      by_age.pop_front();
    }
    const std::string print = fingerprint(events[i], options.dedup_key);
    if (print.empty()) continue;
    std::vector<Group>& groups = open[print];
    close_expired(groups, now);
    std::set<InternedString> files = files_of(events[i]);
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const Group& g) { return disjoint(g.files, files); });
    if (group == groups.end()) {
      groups.push_back({i, std::move(files)});
      by_age.emplace_back(i, print);
    } else {
      collapses.push_back({i, group->survivor});
      group->files.insert(files.begin(), files.end());
    }
  }

  // Notes in input order of the copies, as for duplicates of an id.
  std::sort(collapses.begin(), collapses.end(), [&](const Collapse& a, const Collapse& b) {
    return events[a.copy].input_order < events[b.copy].input_order;
  });
  const std::string shared = key_text(options.dedup_key);
  std::vector<bool> keep(events.size(), true);
  for (const Collapse& collapse : collapses) {
    const Event& copy = events[collapse.copy];
    Event& survivor = events[collapse.survivor];
    const Nanoseconds apart = copy.time - survivor.time;
    diagnostics.note(copy.origin,
                     "collapsed into the event at " + position_text(survivor.origin) + " (same " +
                         shared + ", " +
                         (apart == Nanoseconds::zero() ? std::string("at the same time")
                                                       : format_duration(apart) + " apart") +
                         ")",
                     "--dedup-window 0 turns this off");
    fold_copy(survivor, copy);
    keep[collapse.copy] = false;
  }

  return keep_only(std::move(events), keep);
}

}  // namespace hindsight::merge_detail
