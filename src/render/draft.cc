// render_draft(): the blameless postmortem draft, through its template.
//
// The draft is what a team starts from and pastes into a wiki: generated
// facts where the data has them, prompts where people must think. Its
// headings and prompts are a Mustache template (the built-in one is
// share/hindsight/templates/default.mustache); the facts come from
// draft_data(). It never prints the current date or anything else outside
// its inputs, so the same inputs always give the same bytes.
#include <mutex>

#include <mstch/mstch.hpp>

#include "hindsight/render.h"
#include "render/draft_data.h"
#include "render/generated_region.h"

namespace hindsight {
namespace {

// Every field is escaped Markdown already, so mstch's HTML escaping of
// {{x}} would only garble it: {{x}} and {{{x}}} print the same.
void print_fields_as_they_are() {
  static std::once_flag once;
  std::call_once(once, [] { mstch::config::escape = [](const std::string& text) { return text; }; });
}

}  // namespace

void render_draft(std::ostream& out, const Incident& incident, const std::vector<Event>& timeline,
                  const Metrics& metrics, const RenderSettings& settings,
                  const DraftTemplate& draft_template) {
  print_fields_as_they_are();
  const render_detail::DraftContext context{incident, timeline, metrics, settings};
  std::string draft = mstch::render(draft_template.text(), render_detail::draft_data(context, &draft_template.used_fields()));
  render_detail::seal_regions(draft);
  out << draft;
}

}  // namespace hindsight
