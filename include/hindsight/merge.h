// Merge: one ordered, de-duplicated timeline.
//
// Events are ordered by time; events at the same instant keep input order
// (command-line order, then position in file). Two kinds of copies of one
// happening collapse into one event first:
//
// - events that share an `id`, from any inputs, collapse into the first in
//   input order; where their fields disagree, a warning names the field and
//   both places;
// - events from different files whose fingerprint (by default kind, service
//   and normalized title) is the same, within the dedup window of the
//   earliest of them, collapse into that earliest one.
//
// A merged event takes the earliest time of its copies and keeps every
// copy's provenance (Event::merged). Each collapse leaves a note at the copy
// that was collapsed, naming the surviving event's place and the reason.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/time.h"

namespace hindsight {

// A field a fingerprint can be made of (`--dedup-key`).
enum class FingerprintField { kind, service, title, source, actor, label };

struct FingerprintPart {
  FingerprintField field = FingerprintField::title;
  std::string label;  // for FingerprintField::label: the label's name
};

// kind, service, title.
std::vector<FingerprintPart> default_dedup_key();

// A `--dedup-key` value read: the parts in the order written, or an error
// (set exactly when the value is malformed) with a "did you mean" when one
// is close.
struct DedupKeyParse {
  std::vector<FingerprintPart> key;
  std::string error;  // e.g. `unknown field "titel" (did you mean "title"?)`
};

// "kind,service,title", "kind,label:team": comma-separated names from
// kind, service, title, source, actor and label:NAME. A name given twice
// counts once.
DedupKeyParse parse_dedup_key(std::string_view text);

// How one fingerprint text compares: ASCII letters lower-cased; every run of
// ASCII whitespace, punctuation and control characters becomes one space;
// leading and trailing runs are dropped. Other bytes (digits, non-ASCII
// UTF-8) are kept as they are. "[FIRING:1]  Disk  full!" -> "firing 1 disk full".
std::string normalize_fingerprint_text(std::string_view text);

struct MergeOptions {
  // How far after the earliest copy another copy may lie to collapse by
  // fingerprint; zero (or less) turns fingerprint collapse off.
  Nanoseconds dedup_window = std::chrono::minutes(2);
  std::vector<FingerprintPart> dedup_key = default_dedup_key();
};

std::vector<Event> merge_events(std::vector<Event> events, Diagnostics& diagnostics,
                                const MergeOptions& options = {});

}  // namespace hindsight
