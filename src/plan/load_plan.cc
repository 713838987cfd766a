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
    switch (fs.stat(path)) {
      case FileSystem::Entry::missing:
        diagnostics.io_error({path, 0, 0}, "no such file or directory");
        return std::nullopt;
      case FileSystem::Entry::directory:
        diagnostics.io_error({path, 0, 0}, "is a directory, not a plan file",
                             "give the plan's YAML file itself");
        return std::nullopt;
      case FileSystem::Entry::other:
        diagnostics.io_error({path, 0, 0}, "not a regular file");
        return std::nullopt;
      case FileSystem::Entry::file:
        break;
    }
    std::string error;
    if (!fs.read(path, contents, error)) {
      diagnostics.io_error({path, 0, 0}, "cannot read file: " + error);
      return std::nullopt;
    }
  }
  std::vector<RawNode> documents;
  if (!parse_documents(shown, contents, documents, diagnostics)) return std::nullopt;
  return read_plan(documents, shown, diagnostics);
}

}  // namespace hindsight
