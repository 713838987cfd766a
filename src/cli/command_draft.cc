// `hindsight draft`: the blameless postmortem draft in Markdown.
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "hindsight/analyze.h"
#include "hindsight/cli.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct DraftFlags {
  InputFlags input;
  OutputFlags output;
  AnalysisFlags analysis;
};

int run(const DraftFlags& flags, Streams& streams) {
  const AnalyzeOptions options = analysis_options(flags.analysis);
  const std::optional<Zone> zone = requested_zone(flags.output);
  int status = exit_success;
  const std::optional<LoadedTimeline> loaded = load_for_output(flags.input, streams, status);
  if (!loaded) return status;

  const Metrics metrics = analyze(loaded->incident, loaded->events, options);
  RenderSettings settings;
  settings.display_zone = display_zone(zone, loaded->incident);
  settings.relative_to = metrics.impact_start.time;
  std::ostringstream text;
  render_draft(text, loaded->incident, loaded->events, metrics, settings);
  emit(text.str(), flags.output, streams.out);
  return exit_success;
}

}  // namespace

Command add_draft_command(CLI::App& app) {
  auto flags = std::make_shared<DraftFlags>();
  CLI::App* command = app.add_subcommand("draft", "Write a blameless postmortem draft (Markdown)");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output);
  add_analysis_flags(*command, flags->analysis);
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
