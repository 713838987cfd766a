// User mappings: source formats described in YAML files, read at run time.
//
// A source hindsight does not ship takes a mapping file, not a code change
// (docs/mappings.md). Each file describes one format: which documents it
// takes, where their records are, and how a record's fields become an
// event's. A mapping becomes an Adapter like the built-in ones, so
// detection, --input-format and NAME:path work for it unchanged.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/load.h"

namespace hindsight {

// Reads one mapping per file, in order. Every problem is an error at its
// place in the file; a file with errors gives no adapter. A name that a
// built-in format or an earlier mapping already has is an error too.
std::vector<std::unique_ptr<Adapter>> read_mappings(const std::vector<std::string>& paths,
                                                    const FileSystem& fs,
                                                    Diagnostics& diagnostics);

}  // namespace hindsight
