// An event's kind as Markdown text (see kind_text.h).
#include "render/kind_text.h"

#include "render/markdown.h"

namespace hindsight::render_detail {

std::string kind_markdown(Kind kind) { return std::string(kind_name(kind)); }

std::string kind_markdown(const Event& event) {
  if (event.kind == Kind::custom) return markdown::escape_inline(display_kind(event));
  return kind_markdown(event.kind);
}

}  // namespace hindsight::render_detail
