// cmark-gfm, wrapped (see cmark_tree.h).
#include "lint/cmark_tree.h"

#include <string>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

namespace hindsight::lint_detail {
namespace {

struct CmarkParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

void attach(cmark_parser* parser, const char* extension_name) {
  if (cmark_syntax_extension* extension = cmark_find_syntax_extension(extension_name)) {
    cmark_parser_attach_syntax_extension(parser, extension);
  }
}

std::string_view text_of(const char* text) { return text ? std::string_view(text) : ""; }

}  // namespace

CmarkTree parse_gfm(std::string_view markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  // No CMARK_OPT_VALIDATE_UTF8: replacing bad bytes would shift the text
  // against its source; the bytes are reported as they are.
  std::unique_ptr<cmark_parser, CmarkParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  attach(parser.get(), "table");
  attach(parser.get(), "autolink");
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return CmarkTree(cmark_parser_finish(parser.get()));
}

TablePart table_part(cmark_node* node) {
  const std::string_view type = text_of(cmark_node_get_type_string(node));
  if (type == "table") return TablePart::table;
  if (type == "table_header") return TablePart::header;
  if (type == "table_row") return TablePart::row;
  if (type == "table_cell") return TablePart::cell;
  return TablePart::none;
}

bool is_url_shown_as_text(cmark_node* link) {
  cmark_node* child = cmark_node_first_child(link);
  if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT) {
    return false;
  }
  const std::string_view text = text_of(cmark_node_get_literal(child));
  const std::string_view url = text_of(cmark_node_get_url(link));
  // `www.example.com` links to `http://www.example.com`, `a@b.example` to
  // `mailto:a@b.example`.
  return !text.empty() && url.size() >= text.size() && url.substr(url.size() - text.size()) == text;
}

}  // namespace hindsight::lint_detail
