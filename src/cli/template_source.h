// Where `--template` and `hindsight template --check` get a template from:
// a file, or `builtin:NAME` for one compiled in.
#pragma once

#include <optional>
#include <string>

#include "hindsight/diagnostic.h"
#include "hindsight/draft_template.h"
#include "hindsight/load.h"

namespace hindsight::cli {

inline constexpr const char* kBuiltinPrefix = "builtin:";

// The template `source` names, checked; nullopt after reporting why not (an
// io error for a file that cannot be read, errors at their lines for a
// template that does not fit the data model, an error for an unknown
// built-in name).
std::optional<DraftTemplate> read_template(const std::string& source, const FileSystem& fs,
                                           Diagnostics& diagnostics);

}  // namespace hindsight::cli
