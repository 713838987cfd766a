// The entry point shared by `main` and the CLI tests: parse the command
// line, run the chosen subcommand, turn failures into exit codes.
#include "hindsight/cli.h"

#include <cerrno>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/standard_output.h"

namespace hindsight {
namespace {

constexpr const char* exit_code_help = R"(Exit codes:
  0  success
  1  the input has errors (or warnings, with --strict); lint: any finding
  2  usage error: unknown flag, bad flag value, bad lint config
  3  I/O error: an input cannot be read or the output cannot be written

Run `hindsight COMMAND --help` for a command's flags. Documentation: docs/cli.md)";

}  // namespace

int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out,
            std::ostream& err) {
  CLI::App app{
      "hindsight: turn the event logs of an outage into one timeline, its metrics and a "
      "blameless postmortem draft; or a planned risky change into a pre-mortem.",
      "hindsight"};
  app.set_version_flag("-V,--version", "hindsight " HINDSIGHT_VERSION);
  app.require_subcommand(1);
  app.footer(exit_code_help);

  const std::vector<cli::Command> commands = {
      cli::add_draft_command(app),    cli::add_timeline_command(app),
      cli::add_metrics_command(app),  cli::add_validate_command(app),
      cli::add_chart_command(app),    cli::add_lint_command(app),
      cli::add_premortem_command(app), cli::add_template_command(app),
      cli::add_formats_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& request) {
    return app.exit(request, out, err);
  } catch (const CLI::CallForAllHelp& request) {
    return app.exit(request, out, err);
  } catch (const CLI::CallForVersion& request) {
    return app.exit(request, out, err);
  } catch (const CLI::ParseError& error) {
    err << "hindsight: error: " << error.what() << "\n"
        << "Run `hindsight --help` or `hindsight COMMAND --help` for usage.\n";
    return exit_usage;
  }

  cli::Streams streams{in, out, err};
  try {
    for (const cli::Command& command : commands) {
      if (!command.app->parsed()) continue;
      const int status = command.run(streams);
      // Reports go through emit(), which checks its writes as they fail;
      // this catches what a command printed directly (lint, validate,
      // formats), with the errno its failed write left.
      if (!out.flush()) {
        const int error_number = errno;
        if (error_number == EPIPE) return status;
        cli::throw_write_failure(error_number);
      }
      return status;
    }
  } catch (const cli::OutputClosed&) {
    return exit_success;
  } catch (const cli::UsageError& error) {
    err << "hindsight: error: " << error.what() << '\n';
    return exit_usage;
  } catch (const Error& error) {
    err << "hindsight: error: " << error.what() << '\n';
    return exit_io;
  }
  return exit_usage;  // unreachable: require_subcommand(1)
}

}  // namespace hindsight
