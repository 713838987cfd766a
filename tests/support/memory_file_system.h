// An in-memory FileSystem for loader tests: no temp dirs, no cleanup.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "hindsight/load.h"

namespace hindsight::testing {

class MemoryFileSystem : public FileSystem {
 public:
  void add_file(const std::string& path, std::string contents) {
    files_[path] = std::move(contents);
  }
  void add_directory(const std::string& path) { directories_.insert(path); }
  void add_unreadable(const std::string& path) { unreadable_.insert(path); }
  // Listed in its directory, but leads nowhere: a dangling symlink or a loop.
  void add_dangling(const std::string& path) { dangling_.insert(path); }
  // Neither file nor directory: a FIFO, a socket, a device.
  void add_special(const std::string& path) { special_.insert(path); }
  // Listed in its directory but gone by the time it is looked at.
  void add_vanished(const std::string& path) { vanished_.insert(path); }

  Entry stat(const std::string& path) const override {
    if (directories_.count(path)) return Entry::directory;
    if (files_.count(path) || unreadable_.count(path)) return Entry::file;
    if (special_.count(path)) return Entry::other;
    return Entry::missing;
  }

  bool has_entry(const std::string& path) const override {
    return stat(path) != Entry::missing || dangling_.count(path) != 0;
  }

  std::vector<std::string> list(const std::string& path) const override {
    std::vector<std::string> names;
    const std::string prefix = path + "/";
    const auto collect = [&](const std::string& candidate) {
      if (candidate.compare(0, prefix.size(), prefix) != 0) return;
      const std::string rest = candidate.substr(prefix.size());
      if (rest.find('/') == std::string::npos) names.push_back(rest);
    };
    // Reverse order on purpose: the loader must sort, not trust the listing.
    for (auto it = files_.rbegin(); it != files_.rend(); ++it) collect(it->first);
    for (const auto& directory : directories_) collect(directory);
    for (const auto& link : dangling_) collect(link);
    for (const auto& special : special_) collect(special);
    for (const auto& gone : vanished_) collect(gone);
    return names;
  }

  bool read(const std::string& path, std::string& contents, std::string& error) const override {
    if (unreadable_.count(path)) {
      error = "Permission denied";
      return false;
    }
    auto found = files_.find(path);
    if (found == files_.end()) {
      error = "No such file or directory";
      return false;
    }
    contents = found->second;
    return true;
  }

 private:
  std::map<std::string, std::string> files_;
  std::set<std::string> directories_;
  std::set<std::string> unreadable_;
  std::set<std::string> dangling_;
  std::set<std::string> special_;
  std::set<std::string> vanished_;
};

}  // namespace hindsight::testing
