// hindsight: outage event logs in, timeline, metrics and postmortem draft out.
// Everything happens in the library; see hindsight/cli.h.
#include <iostream>

#include "hindsight/cli.h"

int main(int argc, char** argv) {
  return hindsight::run_cli(argc, argv, std::cin, std::cout, std::cerr);
}
