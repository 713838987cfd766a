// What every subcommand shares: the streams, the flags that select and read
// inputs, and the steps from inputs to a merged timeline. Implemented in
// command_flags.cc (the shared flags), command_loading.cc (inputs to a
// timeline, and its diagnostics) and command_report.cc (from a timeline to
// what a report renders, and where it goes).
#pragma once

#include <istream>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "hindsight/adapter.h"
#include "hindsight/analyze.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/input_limits.h"
#include "hindsight/merge.h"
#include "hindsight/render.h"
#include "hindsight/time.h"

namespace hindsight::cli {

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

// A flag value that is wrong: reported as a usage error (exit 2).
class UsageError : public Error {
 public:
  using Error::Error;
};

// Flags every subcommand that reads inputs takes, as given.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string assume_tz;
  std::string input_format;
  std::vector<std::string> mappings;  // --mapping FILE
  std::vector<std::string> skew;      // SOURCE=DURATION
  std::string diagnostics_format = "text";
  bool strict = false;
  std::string dedup_window = "2m";
  std::string dedup_key = "kind,service,title";
  unsigned jobs = 0;  // --jobs: files read at once; 0 for one per core
  // --max-*: the limits of what a run reads. Sizes stay text until
  // input_limits() reads them, so that a bad one is a usage error that
  // names its flag.
  InputLimits limits;
  std::string max_file_size;
  std::string max_value_size;
};

void add_input_flags(CLI::App& command, InputFlags& flags);

// The --max-* flags as limits; throws UsageError naming the flag for a
// size that is not one.
InputLimits input_limits(const InputFlags& flags);

// --mapping FILE (repeatable): for subcommands that read inputs, and for
// `formats`, which lists what the mappings add.
void add_mapping_flag(CLI::App& command, std::vector<std::string>& mappings);

// The formats of a run: the built-ins plus the mappings read from files.
struct RunFormats {
  std::vector<std::unique_ptr<Adapter>> mappings;  // owned here; `set` points into them
  FormatSet set;
};

// Reads the --mapping files; problems go to `diagnostics`.
RunFormats read_run_formats(const std::vector<std::string>& mapping_paths,
                            Diagnostics& diagnostics);

// --dedup-window and --dedup-key as merge options; throws UsageError naming
// the flag for a malformed or negative window or an unknown key field.
MergeOptions merge_options(const InputFlags& flags);

// --tz and -o, for subcommands that print a report.
struct OutputFlags {
  std::string tz;
  std::string output;
  bool anonymize = false;
  std::string anonymize_map;  // where to write who became whom
};

void add_output_flags(CLI::App& command, OutputFlags& flags);

// --trigger-window, for subcommands that analyze.
struct AnalysisFlags {
  std::string trigger_window = "24h";
};

void add_analysis_flags(CLI::App& command, AnalysisFlags& flags);

// Throws UsageError for a malformed window.
AnalyzeOptions analysis_options(const AnalysisFlags& flags);

// What the inputs said, merged.
struct LoadedTimeline {
  Incident incident;
  std::vector<Event> events;  // merged: ordered and de-duplicated
  std::size_t file_count = 0;
  std::size_t collapsed = 0;  // events that merge collapsed into others
  Diagnostics diagnostics;
};

// load -> normalize -> merge. Throws UsageError for a bad --assume-tz,
// --input-format, --skew, --dedup-window or --dedup-key.
// A progress line is drawn on `err` while the inputs are read, when it is
// a terminal (progress_line.h).
LoadedTimeline load_timeline(const InputFlags& flags, std::istream& in, std::ostream& err);

// Prints the diagnostics to `err` in the chosen format; notes only when
// `with_notes` (validate shows them, the commands that write output do not).
// Returns the exit code they mean: exit_io for file problems,
// exit_invalid_input for errors (and for warnings under --strict), else
// exit_success. Notes never change it.
int report_diagnostics(const LoadedTimeline& loaded, const InputFlags& flags, std::ostream& err,
                       bool with_notes = false);

// The same for any diagnostics: `format` is "text" or "json".
int print_diagnostics(const Diagnostics& diagnostics, const std::string& format, bool strict,
                      std::ostream& err, bool with_notes = false);

// load_timeline and report_diagnostics for a subcommand that writes output:
// nullopt (with the closing line printed and `status` set) when the input's
// problems mean no output may be written.
std::optional<LoadedTimeline> load_for_output(const InputFlags& flags, Streams& streams,
                                              int& status);

// What a report-writing subcommand works from once its inputs are read.
struct Report {
  LoadedTimeline loaded;
  Metrics metrics;
  RenderSettings settings;  // display zone; T± relative to impact start
};

// Validates the flags, loads the inputs (see load_for_output) and analyzes
// them; nullopt with `status` set when no output may be written.
std::optional<Report> prepare_report(const InputFlags& input, const OutputFlags& output,
                                     const AnalysisFlags& analysis, Streams& streams, int& status);

// "2 errors, 1 warning": for the line that closes a run with problems.
std::string count_problems(const Diagnostics& diagnostics);

// The --tz flag's zone, if given; read before the inputs so that a bad flag
// is a usage error whatever the inputs hold. Throws UsageError.
std::optional<Zone> requested_zone(const OutputFlags& flags);

// The zone to show times in: --tz if given, else the incident's timezone,
// else UTC.
Zone display_zone(const std::optional<Zone>& requested, const Incident& incident);

// A zone flag's value; throws UsageError naming `flag` when unknown.
Zone parse_zone_flag(const std::string& flag, const std::string& value);

// Writes `text` to the -o file atomically, or to `out` when there is none
// or it is "-". Throws hindsight::Error when the file cannot be written.
void emit(const std::string& text, const OutputFlags& flags, std::ostream& out);

// The same for output written by `write`: streamed to `out` in large
// chunks as it is produced, or built whole and written atomically to the
// -o file.
void emit_with(const OutputFlags& flags, std::ostream& out,
               const std::function<void(std::ostream&)>& write);

}  // namespace hindsight::cli
