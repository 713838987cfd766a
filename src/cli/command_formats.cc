// `hindsight formats`: the input formats hindsight reads, for people who
// wonder whether their export will do, and what their mappings add.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/command_context.h"
#include "cli/commands.h"
#include "hindsight/adapter.h"
#include "hindsight/cli.h"

namespace hindsight::cli {
namespace {

struct FormatsFlags {
  std::vector<std::string> mappings;
  std::string diagnostics_format = "text";
};

int run(const FormatsFlags& flags, Streams& streams) {
  LoadedTimeline loaded;  // only for its diagnostics, so they print as usual
  const RunFormats formats = read_run_formats(flags.mappings, loaded.diagnostics);
  InputFlags reporting;
  reporting.diagnostics_format = flags.diagnostics_format;
  if (const int status = report_diagnostics(loaded, reporting, streams.err);
      status != exit_success) {
    return status;
  }
  const auto& list = formats.set.in_detection_order();
  std::size_t width = 0;
  for (const Adapter* adapter : list) width = std::max(width, adapter->name().size());
  for (const Adapter* adapter : list) {
    streams.out << fmt::format("{:<{}}  {}\n{:<{}}  e.g. {}\n", adapter->name(), width,
                               adapter->description(), "", width, adapter->example());
  }
  streams.out << "\nFormats are detected per document, in this order; force one with "
                 "--input-format NAME, or for one file with NAME:path.\n";
  return exit_success;
}

}  // namespace

Command add_formats_command(CLI::App& app) {
  auto flags = std::make_shared<FormatsFlags>();
  CLI::App* command = app.add_subcommand("formats", "List the input formats hindsight reads");
  add_mapping_flag(*command, flags->mappings);
  command
      ->add_option("--diagnostics", flags->diagnostics_format,
                   "How to print problems in mapping files: text or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
