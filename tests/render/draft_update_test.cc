// Regenerating a draft: generated regions are replaced, every other byte
// is kept, and a region edited by hand stops the update unless forced.
#include <catch2/catch.hpp>

#include <string>

#include "hindsight/draft_update.h"
#include "render/draft_regions.h"
#include "render/generated_region.h"

namespace hindsight {
namespace {

using render_detail::region_checksum;

// A region as render_draft writes it.
std::string region(const std::string& name, const std::string& content) {
  return "<!-- hindsight:begin " + name + " " + region_checksum(content) + " -->\n" + content +
         "<!-- hindsight:end " + name + " -->\n";
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> all;
  for (const Diagnostic& d : diagnostics.all()) all.push_back(format_diagnostic(d));
  return all;
}

const std::string old_draft = "# Postmortem\n\n## Detection\n\n" +
                              region("detection", "- **Detected:** unknown\n") +
                              "\n> **Prompt:** How did the system signal the problem?\n\n"
                              "## Timeline\n\n" +
                              region("timeline", "| Time | Event |\n| --- | --- |\n| 10:00 | a |\n");

const std::string fresh_draft =
    "# Postmortem\n\n## Detection\n\n" +
    region("detection", "- **Detected:** 10:05 — first alert\n") +
    "\n> **Prompt:** How did the system signal the problem?\n\n## Timeline\n\n" +
    region("timeline", "| Time | Event |\n| --- | --- |\n| 10:00 | a |\n| 10:05 | b |\n");

TEST_CASE("draft update: an unedited draft becomes the fresh one", "[draft][update]") {
  Diagnostics diagnostics;
  const auto updated = update_draft("pm.md", old_draft, fresh_draft, {}, diagnostics);
  REQUIRE(updated);
  CHECK(*updated == fresh_draft);
  CHECK(diagnostics.empty());
  // And updating again with the same inputs changes nothing.
  CHECK(update_draft("pm.md", *updated, fresh_draft, {}, diagnostics) == fresh_draft);
}

TEST_CASE("draft update: text outside the regions is kept byte for byte", "[draft][update]") {
  std::string edited = old_draft;
  edited.replace(edited.find("# Postmortem\n"), 13, "# Postmortem: our title  \n\nAuthors: Aino\n");
  edited.replace(edited.find("> **Prompt:** How did"), 21,
                 "The alert fired 5m late because\r\nthe rule waited for `for: 5m`.\n\n> **Prompt:** How did");
  edited += "\n## Our own section\n\nWritten by a person, with <b>HTML</b> and trailing spaces   ";
  Diagnostics diagnostics;
  const auto updated = update_draft("pm.md", edited, fresh_draft, {}, diagnostics);
  REQUIRE(updated);
  CHECK(diagnostics.empty());
  std::string expected = fresh_draft;
  expected.replace(expected.find("# Postmortem\n"), 13, "# Postmortem: our title  \n\nAuthors: Aino\n");
  expected.replace(expected.find("> **Prompt:** How did"), 21,
                   "The alert fired 5m late because\r\nthe rule waited for `for: 5m`.\n\n> **Prompt:** How did");
  expected += "\n## Our own section\n\nWritten by a person, with <b>HTML</b> and trailing spaces   ";
  CHECK(*updated == expected);
}

TEST_CASE("draft update: a region edited by hand stops the update", "[draft][update]") {
  std::string edited = old_draft;
  edited.replace(edited.find("| 10:00 | a |"), 13, "| 10:00 | a (we think) |\n| 09:58 | our note |");
  Diagnostics diagnostics;
  CHECK_FALSE(update_draft("pm.md", edited, fresh_draft, {}, diagnostics));
  CHECK(messages(diagnostics) ==
        std::vector<std::string>{
            "pm.md:13:1: error: the generated `timeline` section (lines 13 to 18) was edited by "
            "hand\n"
            "  hint: these lines would be lost:\n"
            "           16 | | 10:00 | a (we think) |\n"
            "           17 | | 09:58 | our note |\n"
            "        move your text outside the hindsight:begin/end markers, or pass --force to "
            "replace the section anyway"});

  Diagnostics forced;
  const auto updated = update_draft("pm.md", edited, fresh_draft, {true}, forced);
  REQUIRE(updated);
  CHECK(*updated == fresh_draft);
  CHECK(forced.empty());
}

TEST_CASE("draft update: line endings changed by an editor are not edits", "[draft][update]") {
  std::string crlf;
  for (const char c : old_draft) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Diagnostics diagnostics;
  const auto updated = update_draft("pm.md", crlf, fresh_draft, {}, diagnostics);
  REQUIRE(updated);
  CHECK(diagnostics.empty());
  std::string expected;
  for (const char c : fresh_draft) {
    if (c == '\n') expected += '\r';
    expected += c;
  }
  CHECK(*updated == expected);
}

TEST_CASE("draft update: deleted and unknown regions are reported, not forced", "[draft][update]") {
  const std::string without_detection =
      "# Postmortem\n\n## Timeline\n\n" +
      region("timeline", "| Time | Event |\n| --- | --- |\n| 10:00 | a |\n") +
      region("x-team-notes", "kept\n");
  Diagnostics diagnostics;
  const auto updated = update_draft("pm.md", without_detection, fresh_draft, {}, diagnostics);
  REQUIRE(updated);
  CHECK(updated->find("first alert") == std::string::npos);
  CHECK(updated->find("| 10:05 | b |") != std::string::npos);
  CHECK(updated->find(region("x-team-notes", "kept\n")) != std::string::npos);
  CHECK(messages(diagnostics) ==
        std::vector<std::string>{
            "pm.md:10:1: warning: the template does not write a `x-team-notes` section; it is "
            "kept as it is\n"
            "  hint: if the draft was written with --template, pass the same --template to "
            "--update; otherwise delete the section with both its markers if it is no longer "
            "wanted",
            "pm.md: warning: the generated `detection` section is not in the file, so it is not "
            "updated\n"
            "  hint: it was deleted, markers and all; to bring it back, copy it from the output "
            "of `hindsight draft`"});
}

TEST_CASE("draft update: markers that do not pair up", "[draft][update]") {
  const auto error_for = [](const std::string& text) {
    Diagnostics diagnostics;
    CHECK_FALSE(update_draft("pm.md", text, fresh_draft, {}, diagnostics));
    const std::vector<std::string> all = messages(diagnostics);
    REQUIRE(all.size() == 1);
    return all.front();
  };
  CHECK(error_for("a\n<!-- hindsight:begin timeline 0 -->\nx\n") ==
        "pm.md:2:1: error: the generated `timeline` section is never ended\n"
        "  hint: restore the `<!-- hindsight:end timeline -->` marker after its last line");
  CHECK(error_for("x\n<!-- hindsight:end timeline -->\n") ==
        "pm.md:2:1: error: `hindsight:end timeline` without its `hindsight:begin timeline`\n"
        "  hint: restore the begin marker, or delete this one together with the section");
  CHECK(error_for("<!-- hindsight:begin a 0 -->\n<!-- hindsight:begin b 0 -->\n") ==
        "pm.md:2:1: error: `hindsight:begin b` inside the generated `a` section that starts at "
        "line 1\n"
        "  hint: restore the `<!-- hindsight:end a -->` marker, or delete that section with both "
        "its markers");
  CHECK(error_for(region("a", "x\n") + region("a", "y\n")) ==
        "pm.md:4:1: error: the generated `a` section appears twice\n"
        "  hint: delete one of them with both its markers");
  CHECK(error_for("# A postmortem written by hand\n").rfind(
            "pm.md: error: the file has no hindsight:begin/end markers", 0) == 0);
}

TEST_CASE("draft regions: markers are whole lines, indentation allowed", "[draft][update]") {
  Diagnostics diagnostics;
  const std::string text =
      "text <!-- hindsight:begin inline 0 --> is not a marker\n"
      "  <!-- hindsight:begin a 0123 -->  \nbody\n<!-- hindsight:end a -->";
  const auto regions = render_detail::find_regions(text, "pm.md", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(regions.size() == 1);
  CHECK(regions[0].name == "a");
  CHECK(regions[0].checksum == "0123");
  CHECK(regions[0].begin_line == 2);
  CHECK(regions[0].end_line == 4);
  CHECK(text.substr(regions[0].content_start, regions[0].content_end - regions[0].content_start) ==
        "body\n");
  CHECK(regions[0].end == text.size());
}

TEST_CASE("region checksums ignore CRLF and nothing else", "[draft][update]") {
  CHECK(region_checksum("a\nb\n") == region_checksum("a\r\nb\r\n"));
  CHECK(region_checksum("a\nb\n") != region_checksum("a\nb \n"));
  CHECK(region_checksum("") == "cbf29ce484222325");
}

}  // namespace
}  // namespace hindsight
