// `hindsight premortem`: a pre-mortem document for a planned risky change.
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "hindsight/cli.h"
#include "hindsight/load.h"
#include "hindsight/load_check.h"
#include "hindsight/plan.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct PremortemFlags {
  std::string plan;
  OutputFlags output;
  std::string diagnostics_format = "text";
  bool strict = false;
  bool force = false;
};

// The team writes its answers into the document, so an existing one is
// replaced only when asked to.
void check_output(const PremortemFlags& flags, const FileSystem& fs) {
  const std::string& path = flags.output.output;
  if (flags.force || path.empty() || path == "-") return;
  if (fs.stat(path) == FileSystem::Entry::file) {
    throw UsageError(fmt::format(
        "-o {}: the file exists and may hold the team's answers; pass --force to replace it",
        path));
  }
}

int run(const PremortemFlags& flags, Streams& streams) {
  const auto file_system = make_disk_file_system();
  const std::optional<Zone> requested = requested_zone(flags.output);
  check_output(flags, *file_system);

  Diagnostics diagnostics;
  const std::optional<Plan> plan = load_plan(flags.plan, *file_system, streams.in, diagnostics);
  const int status =
      print_diagnostics(diagnostics, flags.diagnostics_format, flags.strict, streams.err);
  if (status != exit_success) {
    streams.err << "hindsight: " << count_problems(diagnostics) << "; no output written\n";
    return status;
  }

  RenderSettings settings;
  if (requested) {
    settings.display_zone = *requested;
  } else if (!plan->timezone.empty()) {
    settings.display_zone = lookup_zone(plan->timezone).zone.value_or(Zone{});
  }
  const LoadCheck check = check_load(*plan);
  std::ostringstream document;
  render_premortem(document, *plan, check, settings);
  emit(document.str(), flags.output, streams.out);
  return exit_success;
}

}  // namespace

Command add_premortem_command(CLI::App& app) {
  auto flags = std::make_shared<PremortemFlags>();
  CLI::App* command = app.add_subcommand(
      "premortem", "Write a pre-mortem document (Markdown) for a planned risky change");
  command->add_option("plan", flags->plan, "The plan: a YAML file, or - for stdin")
      ->type_name("PLAN")
      ->required();
  command
      ->add_option("--tz", flags->output.tz,
                   "IANA zone to show times in (default: the plan's timezone, else UTC)")
      ->type_name("ZONE");
  command
      ->add_option("-o,--output", flags->output.output,
                   "Write to FILE (replaced atomically) instead of stdout")
      ->type_name("FILE");
  command->add_flag("--force", flags->force, "Replace an existing -o FILE");
  command
      ->add_option("--diagnostics", flags->diagnostics_format,
                   "How to print problems: text (file:line:col: ...) or json (one object per line)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--strict", flags->strict, "Treat warnings as errors");
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
