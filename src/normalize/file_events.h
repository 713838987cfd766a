// One file's part of the normalize stage, on its own: formats, header
// shape and events, with nothing shared between files, so that files can be
// read in parallel (read_and_normalize) and joined in input order after.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/load.h"
#include "hindsight/normalize.h"

namespace hindsight::normalize_detail {

struct FileEvents {
  std::vector<Event> events;  // `adapter` set; `input_order` not yet
  Diagnostics diagnostics;    // the file's problems, in order
  // The file's `incident:` headers, each with how many of `diagnostics`
  // come before it: headers are merged across files in input order, and
  // the problems merging finds go in their place among the file's.
  std::vector<std::pair<std::size_t, RawNode>> headers;
  // Only when reading its events asked for the incident's timezone (an
  // offset-less time, and no --assume-tz): the documents with their
  // formats, to read again once every header is known, and the problems of
  // reading them without a zone, which stand if no zone turns up.
  std::vector<std::pair<RawNode, const Adapter*>> waiting;
  Diagnostics unzoned_problems;
};

// `problems`: what reading the file reported; the file's own follow them.
FileEvents read_file_events(const SourceFile& file, const std::vector<const RawNode*>& documents,
                            const NormalizeOptions& options, Diagnostics problems);

// `format`'s events of `root`, each marked with the format's name.
void convert_with(const Adapter& format, const RawNode& root, const Zone* zone,
                  std::vector<Event>& events, Diagnostics& diagnostics);

// Joins files' events in input order: merges their headers, reads waiting
// files in the incident's timezone, numbers the events, applies skew.
class FileJoiner {
 public:
  explicit FileJoiner(const NormalizeOptions& options) : options_(options) {}

  // Problems found where no file could be read (a missing path, an
  // unreadable file), kept in their place among the files' problems.
  void add_problems(Diagnostics problems);
  void add(FileEvents file) { files_.push_back(std::move(file)); }

  NormalizedLog finish(Diagnostics& diagnostics);

 private:
  const NormalizeOptions& options_;
  std::vector<FileEvents> files_;
};

}  // namespace hindsight::normalize_detail
