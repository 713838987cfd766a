// Reading a run's inputs: mappings first, then every input through load,
// normalize and merge; and reporting what went wrong on the way.
#include "cli/command_context.h"

#include <fmt/format.h>

#include "cli/progress_line.h"
#include "hindsight/adapter.h"
#include "hindsight/cli.h"
#include "hindsight/load.h"
#include "hindsight/mapping.h"
#include "hindsight/merge.h"
#include "hindsight/normalize.h"

namespace hindsight::cli {

RunFormats read_run_formats(const std::vector<std::string>& mapping_paths,
                            Diagnostics& diagnostics) {
  RunFormats formats;
  const auto file_system = make_disk_file_system();
  formats.mappings = read_mappings(mapping_paths, *file_system, diagnostics);
  std::vector<const Adapter*> mappings;
  for (const auto& mapping : formats.mappings) mappings.push_back(mapping.get());
  formats.set = FormatSet(mappings);
  return formats;
}

LoadedTimeline load_timeline(const InputFlags& flags, std::istream& in, std::ostream& err) {
  NormalizeOptions options;
  if (!flags.assume_tz.empty())
    options.assume_zone = parse_zone_flag("--assume-tz", flags.assume_tz);

  for (const std::string& entry : flags.skew) {
    const std::size_t equals = entry.find('=');
    const std::optional<Nanoseconds> offset =
        equals == std::string::npos ? std::nullopt : parse_duration(entry.substr(equals + 1), true);
    if (equals == 0 || !offset) {
      throw UsageError(fmt::format(
          "--skew {}: expected SOURCE=DURATION with a signed duration, e.g. pagerduty=-90s",
          entry));
    }
    options.skew[entry.substr(0, equals)] = *offset;
  }

  const MergeOptions merge = merge_options(flags);

  LoadedTimeline loaded;
  // Mappings first: they add format names that --input-format and NAME:path
  // may use, and inputs read without them would be misread.
  const RunFormats formats = read_run_formats(flags.mappings, loaded.diagnostics);
  if (loaded.diagnostics.has_errors()) return loaded;
  options.formats = formats.set;
  if (!flags.input_format.empty()) {
    options.input_format = formats.set.find(flags.input_format);
    if (!options.input_format) {
      throw UsageError(
          fmt::format("--input-format {}: unknown format (`hindsight formats` lists them)",
                      flags.input_format));
    }
  }

  options.jobs = flags.jobs;
  options.limits = input_limits(flags);
  const auto file_system = make_disk_file_system();
  NormalizedLog log;
  {
    ProgressLine progress(ProgressLine::is_terminal(err) ? &err : nullptr);
    options.on_progress = progress.callback();
    log = read_and_normalize(flags.inputs, *file_system, in, options, loaded.diagnostics,
                             loaded.file_count);
  }
  loaded.incident = std::move(log.incident);
  const std::size_t read = log.events.size();
  loaded.events = merge_events(std::move(log.events), loaded.diagnostics, merge);
  loaded.collapsed = read - loaded.events.size();
  return loaded;
}

std::optional<LoadedTimeline> load_for_output(const InputFlags& flags, Streams& streams,
                                              int& status) {
  LoadedTimeline loaded = load_timeline(flags, streams.in, streams.err);
  status = report_diagnostics(loaded, flags, streams.err);
  if (status != exit_success) {
    streams.err << "hindsight: " << count_problems(loaded.diagnostics) << "; no output written\n";
    return std::nullopt;
  }
  return loaded;
}

int report_diagnostics(const LoadedTimeline& loaded, const InputFlags& flags, std::ostream& err,
                       bool with_notes) {
  return print_diagnostics(loaded.diagnostics, flags.diagnostics_format, flags.strict, err,
                           with_notes);
}

int print_diagnostics(const Diagnostics& diagnostics, const std::string& format, bool strict,
                      std::ostream& err, bool with_notes) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity == Severity::note && !with_notes) continue;
    err << (format == "json" ? format_diagnostic_json(diagnostic) : format_diagnostic(diagnostic))
        << '\n';
  }
  if (diagnostics.has_io_errors()) return exit_io;
  if (diagnostics.has_errors()) return exit_invalid_input;
  if (strict && diagnostics.warning_count() > 0) return exit_invalid_input;
  return exit_success;
}

std::string count_problems(const Diagnostics& diagnostics) {
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  return plural(diagnostics.error_count(), "error") + ", " +
         plural(diagnostics.warning_count(), "warning");
}

}  // namespace hindsight::cli
