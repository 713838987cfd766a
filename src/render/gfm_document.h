// A Markdown document parsed as GitHub does (cmark-gfm with its table
// extension), for the renderings of the draft that are not Markdown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hindsight/render.h"

struct cmark_node;
struct cmark_parser;

namespace hindsight::render_detail {

class GfmDocument {
 public:
  explicit GfmDocument(std::string_view markdown);
  ~GfmDocument();
  GfmDocument(const GfmDocument&) = delete;
  GfmDocument& operator=(const GfmDocument&) = delete;

  cmark_node* root() const { return root_; }
  // HTML as GitHub would render it in safe mode: raw HTML and unsafe link
  // schemes (javascript:, data:, ...) are left out.
  std::string html() const;

 private:
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
};

// The draft without its generated-region markers and preamble: they matter
// only to `draft --update`, which works on the Markdown file.
std::string without_comment_lines(std::string_view markdown);

// render_draft() as a reader sees it (without_comment_lines), which the
// HTML and Confluence renderings start from.
std::string readable_draft(const Incident& incident, const std::vector<Event>& timeline,
                           const Metrics& metrics, const RenderSettings& settings,
                           const DraftTemplate& draft_template);

}  // namespace hindsight::render_detail
