// The data a draft template is rendered with: the model of
// template_fields.h filled in from one incident.
#pragma once

#include <set>
#include <string>

#include <mstch/mstch.hpp>

#include "render/draft_sections.h"

namespace hindsight::render_detail {

// Every field of draft_data_model(), and nothing else: text is escaped
// Markdown, flags are bools, counts are ints. With `used`, the lists and
// texts that cost time and memory (events, pages, steps, triggers, mermaid,
// generated) are filled in only when named there, and left empty
// otherwise; flags, counts and the small objects are always filled in.
mstch::map draft_data(const DraftContext& context,
                      const std::set<std::string>* used = nullptr);

}  // namespace hindsight::render_detail
