// cmark-gfm, wrapped: parse GitHub-flavoured Markdown into a tree that is
// freed on scope exit, and name its node types in one place.
#pragma once

#include <memory>
#include <string_view>

#include <cmark-gfm.h>

namespace hindsight::lint_detail {

struct CmarkNodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkTree = std::unique_ptr<cmark_node, CmarkNodeFree>;

struct CmarkIterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using CmarkIter = std::unique_ptr<cmark_iter, CmarkIterFree>;

// The document node of `markdown`, parsed with the table and autolink
// extensions and source positions.
CmarkTree parse_gfm(std::string_view markdown);

// The table extension's node types, which have no CMARK_NODE_ constants
// of their own.
enum class TablePart { none, table, header, row, cell };
TablePart table_part(cmark_node* node);

// A link whose text is its own URL (`<https://...>` or a bare
// `www.example.com`): the URL is not the author's prose.
bool is_url_shown_as_text(cmark_node* link);

}  // namespace hindsight::lint_detail
