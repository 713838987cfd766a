// Atomic replacement of output files: temp file beside the target, fsync,
// rename. A reader (or a crash) sees the old file or the new one, never a
// mixture, and a failed write never destroys what was there.
#include "hindsight/output_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
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
  explicit TemporaryFile(const std::string& directory) : path_(directory + "/.hindsight-XXXXXX") {
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

// Whether the file at `path` holds exactly `contents` (a missing file holds
// nothing).
bool holds(const std::string& path, const std::string& contents) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  std::string now;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) now.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  return !failed && now == contents;
}

}  // namespace

UpdateLock::UpdateLock(const std::string& path, int patience_ms) {
  const std::string directory = directory_of(path);
  fd_ = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) fail(path, "cannot open its directory to lock it", errno);
  // Polled rather than blocking, so that the wait has an end.
  for (int waited = 0;; waited += 50) {
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int error = errno;
      ::close(fd_);
      fail(path, "cannot lock its directory", error);
    }
    if (waited >= patience_ms) {
      ::close(fd_);
      fail(path,
           "another hindsight is updating a file in " + directory + " (waited " +
               std::to_string(patience_ms / 1000) + " s); run again when it is done",
           0);
    }
    ::usleep(50'000);
  }
}

UpdateLock::~UpdateLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the lock
}

void write_file_atomically(const std::string& requested_path, std::string_view contents,
                           const std::string* expected) {
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
  if (expected != nullptr && !holds(path, *expected)) {
    fail(requested_path,
         "it changed while it was being updated (saved in an editor?); nothing was written, "
         "run again",
         0);
  }
  if (::rename(temporary.path().c_str(), path.c_str()) != 0)
    fail(requested_path, "rename failed", errno);
  temporary.committed();
}

}  // namespace hindsight
