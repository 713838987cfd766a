// The data a draft template is rendered with: the model of
// template_fields.h filled in from one incident.
#pragma once

#include <mstch/mstch.hpp>

#include "render/draft_sections.h"

namespace hindsight::render_detail {

// Every field of draft_data_model(), and nothing else: text is escaped
// Markdown, flags are bools, counts are ints.
mstch::map draft_data(const DraftContext& context);

}  // namespace hindsight::render_detail
