// Reading a draft template named on the command line (see
// template_source.h).
#include "cli/template_source.h"

#include <fmt/format.h>

namespace hindsight::cli {
namespace {

std::string builtin_names() {
  std::string names;
  for (const DraftTemplate::Builtin& builtin : DraftTemplate::builtins()) {
    names += (names.empty() ? "" : ", ") + std::string(kBuiltinPrefix) + std::string(builtin.name);
  }
  return names;
}

}  // namespace

std::optional<DraftTemplate> read_template(const std::string& source, const FileSystem& fs,
                                           Diagnostics& diagnostics) {
  const std::string prefix = kBuiltinPrefix;
  if (source.compare(0, prefix.size(), prefix) == 0) {
    if (auto builtin = DraftTemplate::builtin(source.substr(prefix.size()))) return builtin;
    diagnostics.error({source, 0, 0}, "no built-in template of that name",
                      "the built-in templates are " + builtin_names());
    return std::nullopt;
  }
  UnreadableFileWords words;
  words.missing = "template: no such file";
  words.missing_hint = fmt::format("`hindsight template --dump > {}` writes the built-in one to "
                                   "start from; built-in templates are {}",
                                   source, builtin_names());
  words.directory = "template is a directory, not a file";
  words.other = {};  // a FIFO may hold a template; the read decides
  words.read_failed = "cannot read template";
  std::optional<std::string> text = read_named_file(source, fs, diagnostics, words);
  if (!text) return std::nullopt;
  return DraftTemplate::parse(source, std::move(*text), diagnostics);
}

}  // namespace hindsight::cli
