// `hindsight validate`: check inputs and report every problem, for CI.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "hindsight/cli.h"

namespace hindsight::cli {
namespace {

int run(const InputFlags& flags, Streams& streams) {
  LoadedTimeline loaded = load_timeline(flags, streams.in, streams.err);
  const int status = report_diagnostics(loaded, flags, streams.err, true);
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  const std::string counts =
      plural(loaded.file_count, "file") + ", " + plural(loaded.events.size(), "event");
  if (status == exit_success) {
    // "(3 collapsed, 1 warning)": what merge did, then what is worth a look.
    std::vector<std::string> remarks;
    if (loaded.collapsed > 0) remarks.push_back(fmt::format("{} collapsed", loaded.collapsed));
    if (loaded.diagnostics.warning_count() > 0) {
      remarks.push_back(plural(loaded.diagnostics.warning_count(), "warning"));
    }
    streams.out << "ok: " << counts;
    if (!remarks.empty()) streams.out << fmt::format(" ({})", fmt::join(remarks, ", "));
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
