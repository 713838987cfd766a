// From Markdown to the Document the lint rules read (see document.h).
//
// One walk over cmark-gfm's tree collects the text, tables, prompts and
// comments; the sections and the generated regions are worked out after it,
// from the headings and the marker comments it found.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "lint/cmark_tree.h"
#include "lint/document.h"
#include "lint/source_alignment.h"
#include "lint/source_lines.h"
#include "render/generated_region.h"

namespace hindsight::lint_detail {
namespace {

Location start_of(cmark_node* node) {
  return {cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
}

std::string_view literal_of(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? std::string_view(literal) : "";
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The text node holding "Prompt:" or "Prompts:" in bold, when `quote`
// opens with it.
cmark_node* prompt_label(cmark_node* quote) {
  cmark_node* paragraph = cmark_node_first_child(quote);
  if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) return nullptr;
  cmark_node* strong = cmark_node_first_child(paragraph);
  if (!strong || cmark_node_get_type(strong) != CMARK_NODE_STRONG) return nullptr;
  cmark_node* text = cmark_node_first_child(strong);
  if (!text || cmark_node_get_type(text) != CMARK_NODE_TEXT) return nullptr;
  const std::string_view label = literal_of(text);
  return equals_ignoring_case(label, "Prompt:") || equals_ignoring_case(label, "Prompts:")
             ? text
             : nullptr;
}

class DocumentReader {
 public:
  explicit DocumentReader(std::string_view markdown) : markdown_(markdown), lines_(markdown) {}

  Document read() {
    document_.line_count = lines_.count();
    for (int line = 1; line <= lines_.count(); ++line) {
      document_.blank_lines.push_back(lines_.is_blank(line));
    }
    const CmarkTree tree = parse_gfm(markdown_);
    root_ = tree.get();
    // The iterator walks the tree without recursion, however deep it is.
    const CmarkIter iter(cmark_iter_new(root_));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER) {
        enter(node);
      } else {
        exit(node);
      }
    }
    find_sections();
    mark_generated_regions();
    return std::move(document_);
  }

 private:
  void enter(cmark_node* node) {
    if (cmark_node_parent(node) == root_) note_top_level_block(node);
    switch (table_part(node)) {
      case TablePart::table:
        document_.tables.push_back({start_of(node), {}, {}});
        return;
      case TablePart::header:
        in_table_header_ = true;
        return;
      case TablePart::row:
        if (!document_.tables.empty()) document_.tables.back().rows.push_back({start_of(node), {}});
        return;
      case TablePart::cell:
        begin_text(node);
        return;
      case TablePart::none:
        break;
    }
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        begin_text(node);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        enter_quote(node);
        break;
      case CMARK_NODE_ITEM:
        open_items_.push_back(document_.list_items.size());
        document_.list_items.push_back({start_of(node), {}, prompt_depth_ > 0});
        break;
      case CMARK_NODE_LINK:
        if (is_url_shown_as_text(node)) ++url_depth_;
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        emphasis_starts_.push_back(current_ ? current_->text.size() : 0);
        break;
      case CMARK_NODE_TEXT:
        add_literal(node, url_depth_ == 0);
        break;
      case CMARK_NODE_CODE:
        add_literal(node, false);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        add_space();
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        read_comments(node);
        break;
      default:
        break;
    }
  }

