// A Markdown document parsed as GitHub does (see gfm_document.h).
#include "render/gfm_document.h"

#include <cstdlib>
#include <sstream>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace hindsight::render_detail {

GfmDocument::GfmDocument(std::string_view markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  parser_ = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser_, cmark_find_syntax_extension("table"));
  cmark_parser_feed(parser_, markdown.data(), markdown.size());
  root_ = cmark_parser_finish(parser_);
}

GfmDocument::~GfmDocument() {
  cmark_node_free(root_);
  cmark_parser_free(parser_);
}

std::string GfmDocument::html() const {
  char* rendered =
      cmark_render_html(root_, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser_));
  std::string html(rendered);
  std::free(rendered);
  return html;
}

std::string without_comment_lines(std::string_view markdown) {
  std::string kept;
  for (std::size_t at = 0; at < markdown.size();) {
    const std::size_t newline = markdown.find('\n', at);
    const std::size_t next = newline == std::string_view::npos ? markdown.size() : newline + 1;
    const std::string_view line = markdown.substr(at, next - at);
    if (line.substr(0, 4) != "<!--") kept.append(line);
    at = next;
  }
  return kept;
}

std::string readable_draft(const Incident& incident, const std::vector<Event>& timeline,
                           const Metrics& metrics, const RenderSettings& settings,
                           const DraftTemplate& draft_template) {
  std::ostringstream markdown;
  render_draft(markdown, incident, timeline, metrics, settings, draft_template);
  return without_comment_lines(markdown.str());
}

}  // namespace hindsight::render_detail
