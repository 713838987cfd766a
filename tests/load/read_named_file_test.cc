// read_named_file: the text, or an I/O error in the caller's words.
#include <catch2/catch.hpp>

#include "hindsight/load.h"
#include "support/memory_file_system.h"

namespace hindsight {

TEST_CASE("read_named_file gives the text or says why not, in the caller's words") {
  testing::MemoryFileSystem fs;
  fs.add_file("plan.yaml", "plan: {}\n");
  fs.add_directory("plans");
  fs.add_unreadable("locked.yaml");
  Diagnostics diagnostics;
  CHECK(read_named_file("plan.yaml", fs, diagnostics) == std::optional<std::string>("plan: {}\n"));
  CHECK(diagnostics.empty());

  UnreadableFileWords words;
  words.directory = "is a directory, not a plan file";
  words.directory_hint = "give the plan's YAML file itself";
  CHECK_FALSE(read_named_file("plans", fs, diagnostics, words));
  CHECK_FALSE(read_named_file("absent.yaml", fs, diagnostics, words));
  CHECK_FALSE(read_named_file("locked.yaml", fs, diagnostics, words));
  REQUIRE(diagnostics.all().size() == 3);
  CHECK(diagnostics.has_io_errors());
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "plans: error: is a directory, not a plan file\n  hint: give the plan's YAML file itself");
  CHECK(diagnostics.all()[1].message == "no such file or directory");
  CHECK(diagnostics.all()[2].message == "cannot read file: Permission denied");

  // An empty message leaves that case to the read.
  Diagnostics read_decides;
  words.missing = {};
  CHECK_FALSE(read_named_file("absent.yaml", fs, read_decides, words));
  CHECK(read_decides.all().at(0).message == "cannot read file: No such file or directory");
}

}  // namespace hindsight
