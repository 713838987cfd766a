// render_metrics(): picks the metrics renderer for the requested format.
#include "hindsight/render.h"
#include "render/metrics_formats.h"

namespace hindsight {

void render_metrics(std::ostream& out, MetricsFormat format, const Metrics& metrics,
                    const RenderSettings& settings) {
  switch (format) {
    case MetricsFormat::md:
      render_detail::write_markdown_metrics(out, metrics, settings);
      return;
    case MetricsFormat::json:
      render_detail::write_json_metrics(out, metrics);
      return;
  }
}

}  // namespace hindsight
