// Load: from command-line inputs to parsed documents.
//
// Inputs are files, directories (their *.yaml, *.yml and *.json files in name
// order, not recursive) and "-" for standard input. Each file becomes zero or
// more RawNode documents; a file that cannot be read or parsed becomes a
// diagnostic, and the other files are still loaded.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/input_limits.h"
#include "hindsight/raw_node.h"

namespace hindsight {

// The file system as the loader sees it. Abstract so that tests can use an
// in-memory one.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  enum class Entry { missing, file, directory, other };
  virtual Entry stat(const std::string& path) const = 0;
  // Whether the name itself is there, leading anywhere or not: a dangling
  // symlink is; a file removed since its directory was listed is not.
  virtual bool has_entry(const std::string& path) const = 0;
  // Directory entries (names only, not paths), in any order.
  virtual std::vector<std::string> list(const std::string& path) const = 0;
  // Whole-file read; false with `error` set on failure.
  virtual bool read(const std::string& path, std::string& contents, std::string& error) const = 0;
  // The size of a regular file in bytes, when known before reading it, so
  // that a file over --max-file-size is refused without being read.
  virtual std::optional<std::uintmax_t> size(const std::string&) const { return std::nullopt; }
};

// The real file system.
std::unique_ptr<FileSystem> make_disk_file_system();

// One input file, read.
struct SourceFile {
  std::string path;  // as shown in diagnostics ("-" shows as "<stdin>")
  std::string contents;
  std::size_t input_index = 0;  // order among all files of the run
  bool parse_failed = false;    // a parse error was reported for it
  // The format forced by a NAME:path prefix on the command line; empty to
  // detect it per document.
  std::string format;
};

struct Document {
  RawNode root;
  std::size_t file_index = 0;  // into LoadedInputs::files
};

struct LoadedInputs {
  std::vector<SourceFile> files;
  std::vector<Document> documents;
};

// What read_named_file says when a file cannot be read, so that each
// command can name what it expected (a plan, a template, ...). An empty
// message skips that check, leaving the read itself to fail.
struct UnreadableFileWords {
  std::string missing = "no such file or directory";
  std::string missing_hint = {};
  std::string directory = "is a directory";
  std::string directory_hint = {};
  std::string other = "not a regular file";
  std::string read_failed = "cannot read file";  // ": <the system's reason>" follows
};

// The whole text of a file a person named (a plan, a template, a mapping,
// a postmortem), or nullopt after an I/O error at its path.
std::optional<std::string> read_named_file(const std::string& path, const FileSystem& fs,
                                           Diagnostics& diagnostics,
                                           const UnreadableFileWords& words = {});

// One file to read: a path ("-" for stdin) and the format forced by its
// NAME:path prefix (empty to detect it per document).
struct InputFile {
  std::string path;
  std::string format;
};

// The files one command-line input stands for, in reading order: itself, or
// a directory's *.yaml, *.yml and *.json files sorted by name. Problems (a
// missing path, a directory without event files) are reported.
std::vector<InputFile> expand_input(const std::string& input, const FileSystem& fs,
                                    Diagnostics& diagnostics,
                                    const FormatSet& formats = FormatSet());

// Reads and parses one file into `documents`; `file` says what was read.
// False (with the problem reported) for a file that cannot be read or is
// empty, which then has no documents; a parse error is reported and marks
// the file, keeping the documents before it.
// A file (or standard input) larger than `limits.max_file_bytes` is an
// error without being read whole.
bool read_input_file(const InputFile& input, std::size_t input_index, const FileSystem& fs,
                     std::istream& stdin_stream, SourceFile& file,
                     std::vector<RawNode>& documents, Diagnostics& diagnostics,
                     const InputLimits& limits = InputLimits());

// Inputs may carry a format prefix, NAME:path (e.g. "pagerduty:export.json"),
// where NAME is one of `formats`; other colons are part of the path.
//
// Expands inputs into files, reads them (stdin from `stdin_stream`) and
// parses every document. Problems: a missing path, an unreadable file, a
// directory without event files, an empty file, malformed YAML (with the
// parser's line and column), tab indentation.
LoadedInputs load_inputs(const std::vector<std::string>& inputs, const FileSystem& fs,
                         std::istream& stdin_stream, Diagnostics& diagnostics,
                         const FormatSet& formats = FormatSet());

// Parses YAML text into documents: a `.json` file that is one valid JSON
// object or array through a JSON parser, everything else (including JSON
// that is not plain) through the YAML parser, which also reads JSON. The
// documents are the same either way. Appends to `out`; returns false after
// reporting a parse error.
// Exceeding one of `limits` (depth, aliases, documents, value size) is an
// error at its place, naming the limit and its flag.
bool parse_documents(const std::string& path, const std::string& text, std::vector<RawNode>& out,
                     Diagnostics& diagnostics, const InputLimits& limits = InputLimits());

}  // namespace hindsight
