// hindsight: outage event logs in, timeline, metrics and postmortem draft out.
// Everything happens in the library; see hindsight/cli.h.
#include <csignal>
#include <iostream>

#include "hindsight/cli.h"

int main(int argc, char** argv) {
  // A reader that stops early (`hindsight timeline big/ | head`) must not
  // kill the run with SIGPIPE: the failed write reports EPIPE instead, and
  // run_cli ends the run quietly with success.
  std::signal(SIGPIPE, SIG_IGN);
  return hindsight::run_cli(argc, argv, std::cin, std::cout, std::cerr);
}
