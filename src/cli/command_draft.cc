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
  int status = exit_success;
  const std::optional<Report> report =
      prepare_report(flags.input, flags.output, flags.analysis, streams, status);
  if (!report) return status;
  std::ostringstream text;
  render_draft(text, report->loaded.incident, report->loaded.events, report->metrics,
               report->settings);
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
