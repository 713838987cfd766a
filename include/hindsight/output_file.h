// Writing output files so that a reader never sees half of one.
#pragma once

#include <string>
#include <string_view>

namespace hindsight {

// Writes `contents` to a temporary file in the same directory as `path`,
// flushes it to disk and renames it over `path`. On failure the previous
// file (if any) is untouched, the temporary is removed, and hindsight::Error
// is thrown with a message naming `path` and the reason.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace hindsight
