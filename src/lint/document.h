// A postmortem as the lint rules see it.
//
// The Markdown is parsed by cmark-gfm, as GitHub renders it, and boiled
// down to what the rules ask about: the sections, the text people wrote
// (with the line and column of every byte, so that a finding points at its
// phrase), the tables, the draft's prompts and the HTML comments that hold
// `hindsight-lint` directives and generated-region markers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hindsight::lint_detail {

// 1-based, in bytes, as the rest of hindsight's diagnostics.
struct Location {
  int line = 0;
  int column = 0;
};

// Inline text as a reader sees it: the text of a paragraph, heading or
// table cell with emphasis and links unwrapped and line breaks read as
// spaces.
struct InlineText {
  Location start;  // where the block or cell starts, even when it is empty
  std::string text;
  std::vector<Location> where;  // for each byte of `text`
  // For each byte: the author's own words, as opposed to a code span,
  // inline HTML or a URL shown as its own link text.
  std::vector<bool> prose;

  bool empty() const { return text.empty(); }
  // `text` with every byte that is not prose replaced by '\x1f', so that
  // no phrase is found in code and none runs across it.
  std::string prose_text() const;
  // `text` without surrounding blanks.
  std::string trimmed() const;
  // Where the first non-blank byte is, else `start`.
  Location first_word() const;
};

struct Heading {
  int level = 1;
  InlineText title;
};

// A heading and everything up to the next heading of the same or a higher
// level. `end_line` is that heading's line, or one past the last line.
struct Section {
  Heading heading;
  int end_line = 0;
  // Whether anything other than HTML comments and the draft's prompts lies
  // between the heading and the next heading of any level.
  bool has_own_content = false;
  bool has_subsections = false;

  bool contains(int line) const { return line > heading.title.start.line && line < end_line; }
};

enum class TextKind { paragraph, heading, table_cell };

// A run of text that people may have written.
struct TextBlock {
  TextKind kind = TextKind::paragraph;
  InlineText text;
  bool in_prompt = false;     // inside the draft's `> **Prompt:**` blockquote
  bool in_generated = false;  // between hindsight:begin and hindsight:end markers
};

struct TableRow {
  Location start;
  std::vector<InlineText> cells;  // as many as the header has
};

struct Table {
  Location start;
  std::vector<InlineText> header;
  std::vector<TableRow> rows;
};

struct ListItem {
  Location start;
  std::string text;  // the item's own paragraphs, joined by spaces
  bool in_prompt = false;
};

// A blockquote that opens with **Prompt:** or **Prompts:**, as the draft
// writes its questions; `start` is where that label begins.
struct Prompt {
  Location start;
};

// One `<!-- ... -->`, from an HTML block or inline HTML.
struct Comment {
  Location start;
  std::string body;  // between `<!--` and `-->`
};

// Emphasized text (`_to fill_`), for the placeholders the draft leaves;
// its `text.start` is where the opening `_` or `**` is.
struct Emphasis {
  InlineText text;
  bool in_generated = false;
};

struct Document {
  int line_count = 0;
  std::vector<bool> blank_lines;  // [line - 1]: the line holds only blanks
  int first_heading_line = 0;     // 0 when there is no heading
  std::vector<Section> sections;  // in document order
  std::vector<TextBlock> texts;
  std::vector<Table> tables;
  std::vector<ListItem> list_items;
  std::vector<Prompt> prompts;
  std::vector<Comment> comments;
  std::vector<Emphasis> emphasis;
};

// Parses `markdown` (GitHub-flavoured: tables and bare-URL links).
Document read_document(std::string_view markdown);

// The first section whose heading is one of `titles` (any level, letter
// case and a trailing colon ignored), or nullptr.
const Section* find_section(const Document& document, const std::vector<std::string_view>& titles);

// The innermost section that `line` lies in, or nullptr before the first
// heading.
const Section* section_at(const Document& document, int line);

// The line of the heading that follows `section`'s, whatever its level:
// where the section's own text ends.
int own_text_end(const Document& document, const Section& section);

}  // namespace hindsight::lint_detail
