// Reading Markdown into the lint Document: sections, text with the place of
// every byte, tables, prompts, comments and generated regions.
#include <catch2/catch.hpp>

#include <string>

#include "lint/document.h"

namespace hindsight::lint_detail {
namespace {

std::string at(Location location) {
  return std::to_string(location.line) + ":" + std::to_string(location.column);
}

// Where `word` starts in the first text block that holds it.
std::string where_is(const Document& document, const std::string& word) {
  for (const TextBlock& block : document.texts) {
    const std::size_t found = block.text.text.find(word);
    if (found != std::string::npos) return at(block.text.where[found]);
  }
  return "not found";
}

bool has_prose(const Document& document, const std::string& word) {
  for (const TextBlock& block : document.texts) {
    if (block.text.prose_text().find(word) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("lint document: sections span to the next heading of their level", "[lint]") {
  const Document document = read_document(
      "# Title\n"             // 1
      "\n"                    // 2
      "## Summary\n"          // 3
      "Text.\n"               // 4
      "## Lessons\n"          // 5
      "### Went well\n"       // 6
      "<!-- a comment -->\n"  // 7
      "### Went wrong\n"      // 8
      "> **Prompt:** Why?\n"  // 9
      "## Timeline\n");       // 10
  REQUIRE(document.sections.size() == 6);
  const Section& title = document.sections[0];
  CHECK(title.heading.level == 1);
  CHECK(title.heading.title.trimmed() == "Title");
  CHECK(title.end_line == 11);
  CHECK(title.has_subsections);
  CHECK_FALSE(title.has_own_content);

  const Section& summary = document.sections[1];
  CHECK(at(summary.heading.title.start) == "3:1");
  CHECK(summary.end_line == 5);
  CHECK(summary.has_own_content);
  CHECK(summary.contains(4));
  CHECK_FALSE(summary.contains(3));
  CHECK_FALSE(summary.contains(5));

  CHECK(document.sections[2].end_line == 10);  // Lessons holds its subsections
  CHECK(document.sections[2].has_subsections);
  CHECK_FALSE(document.sections[3].has_own_content);  // a comment is not content
  CHECK_FALSE(document.sections[4].has_own_content);  // nor is the draft's prompt
  CHECK(own_text_end(document, document.sections[2]) == 6);
  CHECK(document.first_heading_line == 1);

  CHECK(find_section(document, {"went wrong"}) == &document.sections[4]);
  CHECK(find_section(document, {"root causes"}) == nullptr);
  CHECK(section_at(document, 7) == &document.sections[3]);
  CHECK(section_at(document, 1) == nullptr);
}

TEST_CASE("lint document: a heading's title is matched without case or a colon", "[lint]") {
  const Document document = read_document("## Action Items:\n\ntext\n");
  CHECK(find_section(document, {"action items"}) == &document.sections[0]);
}

TEST_CASE("lint document: every byte of text keeps its line and column", "[lint]") {
  const Document document = read_document(
      "Plain *emph* and **strong** words\n"           // 1
      "an \\_escaped\\_ word &amp; an entity here\n"  // 2
      "\n"
      "> - quoted *emph\n"               // 4
      ">   over lines* then careless\n"  // 5
      "> lazy line careless\n"           // 6
      "\n"
      "| a | b |\n"  // 8
      "| --- | --- |\n"
      "| x \\| y careless | z |\n");  // 10
  CHECK(where_is(document, "emph") == "1:8");
  CHECK(where_is(document, "words") == "1:29");
  CHECK(where_is(document, "_escaped_") == "2:4");
  CHECK(where_is(document, "word &") == "2:16");
  CHECK(where_is(document, "an entity") == "2:27");
  CHECK(where_is(document, "then careless") == "5:17");
  // cmark-gfm places a lazy continuation line as if it had the list's
  // indent; the text is found where it really is.
  CHECK(where_is(document, "lazy") == "6:3");
  CHECK(where_is(document, "y careless") == "10:8");
}

TEST_CASE("lint document: soft line breaks read as spaces", "[lint]") {
  const Document document = read_document("should\nhave known\n");
  REQUIRE(document.texts.size() == 1);
  CHECK(document.texts[0].text.text == "should have known");
  CHECK(at(document.texts[0].text.where[7]) == "2:1");
}

TEST_CASE("lint document: code, HTML and URLs are not prose", "[lint]") {
  const Document document = read_document(
      "Text with `code blame` and <b>bold</b> and <!-- note --> and "
      "<https://example.invalid/blame> and www.example.invalid/fault and "
      "[link words](https://example.invalid/url-words).\n"
      "\n"
      "```\n"
      "fenced blame\n"
      "```\n"
      "\n"
      "    indented blame\n"
      "\n"
      "<div>\nhtml blame\n</div>\n");
  CHECK(has_prose(document, "Text with"));
  CHECK_FALSE(has_prose(document, "code blame"));
  CHECK(where_is(document, "code blame") != "not found");  // still in the text
  CHECK(has_prose(document, "bold"));
  CHECK_FALSE(has_prose(document, "example.invalid/blame"));
  CHECK_FALSE(has_prose(document, "example.invalid/fault"));
  CHECK(has_prose(document, "link words"));
  CHECK_FALSE(has_prose(document, "url-words"));
  CHECK(where_is(document, "fenced") == "not found");
  CHECK(where_is(document, "indented") == "not found");
  CHECK(where_is(document, "html blame") == "not found");
}

TEST_CASE("lint document: tables keep header, rows and cells in place", "[lint]") {
  const Document document = read_document(
      "| Action | Owner |\n"
      "| --- | --- |\n"
      "| Cap calls | `team` |\n"
      "|  |  |\n"
      "| short row |\n");
  REQUIRE(document.tables.size() == 1);
  const Table& table = document.tables[0];
  CHECK(at(table.start) == "1:1");
  REQUIRE(table.header.size() == 2);
  CHECK(table.header[1].trimmed() == "Owner");
  REQUIRE(table.rows.size() == 3);
  CHECK(at(table.rows[0].start) == "3:1");
  CHECK(table.rows[0].cells[0].trimmed() == "Cap calls");
  CHECK(table.rows[0].cells[1].trimmed() == "team");  // code spans keep their text
  CHECK(at(table.rows[0].cells[0].first_word()) == "3:3");
  CHECK(table.rows[1].cells[0].empty());
  CHECK(at(table.rows[1].cells[0].start) == "4:2");
  REQUIRE(table.rows[2].cells.size() == 2);  // GFM fills a short row
  CHECK(at(table.rows[2].cells[1].start) == "5:1");
}

TEST_CASE("lint document: the draft's prompts are found and their text marked", "[lint]") {
  const Document document = read_document(
      "## Root causes\n"
      "\n"
      "> **Prompts:**\n"
      "> - Which conditions could have been safer?\n"
      "\n"
      "> A quote that is not a prompt.\n"
      "\n"
      "> **prompt:** lower case counts too\n");
  REQUIRE(document.prompts.size() == 2);
  CHECK(at(document.prompts[0].start) == "3:3");
  CHECK(at(document.prompts[1].start) == "8:3");
  for (const TextBlock& block : document.texts) {
    const bool quoted_prose = block.text.text.find("not a prompt") != std::string::npos;
    if (block.kind == TextKind::heading) continue;
    CHECK(block.in_prompt != quoted_prose);
  }
  REQUIRE(document.list_items.size() == 1);
  CHECK(document.list_items[0].in_prompt);
}

TEST_CASE("lint document: comments are found with their place", "[lint]") {
  const Document document = read_document(
      "<!-- first -->\n"
      "\n"
      "Text <!-- inline --> and <!-- second inline -->\n"
      "\n"
      "<!-- multi\n"
      "line -->\n");
  REQUIRE(document.comments.size() == 4);
  CHECK(document.comments[0].body == " first ");
  CHECK(at(document.comments[0].start) == "1:1");
  CHECK(at(document.comments[1].start) == "3:6");
  CHECK(at(document.comments[2].start) == "3:26");
  CHECK(document.comments[3].body == " multi\nline ");
  CHECK(at(document.comments[3].start) == "5:1");
}

TEST_CASE("lint document: text between generated-region markers is marked", "[lint]") {
  const Document document = read_document(
      "Before.\n"
      "\n"
      "<!-- hindsight:begin timeline 0123456789abcdef -->\n"
      "Inside _to fill_.\n"
      "<!-- hindsight:end timeline -->\n"
      "\n"
      "After.\n"
      "\n"
      "<!-- hindsight:begin metrics 0123456789abcdef -->\n"
      "Never ended.\n");
  REQUIRE(document.texts.size() == 4);
  CHECK_FALSE(document.texts[0].in_generated);
  CHECK(document.texts[1].in_generated);
  CHECK_FALSE(document.texts[2].in_generated);
  CHECK_FALSE(document.texts[3].in_generated);  // markers that do not pair up mark nothing
  REQUIRE(document.emphasis.size() == 1);
  CHECK(document.emphasis[0].in_generated);
  CHECK(at(document.emphasis[0].text.start) == "4:8");
}

TEST_CASE("lint document: CRLF, lone CR and a missing last newline count lines alike", "[lint]") {
  const Document document = read_document("# A\r\n\r\ntext\rmore blame");
  CHECK(document.line_count == 4);
  CHECK(where_is(document, "blame") == "4:6");
  // A byte-order mark counts, as it does in an editor that shows bytes.
  CHECK(where_is(read_document("\xEF\xBB\xBFIt was human error.\n"), "human") == "1:11");
}

TEST_CASE("lint document: hostile input parses without trouble", "[lint]") {
  const std::string deep = std::string(5000, '>') + " deep\n";
  CHECK(read_document(deep).texts.size() == 1);
  const std::string nul = std::string("a\0b careless\n", 13);
  const Document document = read_document(nul);
  CHECK(where_is(document, "careless") == "1:5");
  CHECK(read_document("").sections.empty());
  CHECK(read_document(std::string(100000, '*')).line_count == 1);
}

}  // namespace
}  // namespace hindsight::lint_detail
