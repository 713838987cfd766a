// `hindsight validate`: check inputs and report every problem, for CI.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "hindsight/cli.h"

namespace hindsight::cli {
namespace {

int run(const InputFlags& flags, Streams& streams) {
  LoadedTimeline loaded = load_timeline(flags, streams.in);
  const int status = report_diagnostics(loaded, flags, streams.err, true);
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  const std::string counts =
      plural(loaded.file_count, "file") + ", " + plural(loaded.events.size(), "event");
  if (status == exit_success) {
    streams.out << "ok: " << counts;
    if (loaded.diagnostics.warning_count() > 0) {
      streams.out << " (" << plural(loaded.diagnostics.warning_count(), "warning") << ")";
    }
    streams.out << '\n';
  } else {
    streams.err << "hindsight: " << count_problems(loaded.diagnostics) << " in " << counts << '\n';
  }
  return status;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto flags = std::make_shared<InputFlags>();
  CLI::App* command =
      app.add_subcommand("validate", "Check event logs and report every problem found");
  add_input_flags(*command, *flags);
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
