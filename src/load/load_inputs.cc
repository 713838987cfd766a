// Expanding command-line inputs into files and parsing them.
#include <algorithm>

#include <fmt/format.h>

#include "hindsight/adapter.h"
#include "hindsight/load.h"

namespace hindsight {
namespace {

bool has_event_file_extension(const std::string& name) {
  for (const char* extension : {".yaml", ".yml", ".json"}) {
    const std::string_view ext(extension);
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) {
      return true;
    }
  }
  return false;
}

// /dev/stdin and its aliases: a pipe or terminal, not a file.
bool reads_standard_input(const std::string& path) {
  for (const char* alias : {"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"}) {
    if (path == alias) return true;
  }
  return false;
}

std::string join_path(const std::string& directory, const std::string& name) {
  if (!directory.empty() && directory.back() == '/') return directory + name;
  return directory + "/" + name;
}

// The paths one command-line input stands for, in the order they are read.
std::vector<std::string> expand_path(const std::string& input, const FileSystem& fs,
                                     Diagnostics& diagnostics) {
  if (input == "-") return {input};
  switch (fs.stat(input)) {
    case FileSystem::Entry::file:
      return {input};
    case FileSystem::Entry::missing:
      diagnostics.io_error({input, 0, 0}, "no such file or directory");
      return {};
    case FileSystem::Entry::other:
      diagnostics.io_error({input, 0, 0}, "not a regular file or directory",
                           reads_standard_input(input)
                               ? "pass - to read standard input"
                               : "hindsight reads files and directories; to read a pipe or a "
                                 "device, pass - and redirect it: hindsight timeline - < PATH");
      return {};
    case FileSystem::Entry::directory:
      break;
  }
  std::vector<std::string> names = fs.list(input);
  names.erase(std::remove_if(names.begin(), names.end(),
                             [](const std::string& name) {
                               return name.empty() || name[0] == '.' ||
                                      !has_event_file_extension(name);
                             }),
              names.end());
  std::sort(names.begin(), names.end());
  std::vector<std::string> files;
  for (const std::string& name : names) {
    std::string path = join_path(input, name);
    // Named like an event file but not one: said, so that nothing is
    // dropped unnoticed (a warning: the directory's other files still count).
    switch (fs.stat(path)) {
      case FileSystem::Entry::file:
        files.push_back(std::move(path));
        break;
      case FileSystem::Entry::missing:
        if (!fs.has_entry(path)) {
          // Removed since the directory was listed: as if it went while
          // being read, an input lost.
          diagnostics.io_error({path, 0, 0}, "cannot read file: No such file or directory",
                               "it was removed while its directory was being read");
          break;
        }
        diagnostics.warning({path, 0, 0}, "skipped: it leads to no file",
                            "a dangling symlink or a symlink loop; point it at a file or remove "
                            "it");
        break;
      case FileSystem::Entry::directory:
        diagnostics.warning({path, 0, 0}, "skipped: a directory",
                            "subdirectories are not read; name it as an input of its own");
        break;
      case FileSystem::Entry::other:
        diagnostics.warning({path, 0, 0}, "skipped: not a regular file",
                            "a pipe, socket or device is not read from a directory");
        break;
    }
  }
  if (files.empty()) {
    diagnostics.error({input, 0, 0}, "directory holds no event files",
                      "hindsight reads *.yaml, *.yml and *.json files directly inside it "
                      "(not in subdirectories)");
  }
  return files;
}

// Splits "NAME:path" when NAME is one of `formats`.
std::pair<std::string, std::string> split_format_prefix(const std::string& input,
                                                        const FormatSet& formats) {
  const std::size_t colon = input.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == input.size()) return {"", input};
  const std::string name = input.substr(0, colon);
  if (!formats.find(name)) return {"", input};
  return {name, input.substr(colon + 1)};
}

bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::vector<InputFile> expand_input(const std::string& prefixed_input, const FileSystem& fs,
                                    Diagnostics& diagnostics, const FormatSet& formats) {
  const auto [format, input] = split_format_prefix(prefixed_input, formats);
  std::vector<InputFile> files;
  for (std::string& path : expand_path(input, fs, diagnostics)) {
    files.push_back({std::move(path), format});
  }
  return files;
}

bool read_input_file(const InputFile& input, std::size_t input_index, const FileSystem& fs,
                     std::istream& stdin_stream, SourceFile& file,
                     std::vector<RawNode>& documents, Diagnostics& diagnostics,
                     const InputLimits& limits) {
  file.format = input.format;
  file.input_index = input_index;
  const auto too_large = [&](const std::string& shown, const std::string& message) {
    diagnostics.error({shown, 0, 0}, message,
                      "raise the limit with --max-file-size SIZE (e.g. 4G) if the file really "
                      "is this large");
    return false;
  };
  if (input.path == "-") {
    file.path = "<stdin>";
    // Read no more than one byte past the limit: enough to know it is over.
    std::vector<char> chunk(1 << 16);
    while (file.contents.size() <= limits.max_file_bytes &&
           stdin_stream.read(chunk.data(), static_cast<std::streamsize>(chunk.size())).gcount() >
               0) {
      file.contents.append(chunk.data(), static_cast<std::size_t>(stdin_stream.gcount()));
    }
    if (file.contents.size() > limits.max_file_bytes) {
      file.contents.clear();
      return too_large(file.path, fmt::format("standard input holds more than the {} bytes "
                                              "allowed",
                                              limits.max_file_bytes));
    }
  } else {
    file.path = input.path;
    const std::optional<std::uintmax_t> size = fs.size(input.path);
    if (size && *size > limits.max_file_bytes) {
      return too_large(file.path, fmt::format("a file of {} bytes, more than the {} allowed",
                                              *size, limits.max_file_bytes));
    }
    std::string error;
    if (!fs.read(input.path, file.contents, error)) {
      diagnostics.io_error({input.path, 0, 0}, "cannot read file: " + error);
      return false;
    }
    if (file.contents.size() > limits.max_file_bytes) {  // it grew, or its size was unknown
      const std::size_t read = file.contents.size();
      file.contents.clear();
      return too_large(file.path, fmt::format("a file of {} bytes, more than the {} allowed",
                                              read, limits.max_file_bytes));
    }
  }
  if (is_blank(file.contents)) {
    diagnostics.error({file.path, 0, 0}, "empty file",
                      "add an `incident:` header or `events:`, or leave the file out");
    return false;
  }
  file.parse_failed = !parse_documents(file.path, file.contents, documents, diagnostics, limits);
  return true;
}

LoadedInputs load_inputs(const std::vector<std::string>& inputs, const FileSystem& fs,
                         std::istream& stdin_stream, Diagnostics& diagnostics,
                         const FormatSet& formats) {
  LoadedInputs loaded;
  for (const std::string& input : inputs) {
    for (const InputFile& path : expand_input(input, fs, diagnostics, formats)) {
      SourceFile file;
      std::vector<RawNode> documents;
      if (!read_input_file(path, loaded.files.size(), fs, stdin_stream, file, documents,
                           diagnostics)) {
        continue;
      }
      const std::size_t file_index = loaded.files.size();
      for (RawNode& root : documents) loaded.documents.push_back({std::move(root), file_index});
      loaded.files.push_back(std::move(file));
    }
  }
  return loaded;
}

}  // namespace hindsight
