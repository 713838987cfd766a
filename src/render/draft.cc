// render_draft(): the blameless postmortem draft, section by section.
//
// The draft is what a team starts from and pastes into a wiki: generated
// facts where the data has them, prompts where people must think. It never
// prints the current date or anything else outside its inputs, so the same
// inputs always give the same bytes.
#include "hindsight/render.h"
#include "render/draft_sections.h"
#include "render/generated_region.h"

namespace hindsight {

void render_draft(std::ostream& out, const Incident& incident, const std::vector<Event>& timeline,
                  const Metrics& metrics, const RenderSettings& settings) {
  using namespace render_detail;
  using SectionWriter = void (*)(std::ostream&, const DraftContext&);
  // The order pinned by docs/draft.md.
  static constexpr SectionWriter kSections[] = {
      write_title_and_metadata, write_summary,         write_impact,       write_detection,
      write_response,           write_trigger,         write_resolution,   write_root_causes,
      write_timeline_section,   write_metrics_section, write_action_items, write_lessons_learned,
  };
  const DraftContext context{incident, timeline, metrics, settings};
  out << kDraftPreamble;
  bool first = true;
  for (const SectionWriter write : kSections) {
    if (!first) out << '\n';
    first = false;
    write(out, context);
  }
}

}  // namespace hindsight
