// load_plan (see hindsight/plan.h): one file, or stdin, to a Plan.
#include <iterator>

#include "hindsight/plan.h"

namespace hindsight {

std::optional<Plan> load_plan(const std::string& path, const FileSystem& fs,
                              std::istream& stdin_stream, Diagnostics& diagnostics) {
  std::string shown = path;
  std::string contents;
  if (path == "-") {
    shown = "<stdin>";
    contents.assign(std::istreambuf_iterator<char>(stdin_stream), std::istreambuf_iterator<char>());
  } else {
    UnreadableFileWords words;
    words.directory = "is a directory, not a plan file";
    words.directory_hint = "give the plan's YAML file itself";
    std::optional<std::string> text = read_named_file(path, fs, diagnostics, words);
    if (!text) return std::nullopt;
    contents = std::move(*text);
  }
  std::vector<RawNode> documents;
  if (!parse_documents(shown, contents, documents, diagnostics)) return std::nullopt;
  return read_plan(documents, shown, diagnostics);
}

}  // namespace hindsight
