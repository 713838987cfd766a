// The flags the subcommands share (--tz, --mapping, --dedup-window, ...):
// registering them, and turning their values into the library's options.
#include "cli/command_context.h"

#include <fmt/format.h>

#include "cli/byte_size.h"
#include "hindsight/cli.h"
#include "hindsight/merge.h"

namespace hindsight::cli {

namespace {

// The limits of docs/reliability.md, each with its default in the help.
void add_limit_flags(CLI::App& command, InputFlags& flags) {
  const InputLimits defaults;
  const auto group = "Limits (docs/reliability.md)";
  command
      .add_option("--max-file-size", flags.max_file_size,
                  fmt::format("Refuse an input file larger than this (default: {} MiB)",
                              defaults.max_file_bytes >> 20))
      ->type_name("SIZE")
      ->group(group);
  command
      .add_option("--max-depth", flags.limits.max_depth,
                  fmt::format("Refuse maps and lists nested deeper than this (default: {}; at "
                              "most {})",
                              defaults.max_depth, kDeepestDepthLimit))
      ->type_name("N")
      ->check(CLI::Range(std::size_t{1}, kDeepestDepthLimit))
      ->group(group);
  command
      .add_option("--max-alias-nodes", flags.limits.max_alias_nodes,
                  fmt::format("Refuse a document whose YAML aliases copy more nodes than this "
                              "(default: {})",
                              defaults.max_alias_nodes))
      ->type_name("N")
      ->check(CLI::PositiveNumber)
      ->group(group);
  command
      .add_option("--max-documents", flags.limits.max_documents,
                  fmt::format("Refuse a file of more `---` documents than this (default: {})",
                              defaults.max_documents))
      ->type_name("N")
      ->check(CLI::PositiveNumber)
      ->group(group);
  command
      .add_option("--max-value-size", flags.max_value_size,
                  fmt::format("Refuse a single value longer than this (default: {} MiB)",
                              defaults.max_value_bytes >> 20))
      ->type_name("SIZE")
      ->group(group);
  command
      .add_option("--max-events", flags.limits.max_events,
                  fmt::format("Refuse a run of more events than this (default: {})",
                              defaults.max_events))
      ->type_name("N")
      ->check(CLI::PositiveNumber)
      ->group(group);
}

}  // namespace

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
  command
      .add_option("--jobs", flags.jobs,
                  "Read this many files at once (default: one per core); the output is the "
                  "same for any number")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  add_limit_flags(command, flags);
}

InputLimits input_limits(const InputFlags& flags) {
  InputLimits limits = flags.limits;
  const auto size = [](const char* flag, const std::string& text, std::size_t& into) {
    if (text.empty()) return;
    const std::optional<std::size_t> bytes = parse_byte_size(text);
    if (!bytes) {
      throw UsageError(fmt::format(
          "{} {}: expected a size in bytes, optionally with K, M, G or T (e.g. 512M, 4G)", flag,
          text));
    }
    into = *bytes;
  };
  size("--max-file-size", flags.max_file_size, limits.max_file_bytes);
  size("--max-value-size", flags.max_value_size, limits.max_value_bytes);
  return limits;
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

}  // namespace hindsight::cli
