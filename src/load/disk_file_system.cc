// The real file system behind the FileSystem seam.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "hindsight/load.h"

namespace hindsight {
namespace {

namespace fs = std::filesystem;

class DiskFileSystem : public FileSystem {
 public:
  Entry stat(const std::string& path) const override {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || status.type() == fs::file_type::not_found) return Entry::missing;
    if (status.type() == fs::file_type::directory) return Entry::directory;
    if (status.type() == fs::file_type::regular) return Entry::file;
    return Entry::other;
  }

  bool has_entry(const std::string& path) const override {
    std::error_code error;
    return fs::symlink_status(path, error).type() != fs::file_type::not_found && !error;
  }

  std::vector<std::string> list(const std::string& path) const override {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
      names.push_back(it->path().filename().string());
    }
    return names;
  }

  std::optional<std::uintmax_t> size(const std::string& path) const override {
    std::error_code error;
    const std::uintmax_t bytes = fs::file_size(path, error);
    if (error) return std::nullopt;
    return bytes;
  }

  bool read(const std::string& path, std::string& contents, std::string& error) const override {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file) {
      error = std::strerror(errno);
      return false;
    }
    contents.clear();
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) contents.append(buffer, n);
    if (std::ferror(file.get())) {
      error = std::strerror(errno);
      return false;
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<FileSystem> make_disk_file_system() { return std::make_unique<DiskFileSystem>(); }

}  // namespace hindsight
