// What a report-writing subcommand does between reading its inputs and
// rendering: anonymizing, analyzing, choosing the display zone; and where
// the output goes.
#include "cli/command_context.h"

#include <cerrno>
#include <sstream>

#include "cli/buffered_output.h"
#include "cli/standard_output.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "hindsight/anonymize.h"
#include "hindsight/cli.h"
#include "hindsight/output_file.h"

namespace hindsight::cli {

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

void emit_with(const OutputFlags& flags, std::ostream& out,
               const std::function<void(std::ostream&)>& write) {
  if (flags.output.empty() || flags.output == "-") {
    ChunkedBuffer chunks(out);
    std::ostream chunked(&chunks);
    write(chunked);
    chunked.flush();
    if (chunks.write_error() != 0) throw_write_failure(chunks.write_error());
    return;
  }
  std::ostringstream text;
  write(text);
  write_file_atomically(flags.output, text.str());
}

void emit(const std::string& text, const OutputFlags& flags, std::ostream& out) {
  const std::string& output_path = flags.output;
  if (output_path.empty() || output_path == "-") {
    errno = 0;
    if (!(out << text).flush()) throw_write_failure(errno);
    return;
  }
  write_file_atomically(output_path, text);
}

}  // namespace hindsight::cli
