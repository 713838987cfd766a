// Normalize: from parsed documents to validated events and one incident header.
//
// Finds each document's format (forced, or the first adapter that
// recognises it), merges the incident headers of all native inputs, and
// turns every document into Events: kind resolved, times in UTC, fields
// checked. Every problem is a diagnostic at the offending node; an
// invalid event is dropped from the result but never silently.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/load.h"
#include "hindsight/time.h"

namespace hindsight {

// How far read_and_normalize has got, for a progress line.
struct ReadProgress {
  std::size_t files_read = 0;
  std::size_t files_total = 0;
  std::size_t events = 0;
};

struct NormalizeOptions {
  // --assume-tz: the zone for offset-less times; beats the header's timezone.
  std::optional<Zone> assume_zone;
  // The formats to detect and force: the built-ins, plus any --mapping.
  FormatSet formats;
  // --input-format: read every document without a NAME:path prefix with
  // this format instead of detecting it. Null to detect.
  const Adapter* input_format = nullptr;
  // --skew SOURCE=DURATION: added to the times of events whose `source`
  // (else format name) is SOURCE. Overrides the header's `skew:` entry.
  std::map<std::string, Nanoseconds> skew;
  // read_and_normalize: how many files are read at once (--jobs); 0 for
  // one per core. The result never depends on it.
  unsigned jobs = 0;
  // read_and_normalize: how much any file, and the whole run, may hold.
  InputLimits limits;
  // read_and_normalize: called after each file is read, one call at a
  // time (from whichever thread read it). Empty for none.
  std::function<void(const ReadProgress&)> on_progress;
};

struct NormalizedLog {
  Incident incident;
  std::vector<Event> events;  // in input order
};

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics);

// load_inputs() and normalize() in one pass, file by file: each file is
// read, parsed and turned into events, and its documents freed, so memory
// holds the documents of the files being read rather than every file's.
// Files are read `options.jobs` at a time and joined in input order. The
// events and problems are those of load_inputs() and normalize(), except
// that each file's reading problems come with its other problems rather
// than all first; and the result is the same, byte for byte, whatever the
// number of jobs. `file_count` is set to the number of files read.
NormalizedLog read_and_normalize(const std::vector<std::string>& inputs, const FileSystem& fs,
                                 std::istream& stdin_stream, const NormalizeOptions& options,
                                 Diagnostics& diagnostics, std::size_t& file_count);

}  // namespace hindsight
