// `hindsight metrics`: milestones, TTD/TTA/TTM/TTR and suspected triggers.
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/duration_flag.h"
#include "hindsight/analyze.h"
#include "hindsight/cli.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct MetricsFlags {
  InputFlags input;
  std::string format = "md";
  std::string tz;
  std::string trigger_window = "24h";
  std::string output;
};

int run(const MetricsFlags& flags, Streams& streams) {
  const MetricsFormat format = *parse_metrics_format(flags.format);
  AnalyzeOptions options;
  if (auto window = parse_duration_flag(flags.trigger_window)) {
    options.trigger_window = *window;
  } else {
    throw UsageError(fmt::format("--trigger-window {}: expected a duration such as 24h, 90m or "
                                 "1h30m",
                                 flags.trigger_window));
  }
  LoadedTimeline loaded = load_timeline(flags.input, streams.in);
  const int status = report_diagnostics(loaded, flags.input, streams.err);
  if (status != exit_success) {
    streams.err << "hindsight: " << count_problems(loaded.diagnostics) << "; no output written\n";
    return status;
  }
  RenderSettings settings;
  settings.display_zone = display_zone(flags.tz, loaded.incident);
  const Metrics metrics = analyze(loaded.incident, loaded.events, options);
  settings.relative_to = metrics.impact_start.time;

  std::ostringstream text;
  render_metrics(text, format, metrics, settings);
  emit(text.str(), flags.output, streams.out);
  return exit_success;
}

}  // namespace

Command add_metrics_command(CLI::App& app) {
  auto flags = std::make_shared<MetricsFlags>();
  CLI::App* command =
      app.add_subcommand("metrics", "Compute impact start, TTD, TTA, TTM, TTR and triggers");
  add_input_flags(*command, flags->input);
  command->add_option("-f,--format", flags->format, "md or json")
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  command->add_option("--tz", flags->tz,
                      "IANA zone to show times in (default: the incident's timezone, else UTC)");
  command
      ->add_option("--trigger-window", flags->trigger_window,
                   "How long before impact start a change is listed as a suspected trigger")
      ->capture_default_str();
  command->add_option("-o,--output", flags->output,
                      "Write to this file (replaced atomically) instead of stdout");
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
