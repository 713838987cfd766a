// `hindsight chart`: the timeline as a standalone SVG picture, for wikis
// that do not draw Mermaid.
#include <memory>

#include "cli/commands.h"
#include "hindsight/cli.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct ChartFlags {
  InputFlags input;
  OutputFlags output;
  AnalysisFlags analysis;
  std::string lanes = "service";
  int width = 1200;
};

int run(const ChartFlags& flags, Streams& streams) {
  int status = exit_success;
  const std::optional<Report> report =
      prepare_report(flags.input, flags.output, flags.analysis, streams, status);
  if (!report) return status;
  ChartOptions options;
  options.lanes = flags.lanes == "kind" ? ChartLanes::kind : ChartLanes::service;
  options.width = flags.width;
  emit_with(flags.output, streams.out, [&](std::ostream& svg) {
    render_svg_chart(svg, report->loaded.incident, report->loaded.events, report->metrics,
                     report->settings, options);
  });
  return exit_success;
}

}  // namespace

Command add_chart_command(CLI::App& app) {
  auto flags = std::make_shared<ChartFlags>();
  CLI::App* command =
      app.add_subcommand("chart", "Draw the timeline as a standalone SVG picture");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output);
  command->add_option("--lanes", flags->lanes, "One lane per service or per kind")
      ->type_name("service|kind")
      ->check(CLI::IsMember({"service", "kind"}))
      ->capture_default_str();
  command->add_option("--width", flags->width, "Width of the picture in pixels (480 to 10000)")
      ->type_name("PX")
      ->check(CLI::Range(480, 10000))
      ->capture_default_str();
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
