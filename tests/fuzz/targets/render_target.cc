// fuzz::render (see fuzz_targets.h).
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.h"
#include "hindsight/analyze.h"
#include "hindsight/render.h"
#include "output_properties.h"

namespace hindsight::fuzz {
namespace {

// The bytes cut at NUL into pieces, used in turn for each field.
class Pieces {
 public:
  explicit Pieces(std::string_view bytes) {
    std::size_t start = 0;
    for (std::size_t at = 0; at <= bytes.size(); ++at) {
      if (at == bytes.size() || bytes[at] == '\0') {
        pieces_.emplace_back(bytes.substr(start, at - start));
        start = at + 1;
      }
    }
  }
  std::string next() { return pieces_[next_++ % pieces_.size()]; }

 private:
  std::vector<std::string> pieces_;
  std::size_t next_ = 0;
};

}  // namespace

void render(std::string_view bytes) {
  Pieces text(bytes);
  Incident incident;
  incident.title = Sourced<std::string>{text.next(), {}};
  incident.services = Sourced<std::vector<std::string>>{{text.next()}, {}};
  std::vector<Event> timeline;
  const Kind kinds[] = {Kind::deploy, Kind::alert, Kind::page,    Kind::ack,
                        Kind::mitigate, Kind::resolve, Kind::note, Kind::impact_start};
  Timestamp time = Timestamp(Nanoseconds(1'772'611'200'000'000'000));
  for (Kind kind : kinds) {
    Event event;
    event.time = time;
    time += std::chrono::minutes(7);
    event.kind = kind;
    event.title = text.next();
    event.service = text.next();
    event.source = text.next();
    event.id = text.next();
    event.link = text.next();
    event.actor = Actor{text.next(), text.next()};
    event.labels = {{text.next(), text.next()}};
    if (kind == Kind::deploy) event.end = time;
    event.input_order = timeline.size();
    timeline.push_back(std::move(event));
  }
  const Metrics metrics = analyze(incident, timeline);
  RenderSettings settings;
  settings.relative_to = timeline.front().time;
  const auto timeline_as = [&](TimelineFormat format) {
    std::ostringstream out;
    render_timeline(out, format, incident, timeline, metrics, settings);
    return out.str();
  };
  require_json(timeline_as(TimelineFormat::json), "json timeline");
  require_json_lines(timeline_as(TimelineFormat::jsonl), "jsonl timeline");
  require_inert_csv(timeline_as(TimelineFormat::csv), 14);
  for (TimelineFormat format : {TimelineFormat::md, TimelineFormat::text, TimelineFormat::mermaid}) {
    timeline_as(format);
  }
  std::ostringstream out;
  render_metrics(out, MetricsFormat::md, metrics, settings);
  std::ostringstream metrics_json;
  render_metrics(metrics_json, MetricsFormat::json, metrics, settings);
  require_json(metrics_json.str(), "json metrics");
  render_draft(out, incident, timeline, metrics, settings);
  render_draft_html(out, incident, timeline, metrics, settings);
  render_draft_confluence(out, incident, timeline, metrics, settings);
  render_svg_chart(out, incident, timeline, metrics, settings);
}

}  // namespace hindsight::fuzz
