// render_timeline(): picks the renderer for a --format. Adding a timeline
// format means one write_* function in timeline_formats.h and one case here.
#include "render/timeline_formats.h"

namespace hindsight {

void render_timeline(std::ostream& out, TimelineFormat format, const Incident& incident,
                     const std::vector<Event>& timeline, const Metrics& metrics,
                     const RenderSettings& settings) {
  using namespace render_detail;
  switch (format) {
    case TimelineFormat::md:
      write_markdown_timeline(out, timeline, settings);
      return;
    case TimelineFormat::text:
      write_text_timeline(out, timeline, settings);
      return;
    case TimelineFormat::json:
      write_json_timeline(out, incident, timeline);
      return;
    case TimelineFormat::jsonl:
      write_jsonl_timeline(out, timeline);
      return;
    case TimelineFormat::csv:
      write_csv_timeline(out, timeline, settings);
      return;
    case TimelineFormat::mermaid:
      render_gantt(out, incident, timeline, metrics, settings);
      return;
  }
}

}  // namespace hindsight
