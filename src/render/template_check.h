// Checking a draft template against the data model before rendering it.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "hindsight/diagnostic.h"
#include "render/template_fields.h"

namespace hindsight::render_detail {

// Every tag of `text` must name a field of `model` that is in scope where
// the tag stands (Mustache looks a name up in the innermost section first,
// then outwards); sections must close in order, with the name they opened
// with; variables must be text or numbers, lists and flags are sections.
// Literal `<!-- hindsight:begin NAME -->` / `<!-- hindsight:end NAME -->`
// lines (docs/templates.md#your-own-generated-sections) must pair up.
// Each problem is an error at its line and column of `path`. Returns
// whether there were none. `used`, when given, receives the fields of the
// model's root that the template names, directly or through a section.
bool check_template(std::string_view text, const std::string& path, const TemplateField& model,
                    Diagnostics& diagnostics, std::set<std::string>* used = nullptr);

}  // namespace hindsight::render_detail
