#include "cli/command_context.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "hindsight/adapter.h"
#include "hindsight/anonymize.h"
#include "hindsight/cli.h"
#include "hindsight/load.h"
#include "hindsight/mapping.h"
#include "hindsight/merge.h"
#include "hindsight/normalize.h"
#include "hindsight/output_file.h"

namespace hindsight::cli {

void add_input_flags(CLI::App& command, InputFlags& flags) {
  command
      .add_option("inputs", flags.inputs,
                  "Event log files, directories (their *.yaml, *.yml, *.json) or - for stdin")
      ->type_name("INPUT")
      ->required();
  command
      .add_option("--assume-tz", flags.assume_tz,
                  "IANA zone for timestamps written without an offset "
                  "(default: the incident's timezone)")
      ->type_name("ZONE");
  command
      .add_option("--input-format", flags.input_format,
                  "Read every input as this format instead of detecting it (see `hindsight "
                  "formats`); NAME:path forces one file")
      ->type_name("NAME");
  add_mapping_flag(command, flags.mappings);
  command
      .add_option("--skew", flags.skew,
                  "Correct a source's clock: SOURCE=DURATION is added to the times of events "
                  "from SOURCE, e.g. pagerduty=-90s (repeatable; beats the header's skew:)")
      ->type_name("SOURCE=DURATION")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      .add_option("--diagnostics", flags.diagnostics_format,
                  "How to print problems: text (file:line:col: ...) or json (one object per line)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  command.add_flag("--strict", flags.strict, "Treat warnings as errors");
  command
      .add_option("--dedup-window", flags.dedup_window,
                  "Events from different files whose --dedup-key fields match and that lie at "
                  "most this far apart are one event (e.g. 2m, 90s; 0 turns this off)")
      ->type_name("DURATION")
      ->capture_default_str();
  command
      .add_option("--dedup-key", flags.dedup_key,
                  "The fields that must match for --dedup-window, separated by commas: kind, "
                  "service, title, source, actor, label:NAME")
      ->type_name("FIELDS")
      ->capture_default_str();
}

MergeOptions merge_options(const InputFlags& flags) {
  MergeOptions options;
  const std::string& window = flags.dedup_window;
  if (window == "0") {
    options.dedup_window = Nanoseconds::zero();
  } else if (const std::optional<Nanoseconds> parsed = parse_duration(window)) {
    options.dedup_window = *parsed;
  } else if (!window.empty() && window[0] == '-') {
    throw UsageError(fmt::format(
        "--dedup-window {}: a window cannot be negative (0 turns fingerprint dedup off)", window));
  } else {
    throw UsageError(fmt::format(
        "--dedup-window {}: expected a duration such as 2m, 90s or 1m30s, or 0 for off", window));
  }
  DedupKeyParse key = parse_dedup_key(flags.dedup_key);
  if (!key.error.empty()) {
    throw UsageError(fmt::format("--dedup-key {}: {}", flags.dedup_key, key.error));
  }
  options.dedup_key = std::move(key.key);
  return options;
}

void add_mapping_flag(CLI::App& command, std::vector<std::string>& mappings) {
  command
      .add_option("--mapping", mappings,
                  "Read a source hindsight does not ship through this mapping file "
                  "(repeatable; see docs/mappings.md)")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

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

void add_output_flags(CLI::App& command, OutputFlags& flags) {
  command
      .add_option("--tz", flags.tz,
                  "IANA zone to show times in (default: the incident's timezone, else UTC)")
      ->type_name("ZONE");
  command
      .add_option("-o,--output", flags.output,
                  "Write to FILE (replaced atomically) instead of stdout")
      ->type_name("FILE");
  command.add_flag("--anonymize", flags.anonymize,
                   "Replace people's names with their role, or Responder A, B, ... (bots and "
                   "services keep theirs)");
  command
      .add_option("--anonymize-map", flags.anonymize_map,
                  "With --anonymize, write who became whom to FILE (YAML), for the author only")
      ->type_name("FILE");
}

void add_analysis_flags(CLI::App& command, AnalysisFlags& flags) {
  command
      .add_option("--trigger-window", flags.trigger_window,
                  "How long before impact start a change is listed as a suspected trigger "
                  "(e.g. 24h, 90m, 1h30m, 2d)")
      ->type_name("DURATION")
      ->capture_default_str();
}

AnalyzeOptions analysis_options(const AnalysisFlags& flags) {
  AnalyzeOptions options;
  const std::optional<Nanoseconds> window = parse_duration(flags.trigger_window);
  if (!window) {
    throw UsageError(
        fmt::format("--trigger-window {}: expected a duration such as 24h, 90m or 1h30m",
                    flags.trigger_window));
  }
  options.trigger_window = *window;
  return options;
}

Zone parse_zone_flag(const std::string& flag, const std::string& value) {
  ZoneLookup lookup = lookup_zone(value);
  if (!lookup.zone) {
    throw UsageError(fmt::format("{} {}: {}{}", flag, value, lookup.error,
                                 lookup.hint.empty() ? "" : " (" + lookup.hint + ")"));
  }
  return *lookup.zone;
}

LoadedTimeline load_timeline(const InputFlags& flags, std::istream& in) {
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

  const auto file_system = make_disk_file_system();
  LoadedInputs inputs =
      load_inputs(flags.inputs, *file_system, in, loaded.diagnostics, formats.set);
  loaded.file_count = inputs.files.size();
  NormalizedLog log = normalize(inputs, options, loaded.diagnostics);
  loaded.incident = std::move(log.incident);
  const std::size_t read = log.events.size();
  loaded.events = merge_events(std::move(log.events), loaded.diagnostics, merge);
  loaded.collapsed = read - loaded.events.size();
  return loaded;
}

std::optional<LoadedTimeline> load_for_output(const InputFlags& flags, Streams& streams,
                                              int& status) {
  LoadedTimeline loaded = load_timeline(flags, streams.in);
  status = report_diagnostics(loaded, flags, streams.err);
  if (status != exit_success) {
    streams.err << "hindsight: " << count_problems(loaded.diagnostics) << "; no output written\n";
    return std::nullopt;
  }
  return loaded;
}

namespace {

// --anonymize: names out before anything is analyzed (milestone bases quote
// event titles); the map goes to its own file, never into the output.
void anonymize_if_asked(const OutputFlags& output, LoadedTimeline& loaded) {
  if (!output.anonymize) return;
  const std::vector<Replacement> replacements = anonymize(loaded.incident, loaded.events);
  if (output.anonymize_map.empty()) return;
  YAML::Emitter map;
  map.SetIndent(2);
  map << YAML::Comment("Who is who in hindsight's --anonymize output. Keep this file private.")
      << YAML::Newline << YAML::BeginMap;
  for (const Replacement& replacement : replacements) {
    map << YAML::Key << replacement.name << YAML::Value << replacement.alias;
  }
  map << YAML::EndMap;
  std::string text = replacements.empty() ? std::string("# Who is who in hindsight's "
                                                        "--anonymize output: nobody was "
                                                        "anonymized.\n{}\n")
                                          : std::string(map.c_str()) + "\n";
  write_file_atomically(output.anonymize_map, text);
}

void check_anonymize_flags(const OutputFlags& output) {
  if (!output.anonymize_map.empty() && !output.anonymize) {
    throw UsageError("--anonymize-map needs --anonymize");
  }
  if (output.anonymize_map == "-" || (!output.anonymize_map.empty() &&
                                      output.anonymize_map == output.output)) {
    throw UsageError(fmt::format("--anonymize-map {}: give a file of its own, apart from the "
                                 "output, so that the names never reach it",
                                 output.anonymize_map));
  }
}

}  // namespace

std::optional<Report> prepare_report(const InputFlags& input, const OutputFlags& output,
                                     const AnalysisFlags& analysis, Streams& streams, int& status) {
  const AnalyzeOptions options = analysis_options(analysis);
  const std::optional<Zone> zone = requested_zone(output);
  check_anonymize_flags(output);
  std::optional<LoadedTimeline> loaded = load_for_output(input, streams, status);
  if (!loaded) return std::nullopt;
  anonymize_if_asked(output, *loaded);
  Report report{std::move(*loaded), {}, {}};
  report.metrics = analyze(report.loaded.incident, report.loaded.events, options);
  report.settings.display_zone = display_zone(zone, report.loaded.incident);
  report.settings.relative_to = report.metrics.impact_start.time;
  return report;
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

std::optional<Zone> requested_zone(const OutputFlags& flags) {
  if (flags.tz.empty()) return std::nullopt;
  return parse_zone_flag("--tz", flags.tz);
}

Zone display_zone(const std::optional<Zone>& requested, const Incident& incident) {
  if (requested) return *requested;
  if (incident.timezone) {
    if (auto zone = lookup_zone(incident.timezone->value).zone) return *zone;
  }
  return Zone{};
}

void emit(const std::string& text, const OutputFlags& flags, std::ostream& out) {
  const std::string& output_path = flags.output;
  if (output_path.empty() || output_path == "-") {
    out << text;
    out.flush();
    return;
  }
  write_file_atomically(output_path, text);
}

}  // namespace hindsight::cli
