// `hindsight draft`: the blameless postmortem draft in Markdown, written
// fresh or, with --update, regenerated into a draft people have edited.
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/template_source.h"
#include "hindsight/analyze.h"
#include "hindsight/cli.h"
#include "hindsight/draft_update.h"
#include "hindsight/load.h"
#include "hindsight/output_file.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct DraftFlags {
  InputFlags input;
  OutputFlags output;
  AnalysisFlags analysis;
  std::string format = "md";
  std::string template_source;  // empty: the built-in draft
  bool update = false;
  bool force = false;
};

bool writes_to_file(const OutputFlags& output) {
  return !output.output.empty() && output.output != "-";
}

// Refuses, before any input is read, what would lose a person's work or
// cannot be done.
void check_output_flags(const DraftFlags& flags, const FileSystem& fs) {
  if (flags.update && flags.format != "md") {
    throw UsageError("--update works on the Markdown draft; drop --format " + flags.format);
  }
  if (flags.update && !writes_to_file(flags.output)) {
    throw UsageError("--update needs -o FILE: the draft to regenerate");
  }
  if (!flags.update && !flags.force && writes_to_file(flags.output) &&
      fs.stat(flags.output.output) == FileSystem::Entry::file) {
    throw UsageError(fmt::format(
        "-o {}: the file exists; pass --update to regenerate its generated sections and keep "
        "everything else, or --force to replace it",
        flags.output.output));
  }
}

int print_update_problems(const Diagnostics& diagnostics, const DraftFlags& flags,
                          Streams& streams) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    streams.err << (flags.input.diagnostics_format == "json" ? format_diagnostic_json(diagnostic)
                                                             : format_diagnostic(diagnostic))
                << '\n';
  }
  if (!diagnostics.has_errors()) return exit_success;
  streams.err << "hindsight: " << count_problems(diagnostics) << "; " << flags.output.output
              << " not changed\n";
  return exit_invalid_input;
}

// The --template, read before any input so that a broken template costs
// nothing; nullopt with `status` set after printing its problems.
std::optional<DraftTemplate> chosen_template(const DraftFlags& flags, const FileSystem& fs,
                                             Streams& streams, int& status) {
  if (flags.template_source.empty()) return DraftTemplate::standard();
  Diagnostics diagnostics;
  std::optional<DraftTemplate> draft_template =
      read_template(flags.template_source, fs, diagnostics);
  status = print_diagnostics(diagnostics, flags.input.diagnostics_format, false, streams.err);
  if (!draft_template) {
    streams.err << "hindsight: " << count_problems(diagnostics) << " in the template "
                << flags.template_source << "; no input read, no output written\n";
  }
  return draft_template;
}

int run(const DraftFlags& flags, Streams& streams) {
  const auto file_system = make_disk_file_system();
  check_output_flags(flags, *file_system);
  int status = exit_success;
  const std::optional<DraftTemplate> draft_template =
      chosen_template(flags, *file_system, streams, status);
  if (!draft_template) return status;
  const std::optional<Report> report =
      prepare_report(flags.input, flags.output, flags.analysis, streams, status);
  if (!report) return status;
  std::ostringstream fresh;
  const auto render = flags.format == "html"         ? render_draft_html
                      : flags.format == "confluence" ? render_draft_confluence
                                                     : render_draft;
  render(fresh, report->loaded.incident, report->loaded.events, report->metrics, report->settings,
         *draft_template);

  const std::string& path = flags.output.output;
  if (!flags.update || file_system->stat(path) != FileSystem::Entry::file) {
    emit(fresh.str(), flags.output, streams.out);
    return exit_success;
  }
  // From reading the draft to writing it back, another `draft --update`
  // waits its turn, then starts from what this one wrote.
  const UpdateLock lock(path);
  std::string existing;
  std::string error;
  if (!file_system->read(path, existing, error)) {
    streams.err << "hindsight: error: cannot read " << path << " to update it: " << error << '\n';
    return exit_io;
  }
  Diagnostics diagnostics;
  const std::optional<std::string> updated =
      update_draft(path, existing, fresh.str(), DraftUpdateOptions{flags.force}, diagnostics);
  if (const int problems = print_update_problems(diagnostics, flags, streams);
      problems != exit_success) {
    return problems;
  }
  if (flags.input.strict && diagnostics.warning_count() > 0) return exit_invalid_input;
  if (*updated != existing) write_file_atomically(path, *updated, &existing);
  return exit_success;
}

}  // namespace

Command add_draft_command(CLI::App& app) {
  auto flags = std::make_shared<DraftFlags>();
  CLI::App* command = app.add_subcommand("draft", "Write a blameless postmortem draft (Markdown)");
  add_input_flags(*command, flags->input);
  add_output_flags(*command, flags->output);
  add_analysis_flags(*command, flags->analysis);
  command
      ->add_option("-f,--format", flags->format,
                   "md (GitHub-flavoured Markdown), html (one self-contained page) or confluence "
                   "(wiki markup)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"md", "html", "confluence"}))
      ->capture_default_str();
  command
      ->add_option("--template", flags->template_source,
                   "Render the draft through this Mustache template, or builtin:NAME "
                   "(`hindsight template --list`; docs/templates.md)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command->add_flag("--update", flags->update,
                    "Regenerate only the generated sections of the draft at -o FILE, keeping "
                    "everything people wrote byte for byte");
  command->add_flag("--force", flags->force,
                    "Replace an existing -o FILE; with --update, also replace generated sections "
                    "edited by hand");
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
