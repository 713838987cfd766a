// Plans: a risky change as its owners intend to make it.
//
// `hindsight premortem` reads a plan (a backfill, a migration, a deploy:
// what, when, which services, which external dependencies with their limits
// and quotas, and how much load the change puts on them) and writes a
// pre-mortem document from it. docs/premortem.md describes the format.
//
// The reader checks every field and reports problems at their line and
// column; numbers the plan leaves out stay unknown (nullopt), so that the
// load check can say what is missing instead of assuming a value.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/load.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight {

enum class PlanKind { backfill, migration, deploy, config_change, other };

// "backfill", "migration", "deploy", "config_change", "other".
std::string_view plan_kind_name(PlanKind kind);

// The largest count a plan may give (requests, items, workers): far above
// any real plan, and small enough that exact products of counts and
// periods stay inside 128 bits.
inline constexpr std::uint64_t kMaxPlanCount = 1'000'000'000'000'000;  // 10^15

// `requests` every `per_seconds` seconds, as written ("1200/s" is 1200 per
// 1; "1080000 per 1h" is 1080000 per 3600). Periods are whole seconds, from
// 1 second to 100 years.
struct Rate {
  std::uint64_t requests = 0;
  std::int64_t per_seconds = 1;
};

// How much load the change makes. Every field is optional.
struct PlanVolume {
  std::optional<std::uint64_t> items;              // units of work (pages, rows, ...)
  std::optional<std::uint64_t> requests_per_item;  // calls to a dependency per item
  std::optional<std::uint64_t> requests;           // calls in total, when known directly
  std::optional<Rate> rate;                        // the rate of all workers together
  std::optional<std::uint64_t> concurrency;        // workers running at once (at least 1)
  std::optional<Rate> rate_per_worker;             // the rate of one worker
  std::optional<std::uint64_t> retries;            // retries per failed call, at most
};

// A budget that resets: at most `requests` per window of `per_seconds`,
// windows starting at `resets_at` (and every `per_seconds` before and
// after it) when that is known.
struct Quota {
  std::uint64_t requests = 0;
  std::int64_t per_seconds = 1;
  std::optional<Timestamp> resets_at;
};

// Another user of the same dependency, whose calls count against the same
// limit and quota.
struct SharedUser {
  std::string name;
  std::optional<Rate> rate;  // its usual rate, if the plan knows it
};

struct Dependency {
  std::string name;
  std::optional<Rate> limit;  // a rate limit
  std::optional<Quota> quota;
  std::vector<SharedUser> shared_with;
  std::string notes;
};

struct Plan {
  std::string title;
  PlanKind kind = PlanKind::other;
  std::string owner;
  std::string timezone;  // IANA name as written (checked), or empty
  std::optional<Timestamp> start;
  std::optional<Timestamp> end;         // given as `end`, or start + `duration`
  std::optional<Nanoseconds> duration;  // given as `duration`, or end - start
  std::vector<std::string> services;
  std::string on_call;
  std::string rollback;
  std::vector<std::string> alerts;  // alerts expected to fire if it goes wrong
  std::string notes;
  PlanVolume volume;
  std::vector<Dependency> dependencies;
};

// Reads a plan file's parsed documents: exactly one, a map with `plan:`
// (and optionally `hindsight: 1`). Every problem goes to `diagnostics`;
// nullopt when there are errors (warnings, such as unknown keys, still give
// a plan).
std::optional<Plan> read_plan(const std::vector<RawNode>& documents, const std::string& path,
                              Diagnostics& diagnostics);

// Reads and parses the file at `path` ("-" for `stdin_stream`, shown as
// "<stdin>") and then read_plan. A missing or unreadable file is an I/O
// diagnostic.
std::optional<Plan> load_plan(const std::string& path, const FileSystem& fs,
                              std::istream& stdin_stream, Diagnostics& diagnostics);

}  // namespace hindsight
