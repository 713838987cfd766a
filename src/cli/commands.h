// The subcommands. Each registers its flags on the app and returns a
// function that, once the command line is parsed, does the work and returns
// the exit code.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/command_context.h"

namespace hindsight::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int(Streams&)> run;
};

Command add_timeline_command(CLI::App& app);
Command add_metrics_command(CLI::App& app);
Command add_draft_command(CLI::App& app);
Command add_validate_command(CLI::App& app);
Command add_formats_command(CLI::App& app);
Command add_chart_command(CLI::App& app);
Command add_lint_command(CLI::App& app);
Command add_premortem_command(CLI::App& app);
Command add_template_command(CLI::App& app);

}  // namespace hindsight::cli
