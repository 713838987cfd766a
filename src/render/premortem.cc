// render_premortem(): the pre-mortem document, section by section.
//
// A pre-mortem asks a team to imagine that a planned change has already
// failed and to work out why, while there is still time to change the
// plan. The document gives them what can be computed (the load against
// each dependency's limits) and the questions that the kind of change
// raises. Like the draft, it holds nothing from outside its inputs.
#include "hindsight/render.h"
#include "render/premortem_sections.h"

namespace hindsight {

void render_premortem(std::ostream& out, const Plan& plan, const LoadCheck& check,
                      const RenderSettings& settings) {
  using namespace render_detail::premortem;
  using SectionWriter = void (*)(std::ostream&, const Context&);
  // The order pinned by docs/premortem.md.
  static constexpr SectionWriter kSections[] = {
      write_title_and_metadata, write_imagine_failure, write_change,
      write_load_check,         write_failure_modes,   write_detection,
      write_rollback,           write_on_call,         write_action_items,
  };
  const Context context{plan, check, settings};
  bool first = true;
  for (const SectionWriter write : kSections) {
    if (!first) out << '\n';
    first = false;
    write(out, context);
  }
}

}  // namespace hindsight
