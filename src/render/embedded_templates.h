// The built-in draft templates, compiled in from
// share/hindsight/templates/*.mustache (cmake/embed_templates.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace hindsight::render_detail {

struct EmbeddedTemplate {
  std::string_view name;  // the file name without .mustache
  std::string_view text;
};

// In file-name order.
const std::vector<EmbeddedTemplate>& embedded_templates();

}  // namespace hindsight::render_detail
