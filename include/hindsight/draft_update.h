// Regenerating a draft without losing a word.
//
// `hindsight draft --update` rewrites only the generated regions of a draft
// (the parts between `<!-- hindsight:begin NAME CHECKSUM -->` and
// `<!-- hindsight:end NAME -->`) and keeps every other byte of the file as
// it is. A region whose content no longer matches its checksum has been
// edited by a person; it is replaced only when forced, and otherwise the
// update stops and shows the lines that would be lost.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "hindsight/diagnostic.h"

namespace hindsight {

struct DraftUpdateOptions {
  // Replace regions a person has edited (--force).
  bool force = false;
};

// `existing` is the draft as it is now in the file `path`; `fresh` is a new
// render_draft() of the current inputs. Returns the updated draft, or
// nullopt after reporting errors: markers that do not pair up, a file with
// no markers at all, or (unless forced) regions edited by hand. Warnings
// tell about regions a person deleted (not added back) and regions this
// version does not write (kept as they are).
std::optional<std::string> update_draft(const std::string& path, std::string_view existing,
                                        std::string_view fresh, const DraftUpdateOptions& options,
                                        Diagnostics& diagnostics);

}  // namespace hindsight