  void exit(cmark_node* node) {
    switch (table_part(node)) {
      case TablePart::header:
        in_table_header_ = false;
        return;
      case TablePart::cell:
        end_cell();
        return;
      case TablePart::table:
      case TablePart::row:
        return;
      case TablePart::none:
        break;
    }
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        end_paragraph();
        break;
      case CMARK_NODE_HEADING:
        end_heading(node);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        if (quote_is_prompt_.back()) --prompt_depth_;
        quote_is_prompt_.pop_back();
        break;
      case CMARK_NODE_ITEM:
        open_items_.pop_back();
        break;
      case CMARK_NODE_LINK:
        if (is_url_shown_as_text(node)) --url_depth_;
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        end_emphasis(node);
        break;
      default:
        break;
    }
  }

  // Top-level blocks other than headings, HTML (comments, markers) and the
  // draft's prompts are what a section says; their lines tell whether a
  // section has any content of its own.
  void note_top_level_block(cmark_node* node) {
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING || type == CMARK_NODE_HTML_BLOCK) return;
    if (type == CMARK_NODE_BLOCK_QUOTE && prompt_label(node)) return;
    content_lines_.push_back(cmark_node_get_start_line(node));
  }

  void enter_quote(cmark_node* quote) {
    cmark_node* label = prompt_label(quote);
    quote_is_prompt_.push_back(label != nullptr);
    if (!label) return;
    ++prompt_depth_;
    // The label's text, found in its line; the `**` before it is where
    // the prompt starts.
    const Location text = start_of(label);
    const std::vector<int> columns =
        align_to_source(lines_.line(text.line), literal_of(label), text.column);
    document_.prompts.push_back({{text.line, std::max(1, columns.front() - 2)}});
  }

  void begin_text(cmark_node* block) {
    current_.emplace();
    current_->start = start_of(block);
    if (current_->start.line < 1) current_->start.line = 1;
    if (current_->start.column < 1) {
      // A table cell the row left out: placed at the row's start.
      current_->start = document_.tables.empty() || document_.tables.back().rows.empty()
                            ? Location{current_->start.line, 1}
                            : document_.tables.back().rows.back().start;
    }
  }

  void add_literal(cmark_node* node, bool prose) {
    if (!current_) return;
    const std::string_view literal = literal_of(node);
    const Location start = start_of(node);
    const std::vector<int> columns =
        prose ? align_to_source(lines_.line(start.line), literal, start.column)
              : std::vector<int>(literal.size(), start.column);
    for (std::size_t i = 0; i < literal.size(); ++i) {
      current_->text += literal[i];
      current_->where.push_back({start.line, columns[i]});
      current_->prose.push_back(prose);
    }
  }

  void add_space() {
    if (!current_) return;
    const Location at = current_->where.empty() ? current_->start : current_->where.back();
    current_->text += ' ';
    current_->where.push_back(at);
    current_->prose.push_back(true);
  }

  void end_emphasis(cmark_node* node) {
    const std::size_t begin = emphasis_starts_.back();
    emphasis_starts_.pop_back();
    if (!current_ || begin >= current_->text.size()) return;
    Emphasis emphasis;
    InlineText& text = emphasis.text;
    // At the opening `_` or `**`, where the emphasis is written.
    const int delimiter = cmark_node_get_type(node) == CMARK_NODE_STRONG ? 2 : 1;
    text.start = current_->where[begin];
    text.start.column = std::max(1, text.start.column - delimiter);
    text.text = current_->text.substr(begin);
    text.where.assign(current_->where.begin() + static_cast<std::ptrdiff_t>(begin),
                      current_->where.end());
    text.prose.assign(current_->prose.begin() + static_cast<std::ptrdiff_t>(begin),
                      current_->prose.end());
    document_.emphasis.push_back(std::move(emphasis));
  }

  TextBlock take_text(TextKind kind) {
    TextBlock block{kind, std::move(*current_), prompt_depth_ > 0, false};
    current_.reset();
    return block;
  }

  void end_paragraph() {
    if (!current_) return;
    if (!open_items_.empty()) {
      std::string& item = document_.list_items[open_items_.back()].text;
      if (!item.empty()) item += ' ';
      item += current_->text;
    }
    document_.texts.push_back(take_text(TextKind::paragraph));
  }

  void end_heading(cmark_node* node) {
    if (!current_) return;
    if (cmark_node_parent(node) == root_) {
      document_.sections.push_back(
          {{cmark_node_get_heading_level(node), *current_}, 0, false, false});
    }
    document_.texts.push_back(take_text(TextKind::heading));
  }

  void end_cell() {
    if (!current_) return;
    if (!document_.tables.empty()) {
      Table& table = document_.tables.back();
      if (in_table_header_) {
        table.header.push_back(*current_);
      } else if (!table.rows.empty()) {
        table.rows.back().cells.push_back(*current_);
      }
    }
    document_.texts.push_back(take_text(TextKind::table_cell));
  }

  // Every `<!-- ... -->` in an HTML block or inline HTML, at its line and
  // column in the source.
  void read_comments(cmark_node* node) {
    const std::string_view html = literal_of(node);
    const Location start = start_of(node);
    int line = start.line;
    std::size_t search_from = static_cast<std::size_t>(std::max(0, start.column - 1));
    std::size_t counted = 0;  // bytes of `html` whose line breaks are counted
    for (std::size_t open = html.find("<!--"), close = 0; open != std::string_view::npos;
         open = html.find("<!--", close + 3)) {
      close = html.find("-->", open + 4);
      if (close == std::string_view::npos) break;
      for (; counted < open; ++counted) {
        if (html[counted] == '\n') {
          ++line;
          search_from = 0;
        }
      }
      const std::string_view source = lines_.line(line);
      std::size_t column = source.find("<!--", std::min(search_from, source.size()));
      if (column == std::string_view::npos) column = search_from;
      search_from = column + 4;
      document_.comments.push_back({{line, static_cast<int>(column) + 1},
                                    std::string(html.substr(open + 4, close - open - 4))});
    }
  }

  void find_sections() {
    std::vector<Section>& sections = document_.sections;
    if (sections.empty()) return;
    document_.first_heading_line = sections.front().heading.title.start.line;
    const int past_end = document_.line_count + 1;
    // A section ends at the next heading of its level or higher: each
    // heading ends every open section at least as deep as itself.
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < sections.size(); ++i) {
      const int line = sections[i].heading.title.start.line;
      while (!open.empty() && sections[open.back()].heading.level >= sections[i].heading.level) {
        sections[open.back()].end_line = line;
        open.pop_back();
      }
      open.push_back(i);
    }
    for (const std::size_t i : open) sections[i].end_line = past_end;

    for (std::size_t i = 0; i < sections.size(); ++i) {
      Section& section = sections[i];
      const bool followed = i + 1 < sections.size();
      const int own_end = followed ? sections[i + 1].heading.title.start.line : past_end;
      section.has_subsections = followed && sections[i + 1].heading.level > section.heading.level;
      // content_lines_ is in document order.
      const auto content = std::upper_bound(content_lines_.begin(), content_lines_.end(),
                                            section.heading.title.start.line);
      section.has_own_content = content != content_lines_.end() && *content < own_end;
    }
  }

  // Text between `<!-- hindsight:begin NAME ... -->` and the matching
  // `<!-- hindsight:end NAME -->` is what `hindsight draft` wrote. Markers
  // that do not pair up mark nothing; `draft --update` reports them.
  void mark_generated_regions() {
    std::vector<std::pair<int, int>> regions;
    std::optional<render_detail::RegionMarker> open;
    int open_line = 0;
    for (const Comment& comment : document_.comments) {
      const auto marker = render_detail::parse_region_marker("<!--" + comment.body + "-->");
      if (!marker) continue;
      if (marker->begin) {
        open = marker;
        open_line = comment.start.line;
      } else if (open && open->name == marker->name) {
        regions.emplace_back(open_line, comment.start.line);
        open.reset();
      }
    }
    const auto generated = [&](int line) {
      for (const auto& [begin, end] : regions) {
        if (line > begin && line < end) return true;
      }
      return false;
    };
    for (TextBlock& block : document_.texts) block.in_generated = generated(block.text.start.line);
    for (Emphasis& emphasis : document_.emphasis) {
      emphasis.in_generated = generated(emphasis.text.start.line);
    }
  }

  std::string_view markdown_;
  SourceLines lines_;
  Document document_;
  cmark_node* root_ = nullptr;
  std::optional<InlineText> current_;
  bool in_table_header_ = false;
  int prompt_depth_ = 0;
  std::vector<bool> quote_is_prompt_;
  int url_depth_ = 0;
  std::vector<std::size_t> emphasis_starts_;
  std::vector<std::size_t> open_items_;
  std::vector<int> content_lines_;
};

}  // namespace

Document read_document(std::string_view markdown) { return DocumentReader(markdown).read(); }

}  // namespace hindsight::lint_detail
