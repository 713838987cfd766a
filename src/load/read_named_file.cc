// read_named_file (see hindsight/load.h): one file a person named, read
// whole, or a clear I/O error at its path.
#include "hindsight/load.h"

namespace hindsight {

std::optional<std::string> read_named_file(const std::string& path, const FileSystem& fs,
                                           Diagnostics& diagnostics,
                                           const UnreadableFileWords& words) {
  const auto refuse = [&](const std::string& message, const std::string& hint) {
    diagnostics.io_error({path, 0, 0}, message, hint);
    return std::nullopt;
  };
  switch (fs.stat(path)) {
    case FileSystem::Entry::missing:
      if (!words.missing.empty()) return refuse(words.missing, words.missing_hint);
      break;
    case FileSystem::Entry::directory:
      if (!words.directory.empty()) return refuse(words.directory, words.directory_hint);
      break;
    case FileSystem::Entry::other:
      if (!words.other.empty()) return refuse(words.other, {});
      break;
    case FileSystem::Entry::file:
      break;
  }
  std::string contents;
  std::string error;
  if (!fs.read(path, contents, error)) return refuse(words.read_failed + ": " + error, {});
  return contents;
}

}  // namespace hindsight
