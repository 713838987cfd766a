// The Grafana annotations adapter: recognises `GET /api/annotations` output and
// hands it to the reader (grafana_annotations_reader.h).
#include "adapters/grafana_annotations.h"

#include "adapters/grafana_annotations_reader.h"

namespace hindsight {
namespace {

class GrafanaAnnotationsAdapter : public Adapter {
 public:
  std::string_view name() const override { return "grafana-annotations"; }
  std::string_view description() const override {
    return "Grafana annotations from GET /api/annotations: alert state changes, deploys, notes";
  }
  std::string_view example() const override {
    return "curl -s -H 'Authorization: Bearer TOKEN' "
           "'https://grafana.example.com/api/annotations?from=FROM_MS&to=TO_MS&limit=1000'";
  }

  Recognition recognize(const RawNode& document) const override {
    const grafana::Match match = grafana::match(document);
    Recognition result;
    result.recognised = match.recognised;
    result.evidence = match.evidence;
    if (!result.recognised) result.missing = std::string(grafana::missing_marks);
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    grafana::read(document, name(), context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& grafana_annotations_adapter() {
  static const GrafanaAnnotationsAdapter adapter;
  return adapter;
}

}  // namespace hindsight
