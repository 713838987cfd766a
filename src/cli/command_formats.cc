// `hindsight formats`: the input formats hindsight reads, for people who
// wonder whether their export will do.
#include <algorithm>

#include <fmt/format.h>

#include "cli/commands.h"
#include "hindsight/adapter.h"
#include "hindsight/cli.h"

namespace hindsight::cli {
namespace {

int run(Streams& streams) {
  std::size_t width = 0;
  for (const Adapter* adapter : adapters()) width = std::max(width, adapter->name().size());
  for (const Adapter* adapter : adapters()) {
    streams.out << fmt::format("{:<{}}  {}\n{:<{}}  e.g. {}\n", adapter->name(), width,
                               adapter->description(), "", width, adapter->example());
  }
  streams.out << "\nFormats are detected per document; force one with --input-format NAME, or "
                 "for one file with NAME:path.\n";
  return exit_success;
}

}  // namespace

Command add_formats_command(CLI::App& app) {
  CLI::App* command = app.add_subcommand("formats", "List the input formats hindsight reads");
  return {command, [](Streams& streams) { return run(streams); }};
}

}  // namespace hindsight::cli
