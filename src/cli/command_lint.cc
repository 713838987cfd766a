// `hindsight lint`: check written postmortems for blaming language and
// gaps, for people before they share one and for CI in a postmortem repo.
#include <algorithm>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/command_context.h"
#include "cli/commands.h"
#include "hindsight/cli.h"
#include "hindsight/lint.h"
#include "hindsight/load.h"

namespace hindsight::cli {
namespace {

constexpr const char* default_config_path = ".hindsight-lint.yaml";

struct LintFlags {
  std::vector<std::string> files;
  std::string config;              // empty: default_config_path when it exists
  std::vector<std::string> rules;  // RULE=LEVEL
  std::string diagnostics_format = "text";
};

void print(const Diagnostics& diagnostics, const LintFlags& flags, std::ostream& err) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    err << (flags.diagnostics_format == "json" ? format_diagnostic_json(diagnostic)
                                               : format_diagnostic(diagnostic))
        << '\n';
  }
}

// The config file, then the --rule flags over it. Throws UsageError for a
// bad --rule; returns false after printing a bad or unreadable config file,
// with `status` set.
bool configure(const LintFlags& flags, const FileSystem& fs, Streams& streams, LintConfig& config,
               int& status) {
  LintConfig flags_only;  // --rule is checked before any file is read
  for (const std::string& setting : flags.rules) {
    if (std::string error = apply_rule_setting(setting, flags_only); !error.empty()) {
      throw UsageError(error);
    }
  }
  std::string path = flags.config;
  if (path.empty() && fs.stat(default_config_path) == FileSystem::Entry::file) {
    path = default_config_path;
  }
  if (!path.empty()) {
    std::string text;
    std::string error;
    const FileSystem::Entry entry = fs.stat(path);
    if (entry == FileSystem::Entry::missing) {
      error = "no such file";
    } else if (entry == FileSystem::Entry::directory) {
      error = "is a directory";
    } else if (!fs.read(path, text, error)) {
      error = "cannot read file: " + error;
    }
    if (!error.empty()) {
      streams.err << "hindsight: error: " << (flags.config.empty() ? "" : "--config ") << path
                  << ": " << error << '\n';
      status = exit_io;
      return false;
    }
    Diagnostics problems;
    if (!read_lint_config(path, text, config, problems)) {
      print(problems, flags, streams.err);
      streams.err << "hindsight: " << count_problems(problems) << " in " << path
                  << "; nothing checked\n";
      status = exit_usage;
      return false;
    }
  }
  for (const std::string& setting : flags.rules) apply_rule_setting(setting, config);
  return true;
}

// The text of `path` ("-": stdin), or false after reporting why it cannot
// be read.
bool read_postmortem(const std::string& path, const FileSystem& fs, std::istream& in,
                     std::string& text, Diagnostics& diagnostics) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  }
  UnreadableFileWords words;
  words.directory_hint = fmt::format("name the Markdown files, e.g. {}/*.md", path);
  std::optional<std::string> contents = read_named_file(path, fs, diagnostics, words);
  if (!contents) return false;
  text = std::move(*contents);
  return true;
}

// The rules with their default levels, for `hindsight lint --help`.
std::string rules_help() {
  std::size_t width = 0;
  for (const LintRule& rule : lint_rules()) width = std::max(width, rule.id.size());
  std::string text = "Rules (default level; docs/lint.md describes each):\n";
  for (const LintRule& rule : lint_rules()) {
    text += fmt::format("  {:<{}}  {:<7}  {}\n", rule.id, width,
                        rule.default_level == RuleLevel::error ? "error" : "warning", rule.summary);
  }
  return text;
}

int run(const LintFlags& flags, Streams& streams) {
  const auto fs = make_disk_file_system();
  LintConfig config;
  int status = exit_success;
  if (!configure(flags, *fs, streams, config, status)) return status;

  Diagnostics diagnostics;
  std::size_t checked = 0;
  for (const std::string& path : flags.files) {
    std::string text;
    if (!read_postmortem(path, *fs, streams.in, text, diagnostics)) continue;
    lint_postmortem(path == "-" ? "<stdin>" : path, text, config, diagnostics);
    ++checked;
  }
  print(diagnostics, flags, streams.err);

  const std::string files = fmt::format("{} file{}", checked, checked == 1 ? "" : "s");
  if (diagnostics.empty()) {
    streams.out << "ok: " << files << '\n';
    return exit_success;
  }
  streams.err << "hindsight: " << count_problems(diagnostics) << " in " << files << '\n';
  return diagnostics.has_io_errors() ? exit_io : exit_invalid_input;
}

}  // namespace

Command add_lint_command(CLI::App& app) {
  auto flags = std::make_shared<LintFlags>();
  CLI::App* command =
      app.add_subcommand("lint", "Check a written postmortem for blaming language and gaps");
  command->footer(rules_help());
  command->add_option("files", flags->files, "Markdown postmortems, or - for stdin")
      ->type_name("FILE")
      ->required();
  command
      ->add_option("--config", flags->config,
                   "Rule levels from this YAML file (default: .hindsight-lint.yaml in the "
                   "current directory, if there is one)")
      ->type_name("FILE");
  command
      ->add_option("--rule", flags->rules,
                   "Set a rule's level, e.g. counterfactual=off or blaming-language=error "
                   "(repeatable; beats the config file)")
      ->type_name("RULE=LEVEL")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--diagnostics", flags->diagnostics_format,
                   "How to print findings: text (file:line:col: ... [rule]) or json (one "
                   "object per line)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
