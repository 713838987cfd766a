#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/load.h"
#include "support/memory_file_system.h"

namespace hindsight {
namespace {

using testing::MemoryFileSystem;

std::vector<std::string> paths(const LoadedInputs& loaded) {
  std::vector<std::string> out;
  for (const auto& file : loaded.files) out.push_back(file.path);
  return out;
}

TEST_CASE("directories expand to their event files in name order", "[load]") {
  MemoryFileSystem fs;
  fs.add_directory("logs");
  fs.add_file("logs/b.yml", "- {title: b}\n");
  fs.add_file("logs/a.yaml", "- {title: a}\n");
  fs.add_file("logs/c.json", "[{\"title\": \"c\"}]\n");
  fs.add_file("logs/readme.md", "not a log\n");
  fs.add_file("logs/.hidden.yaml", "- {title: hidden}\n");
  fs.add_directory("logs/nested");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"logs"}, fs, in, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(paths(loaded) == std::vector<std::string>{"logs/a.yaml", "logs/b.yml", "logs/c.json"});
  REQUIRE(loaded.documents.size() == 3);
  CHECK(loaded.documents[2].file_index == 2);
}

TEST_CASE("entries named like event files but not files are skipped with a warning each",
          "[load]") {
  MemoryFileSystem fs;
  fs.add_directory("logs");
  fs.add_file("logs/a.yaml", "- {title: a}\n");
  fs.add_directory("logs/archive.yaml");
  fs.add_dangling("logs/loop.yaml");
  fs.add_special("logs/pipe.json");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"logs"}, fs, in, diagnostics);
  CHECK(paths(loaded) == std::vector<std::string>{"logs/a.yaml"});
  REQUIRE(diagnostics.all().size() == 3);
  CHECK(diagnostics.warning_count() == 3);
  CHECK(diagnostics.all()[0].pos.file == "logs/archive.yaml");
  CHECK(diagnostics.all()[0].message == "skipped: a directory");
  CHECK(diagnostics.all()[1].pos.file == "logs/loop.yaml");
  CHECK(diagnostics.all()[1].message == "skipped: it leads to no file");
  CHECK_THAT(diagnostics.all()[1].hint, Catch::Contains("symlink loop"));
  CHECK(diagnostics.all()[2].pos.file == "logs/pipe.json");
  CHECK(diagnostics.all()[2].message == "skipped: not a regular file");
}

TEST_CASE("a file removed after its directory was listed is a lost input, not a bad link",
          "[load]") {
  MemoryFileSystem fs;
  fs.add_directory("logs");
  fs.add_file("logs/a.yaml", "- {title: a}\n");
  fs.add_vanished("logs/b.yaml");
  fs.add_dangling("logs/c.yaml");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"logs"}, fs, in, diagnostics);
  CHECK(paths(loaded) == std::vector<std::string>{"logs/a.yaml"});
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].pos.file == "logs/b.yaml");
  CHECK(diagnostics.all()[0].severity == Severity::error);
  CHECK(diagnostics.all()[0].io);
  CHECK(diagnostics.all()[0].message == "cannot read file: No such file or directory");
  CHECK_THAT(diagnostics.all()[0].hint, Catch::Contains("removed while"));
  CHECK(diagnostics.all()[1].pos.file == "logs/c.yaml");
  CHECK(diagnostics.all()[1].message == "skipped: it leads to no file");
}

TEST_CASE("a pipe or device named as an input is an I/O error that says what to do",
          "[load]") {
  MemoryFileSystem fs;
  fs.add_special("/dev/stdin");
  fs.add_special("events.fifo");
  std::istringstream in;
  Diagnostics diagnostics;
  load_inputs({"/dev/stdin", "events.fifo"}, fs, in, diagnostics);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.has_io_errors());
  CHECK(diagnostics.all()[0].message == "not a regular file or directory");
  CHECK(diagnostics.all()[0].hint == "pass - to read standard input");
  CHECK_THAT(diagnostics.all()[1].hint, Catch::Contains("pass - and redirect it"));
}

TEST_CASE("inputs keep command-line order, with stdin as -", "[load]") {
  MemoryFileSystem fs;
  fs.add_file("z.yaml", "- {title: z}\n");
  std::istringstream in("- {title: from stdin}\n");
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"z.yaml", "-"}, fs, in, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(paths(loaded) == std::vector<std::string>{"z.yaml", "<stdin>"});
  CHECK(loaded.files[1].input_index == 1);
}

TEST_CASE("a missing input is an I/O error and the rest still loads", "[load]") {
  MemoryFileSystem fs;
  fs.add_file("ok.yaml", "- {title: ok}\n");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"missing.yaml", "ok.yaml"}, fs, in, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].io);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "missing.yaml: error: no such file or directory");
  CHECK(paths(loaded) == std::vector<std::string>{"ok.yaml"});
}

TEST_CASE("an unreadable file is an I/O error", "[load]") {
  MemoryFileSystem fs;
  fs.add_unreadable("secret.yaml");
  std::istringstream in;
  Diagnostics diagnostics;
  load_inputs({"secret.yaml"}, fs, in, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.has_io_errors());
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "secret.yaml: error: cannot read file: Permission denied");
}

TEST_CASE("a directory without event files is an error", "[load]") {
  MemoryFileSystem fs;
  fs.add_directory("empty");
  fs.add_file("empty/notes.txt", "hello\n");
  std::istringstream in;
  Diagnostics diagnostics;
  load_inputs({"empty"}, fs, in, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "empty: error: directory holds no event files\n"
        "  hint: hindsight reads *.yaml, *.yml and *.json files directly inside it (not in "
        "subdirectories)");
}

TEST_CASE("an empty file is an error", "[load]") {
  MemoryFileSystem fs;
  fs.add_file("blank.yaml", " \n\n");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"blank.yaml"}, fs, in, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]) ==
        "blank.yaml: error: empty file\n"
        "  hint: add an `incident:` header or `events:`, or leave the file out");
  CHECK(loaded.files.empty());
}

TEST_CASE("a file that fails to parse is marked, and others still load", "[load]") {
  MemoryFileSystem fs;
  fs.add_file("a.yaml", "events: [\n");
  fs.add_file("b.yaml", "- {title: b}\n");
  std::istringstream in;
  Diagnostics diagnostics;
  LoadedInputs loaded = load_inputs({"a.yaml", "b.yaml"}, fs, in, diagnostics);
  REQUIRE(loaded.files.size() == 2);
  CHECK(loaded.files[0].parse_failed);
  CHECK_FALSE(loaded.files[1].parse_failed);
  CHECK(diagnostics.error_count() == 1);
  CHECK(loaded.documents.size() == 1);
}

}  // namespace
}  // namespace hindsight
