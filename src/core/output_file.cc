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

// `error` is an errno value, or 0 when `what` says it all.
[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  std::string message = "cannot write " + path + ": " + what;
  if (error != 0) message += std::string(": ") + std::strerror(error);
  throw Error(message);
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

void write_all(int fd, std::string_view contents, const std::string& path) {
  const char* data = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0) {
      if (errno == EINTR) continue;
      fail(path, "write failed", errno);
    }
    data += written;
    left -= static_cast<std::size_t>(written);
  }
}

// Devices, FIFOs and the like (/dev/stdout, /dev/null, a named pipe) are
// written in place: renaming over them would replace the device itself.
void write_special_file(const std::string& path, std::string_view contents) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open", errno);
  try {
    write_all(fd, contents, path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail(path, "closing failed", errno);
}

}  // namespace

void write_file_atomically(const std::string& requested_path, std::string_view contents) {
  struct stat existing;
  const bool exists = ::stat(requested_path.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    if (S_ISDIR(existing.st_mode)) fail(requested_path, "it is a directory", 0);
    write_special_file(requested_path, contents);
    return;
  }
  // Through a symlink, replace the file it points to, not the link.
  std::string path = requested_path;
  if (exists) {
    if (char* resolved = ::realpath(requested_path.c_str(), nullptr)) {
      path = resolved;
      std::free(resolved);
    }
  }

  TemporaryFile temporary(directory_of(path));
  if (!temporary.ok()) fail(requested_path, "cannot create a temporary file beside it", errno);

  // Keep the permissions of the file being replaced; new files get the
  // usual 0666 less the umask rather than mkstemp's 0600.
  mode_t mode;
  if (exists) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(temporary.fd(), mode);

  write_all(temporary.fd(), contents, requested_path);
  if (::fsync(temporary.fd()) != 0) fail(requested_path, "flushing to disk failed", errno);
  if (temporary.close() != 0) fail(requested_path, "closing failed", errno);
  if (::rename(temporary.path().c_str(), path.c_str()) != 0)
    fail(requested_path, "rename failed", errno);
  temporary.committed();
}

}  // namespace hindsight
