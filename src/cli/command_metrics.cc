// `hindsight metrics`: milestones, TTD/TTA/TTM/TTR and suspected triggers.
#include <memory>

#include "cli/commands.h"
#include "hindsight/analyze.h"
#include "hindsight/cli.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct MetricsFlags {
  InputFlags input;
  OutputFlags output;
  AnalysisFlags analysis;
  std::string format = "md";
};

int run(const MetricsFlags& flags, Streams& streams) {
  const MetricsFormat format = *parse_metrics_format(flags.format);
  int status = exit_success;
  const std::optional<Report> report =
      prepare_report(flags.input, flags.output, flags.analysis, streams, status);
  if (!report) return status;
  emit_with(flags.output, streams.out, [&](std::ostream& out) {
    render_metrics(out, format, report->metrics, report->settings);
  });
  return exit_success;
}

}  // namespace

Command add_metrics_command(CLI::App& app) {
  auto flags = std::make_shared<MetricsFlags>();
  CLI::App* command =
      app.add_subcommand("metrics", "Compute impact start, TTD, TTA, TTM, TTR and triggers");
  add_input_flags(*command, flags->input);
  command->add_option("-f,--format", flags->format, "md or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  add_output_flags(*command, flags->output);
  add_analysis_flags(*command, flags->analysis);
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
