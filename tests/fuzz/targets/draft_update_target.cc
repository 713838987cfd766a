// fuzz::draft_update (see fuzz_targets.h).
#include <sstream>

#include "fuzz_targets.h"
#include "hindsight/analyze.h"
#include "hindsight/draft_update.h"
#include "hindsight/render.h"

namespace hindsight::fuzz {

void draft_update(std::string_view bytes) {
  static const std::string fresh = [] {
    Incident incident;
    incident.title = Sourced<std::string>{"Checkout errors", {}};
    std::vector<Event> timeline(1);
    timeline[0].kind = Kind::alert;
    timeline[0].title = "5xx above 2%";
    std::ostringstream out;
    render_draft(out, incident, timeline, analyze(incident, timeline), RenderSettings());
    return out.str();
  }();
  for (const bool force : {false, true}) {
    Diagnostics diagnostics;
    update_draft("postmortem.md", bytes, fresh, DraftUpdateOptions{force}, diagnostics);
  }
}

}  // namespace hindsight::fuzz
