// Writing output files so that a reader never sees half of one.
#pragma once

#include <string>
#include <string_view>

namespace hindsight {

// Writes `contents` to a temporary file in the same directory as `path`,
// flushes it to disk and renames it over `path`. On failure the previous
// file (if any) is untouched, the temporary is removed, and hindsight::Error
// is thrown with a message naming `path` and the reason.
//
// With `expected`, the file must still hold exactly `expected` when the new
// contents are renamed into place: a file read, changed and written back
// (draft --update) is not written over an edit saved in the meantime (an
// editor does not take UpdateLock). Then Error says it changed, and the
// file is untouched.
void write_file_atomically(const std::string& path, std::string_view contents,
                           const std::string* expected = nullptr);

// Held while a file is read, changed and written back, so that two
// hindsight processes updating files in one directory take turns: the
// second reads what the first wrote, and neither's changes are lost. The
// lock is the directory's own (flock), so no lock file is left behind, and
// it goes with the process, however that ends.
class UpdateLock {
 public:
  // Waits up to `patience_ms` for another process's lock on the directory
  // of `path`, then throws Error naming the file.
  explicit UpdateLock(const std::string& path, int patience_ms = 30'000);
  ~UpdateLock();
  UpdateLock(const UpdateLock&) = delete;
  UpdateLock& operator=(const UpdateLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace hindsight
