// The command-line interface as a library function, so that tests can run
// every subcommand without a process. `main` only forwards to run_cli.
#pragma once

#include <istream>
#include <ostream>

namespace hindsight {

// Exit codes; documented in `hindsight --help`, README.md and docs/cli.md.
enum ExitCode : int {
  exit_success = 0,
  exit_invalid_input = 1,  // input has errors (or warnings under --strict)
  exit_usage = 2,          // bad flags or arguments
  exit_io = 3,             // unreadable input or unwritable output
};

int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out,
            std::ostream& err);

}  // namespace hindsight
