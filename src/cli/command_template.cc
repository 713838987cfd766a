// `hindsight template`: the draft templates. Lists the built-in ones,
// prints one to start a team's own from, describes the data model a
// template can use, and checks templates (for CI in a repository of them).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/template_source.h"
#include "hindsight/cli.h"
#include "hindsight/draft_template.h"

namespace hindsight::cli {
namespace {

struct TemplateFlags {
  bool list = false;
  bool dump = false;
  bool fields = false;
  bool check = false;
  std::vector<std::string> names;  // --dump: one built-in name; --check: templates
  std::string diagnostics_format = "text";
};

int list_builtins(Streams& streams) {
  std::size_t width = 0;
  for (const auto& builtin : DraftTemplate::builtins()) {
    width = std::max(width, builtin.name.size() + std::string(kBuiltinPrefix).size());
  }
  for (const auto& builtin : DraftTemplate::builtins()) {
    streams.out << fmt::format("{:<{}}  {}\n", kBuiltinPrefix + std::string(builtin.name), width,
                               builtin.description);
  }
  return exit_success;
}

int dump(const TemplateFlags& flags, Streams& streams) {
  if (flags.names.size() > 1) throw UsageError("--dump prints one template; name one");
  std::string name = flags.names.empty() ? "default" : flags.names.front();
  if (name.compare(0, std::string(kBuiltinPrefix).size(), kBuiltinPrefix) == 0) {
    name.erase(0, std::string(kBuiltinPrefix).size());
  }
  const std::optional<DraftTemplate> builtin = DraftTemplate::builtin(name);
  if (!builtin) {
    throw UsageError(fmt::format("--dump {}: no built-in template of that name "
                                 "(`hindsight template --list` lists them)",
                                 name));
  }
  streams.out << builtin->text();
  return exit_success;
}

int check(const TemplateFlags& flags, Streams& streams) {
  if (flags.names.empty()) throw UsageError("--check needs the template files to check");
  const auto fs = make_disk_file_system();
  Diagnostics diagnostics;
  for (const std::string& source : flags.names) read_template(source, *fs, diagnostics);
  const int status = print_diagnostics(diagnostics, flags.diagnostics_format, false, streams.err);
  const std::string templates =
      fmt::format("{} template{}", flags.names.size(), flags.names.size() == 1 ? "" : "s");
  if (status == exit_success) {
    streams.err << "hindsight: " << templates << " checked, no problems\n";
  } else {
    streams.err << "hindsight: " << count_problems(diagnostics) << " in " << templates << '\n';
  }
  return status;
}

int run(const TemplateFlags& flags, Streams& streams) {
  const int chosen = static_cast<int>(flags.list) + static_cast<int>(flags.dump) +
                     static_cast<int>(flags.fields) + static_cast<int>(flags.check);
  if (chosen != 1) {
    throw UsageError("choose one of --list, --dump [NAME], --fields or --check FILE...");
  }
  if (!flags.names.empty() && (flags.list || flags.fields)) {
    throw UsageError(fmt::format("unexpected argument {}", flags.names.front()));
  }
  if (flags.list) return list_builtins(streams);
  if (flags.dump) return dump(flags, streams);
  if (flags.fields) {
    streams.out << describe_template_fields();
    return exit_success;
  }
  return check(flags, streams);
}

}  // namespace

Command add_template_command(CLI::App& app) {
  auto flags = std::make_shared<TemplateFlags>();
  CLI::App* command = app.add_subcommand(
      "template", "List, print, describe and check draft templates (docs/templates.md)");
  command->add_flag("--list", flags->list, "List the built-in templates");
  command->add_flag("--dump", flags->dump,
                    "Print a built-in template (default: the draft's own) to start yours from");
  command->add_flag("--fields", flags->fields,
                    "Describe every field a template can use, with its type");
  command->add_flag("--check", flags->check,
                    "Check template files against the fields; exit 1 on problems");
  command->add_option("NAME", flags->names,
                      "--dump: a built-in template's name; --check: template files or "
                      "builtin:NAME");
  command
      ->add_option("--diagnostics-format", flags->diagnostics_format,
                   "How --check prints problems: text or json (one object per line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->footer("Examples:\n"
                  "  hindsight template --dump > postmortem.mustache\n"
                  "  hindsight draft incident/ --template postmortem.mustache -o postmortem.md\n"
                  "  hindsight draft incident/ --template builtin:sre\n"
                  "  hindsight template --check templates/*.mustache");
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
