// The tags of a Mustache template, with the line and column of each, for
// checking a template before it is rendered.
//
// mstch renders templates but reports nothing: a misspelt field prints as
// nothing and an unclosed section swallows the rest. So hindsight reads
// the tags itself first (this file) and checks them against the data model
// (template_check.h). The syntax is the Mustache spec's: variables
// ({{x}}, {{{x}}}, {{&x}}), sections ({{#x}}, {{^x}}, {{/x}}), comments
// ({{!...}}), partials ({{>x}}) and delimiter changes ({{=<% %>=}}).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight::render_detail {

struct MustacheTag {
  enum class Type { variable, section, inverted, close, partial };
  Type type = Type::variable;
  std::string name;  // trimmed, e.g. "metrics.ttd.value" or "."
  SourcePos pos;     // of the tag's opening delimiter
};

// The tags of `text` in order (comments and delimiter changes left out).
// A tag never closed, an empty name or a malformed delimiter change is an
// error at its position in `path`.
std::vector<MustacheTag> read_mustache_tags(std::string_view text, const std::string& path,
                                            Diagnostics& diagnostics);

}  // namespace hindsight::render_detail
