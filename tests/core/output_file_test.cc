#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/diagnostic.h"
#include "hindsight/output_file.h"

namespace hindsight {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string name = (fs::temp_directory_path() / "hindsight-test-XXXXXX").string();
    path = ::mkdtemp(name.data());
  }
  ~TempDir() {
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(path);
  }
};

TEST_CASE("a new file is written whole", "[core][output]") {
  TempDir dir;
  write_file_atomically((dir.path / "out.md").string(), "hello\n");
  CHECK(read(dir.path / "out.md") == "hello\n");
}

TEST_CASE("an existing file is replaced and keeps its permissions", "[core][output]") {
  TempDir dir;
  const fs::path target = dir.path / "out.md";
  std::ofstream(target) << "old\n";
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(target.string(), "new\n");
  CHECK(read(target) == "new\n");
  CHECK(fs::status(target).permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // Nothing but the target is left behind.
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("a missing directory fails and names the file", "[core][output]") {
  TempDir dir;
  const std::string target = (dir.path / "no" / "out.md").string();
  try {
    write_file_atomically(target, "x");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()).rfind("cannot write " + target + ": ", 0) == 0);
  }
}

TEST_CASE("a directory in the way is an error, and nothing is left behind", "[core][output]") {
  TempDir dir;
  const fs::path target = dir.path / "out.md";
  fs::create_directory(target);
  std::ofstream(target / "keep.txt") << "precious\n";
  CHECK_THROWS_AS(write_file_atomically(target.string(), "new"), Error);
  CHECK(read(target / "keep.txt") == "precious\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("a symlink is followed, not replaced", "[core][output]") {
  TempDir dir;
  std::ofstream(dir.path / "real.md") << "old\n";
  fs::create_symlink("real.md", dir.path / "link.md");
  write_file_atomically((dir.path / "link.md").string(), "new\n");
  CHECK(fs::is_symlink(dir.path / "link.md"));
  CHECK(read(dir.path / "real.md") == "new\n");
}

TEST_CASE("devices are written in place, and a full one is an error", "[core][output]") {
  CHECK_NOTHROW(write_file_atomically("/dev/null", "discarded"));
  CHECK(fs::is_character_file("/dev/null"));
  try {
    write_file_atomically("/dev/full", "no room");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) ==
          "cannot write /dev/full: write failed: No space left on device");
  }
  CHECK(fs::is_character_file("/dev/full"));
}

TEST_CASE("an update is not written over a change saved since it was read", "[core][output]") {
  TempDir dir;
  const std::string path = (dir.path / "draft.md").string();
  write_file_atomically(path, "as read\n");
  const std::string read_before = "as read\n";
  CHECK_NOTHROW(write_file_atomically(path, "updated once\n", &read_before));
  CHECK(read(path) == "updated once\n");
  // Someone saved the file after it was read: the update refuses.
  try {
    write_file_atomically(path, "updated twice\n", &read_before);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK_THAT(error.what(), Catch::StartsWith("cannot write " + path +
                                               ": it changed while it was being updated"));
  }
  CHECK(read(path) == "updated once\n");
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("update locks take turns per directory, and a long wait ends in an error",
          "[core][output]") {
  TempDir dir;
  const std::string path = (dir.path / "draft.md").string();
  {
    const UpdateLock first(path);
    try {
      const UpdateLock second((dir.path / "other.md").string(), 100);
      FAIL("expected the second lock to wait and give up");
    } catch (const Error& error) {
      CHECK_THAT(error.what(), Catch::Contains("another hindsight is updating a file in"));
    }
  }
  // The first is released: the next one gets it at once, and no lock file
  // is left beside the draft.
  CHECK_NOTHROW(UpdateLock(path, 0));
  CHECK(fs::is_empty(dir.path));
}

}  // namespace
}  // namespace hindsight
