// Atomic replacement of output files: temp file beside the target, fsync,
// rename. A reader (or a crash) sees the old file or the new one, never a
// mixture, and a failed write never destroys what was there.
#include "hindsight/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight {
namespace {

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw Error("cannot write " + path + ": " + what + ": " + std::strerror(error));
}

// Closes and removes the temporary file unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string directory) : path_(directory + "/.hindsight-XXXXXX") {
    std::vector<char> name(path_.begin(), path_.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ >= 0) path_.assign(name.data());
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !path_.empty()) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  int close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result;
  }
  void committed() { committed_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
  TemporaryFile temporary(directory_of(path));
  if (!temporary.ok()) fail(path, "cannot create a temporary file beside it", errno);

  // Keep the permissions of the file being replaced; new files get the
  // usual 0666 less the umask rather than mkstemp's 0600.
  struct stat existing;
  mode_t mode;
  if (::stat(path.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(temporary.fd(), mode);

  const char* data = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    const ssize_t written = ::write(temporary.fd(), data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail(path, "write failed", errno);
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  if (::fsync(temporary.fd()) != 0) fail(path, "flushing to disk failed", errno);
  if (temporary.close() != 0) fail(path, "closing failed", errno);
  if (::rename(temporary.path().c_str(), path.c_str()) != 0) fail(path, "rename failed", errno);
  temporary.committed();
}

}  // namespace hindsight
