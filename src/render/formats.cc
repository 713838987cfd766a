// Output format names, as given to --format.
#include "hindsight/render.h"

namespace hindsight {

std::optional<TimelineFormat> parse_timeline_format(std::string_view name) {
  if (name == "md") return TimelineFormat::md;
  if (name == "text") return TimelineFormat::text;
  if (name == "json") return TimelineFormat::json;
  if (name == "jsonl") return TimelineFormat::jsonl;
  if (name == "csv") return TimelineFormat::csv;
  if (name == "mermaid") return TimelineFormat::mermaid;
  return std::nullopt;
}

std::optional<MetricsFormat> parse_metrics_format(std::string_view name) {
  if (name == "md") return MetricsFormat::md;
  if (name == "json") return MetricsFormat::json;
  return std::nullopt;
}

}  // namespace hindsight
