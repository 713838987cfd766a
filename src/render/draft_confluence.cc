// render_draft_confluence(): the draft in Confluence wiki markup.
//
// The Markdown draft is parsed as GitHub parses it (cmark-gfm) and written
// out node by node: headings as `h2.`, lists as `*`/`#`, tables as `||` and
// `|`, prompts as `{quote}`, links as `[label|url]`. Text is escaped so
// that nothing from an event can open a macro (`{html}`), a link or a table
// cell: every character with a meaning in wiki markup gets a backslash.
#include <sstream>
#include <string>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "hindsight/render.h"
#include "render/gfm_document.h"

namespace hindsight {
namespace {

std::string escape_text(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '{': case '}': case '[': case ']': case '|': case '*': case '_': case '-':
      case '+': case '^': case '~': case '?': case '!': case '#': case '\\': case '(':
      case ')':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

class ConfluenceWriter {
 public:
  explicit ConfluenceWriter(std::ostream& out) : out_(out) {}

  void blocks(cmark_node* parent) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
      block(node);
    }
  }

 private:
  static std::string type(cmark_node* node) { return cmark_node_get_type_string(node); }

  void block(cmark_node* node) {
    const std::string kind = type(node);
    if (kind == "heading") {
      out_ << 'h' << cmark_node_get_heading_level(node) << ". " << inlines(node) << "\n\n";
    } else if (kind == "paragraph") {
      out_ << inlines(node) << "\n\n";
    } else if (kind == "list") {
      list(node, "");
      out_ << '\n';
    } else if (kind == "block_quote") {
      out_ << "{quote}\n";
      std::ostringstream inner;
      ConfluenceWriter(inner).blocks(node);
      std::string text = inner.str();
      while (!text.empty() && text.back() == '\n') text.pop_back();
      out_ << text << "\n{quote}\n\n";
    } else if (kind == "code_block") {
      const std::string info = cmark_node_get_fence_info(node);
      out_ << "{code" << (info == "mermaid" ? ":title=Timeline chart (Mermaid)" : "") << "}\n"
           << cmark_node_get_literal(node) << "{code}\n\n";
    } else if (kind == "thematic_break") {
      out_ << "----\n\n";
    } else if (kind == "table") {
      table(node);
      out_ << '\n';
    }
    // html_block: the draft's own comments only, which mean nothing here.
  }

  void list(cmark_node* node, const std::string& prefix) {
    const std::string marker =
        prefix + (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "#" : "*");
    for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
      bool first = true;
      for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
        if (type(child) == "list") {
          list(child, marker);
        } else if (first) {
          out_ << marker << ' ' << inlines(child) << '\n';
          first = false;
        } else {
          out_ << inlines(child) << '\n';
        }
      }
    }
  }

  void table(cmark_node* node) {
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      const bool header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
      const char* separator = header ? "||" : "|";
      out_ << separator;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        const std::string text = inlines(cell);
        out_ << (text.empty() ? " " : text) << separator;
      }
      out_ << '\n';
    }
  }

  std::string inlines(cmark_node* parent) {
    std::string text;
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
      const std::string kind = type(node);
      if (kind == "text") {
        text += escape_text(cmark_node_get_literal(node));
      } else if (kind == "code") {
        text += "{{" + escape_text(cmark_node_get_literal(node)) + "}}";
      } else if (kind == "strong") {
        text += "*" + inlines(node) + "*";
      } else if (kind == "emph") {
        text += "_" + inlines(node) + "_";
      } else if (kind == "link") {
        text += "[" + inlines(node) + "|" + escape_url(cmark_node_get_url(node)) + "]";
      } else if (kind == "softbreak") {
        text += ' ';
      } else if (kind == "linebreak") {
        text += "\\\\ ";
      } else if (kind == "html_inline") {
        // The timeline's multi-line notes use <br>; everything else raw is dropped.
        if (std::string(cmark_node_get_literal(node)) == "<br>") text += "\\\\ ";
      } else {
        text += inlines(node);
      }
    }
    return text;
  }

  // The draft only links http(s) and mailto URLs (markdown::link); `|` and
  // `]` would end the link, so they are percent-encoded.
  static std::string escape_url(std::string_view url) {
    std::string out;
    for (const char c : url) {
      if (c == '|') {
        out += "%7C";
      } else if (c == ']') {
        out += "%5D";
      } else if (c == '[') {
        out += "%5B";
      } else {
        out += c;
      }
    }
    return out;
  }

  std::ostream& out_;
};

}  // namespace

void render_draft_confluence(std::ostream& out, const Incident& incident,
                             const std::vector<Event>& timeline, const Metrics& metrics,
                             const RenderSettings& settings, const DraftTemplate& draft_template) {
  const render_detail::GfmDocument document(
      render_detail::readable_draft(incident, timeline, metrics, settings, draft_template));
  std::ostringstream wiki;
  ConfluenceWriter(wiki).blocks(document.root());
  std::string text = wiki.str();
  while (text.size() > 1 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') {
    text.pop_back();
  }
  out << text;
}

}  // namespace hindsight
