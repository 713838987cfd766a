// An event's kind as Markdown text.
//
// Built-in kind names are fixed identifiers such as "impact_start"; they are
// written as they are, so the raw Markdown that people edit reads
// "impact_start" rather than "impact\_start" (an underscore inside a word
// never starts emphasis in GFM). Custom kinds are text from the input and
// are escaped like any other.
#pragma once

#include <string>

#include "hindsight/event.h"

namespace hindsight::render_detail {

std::string kind_markdown(Kind kind);
std::string kind_markdown(const Event& event);

}  // namespace hindsight::render_detail
