// The Alertmanager adapter: its name, description and example for
// `hindsight formats`, and the Adapter interface over the document reader.
#include "adapters/alertmanager.h"

#include "adapters/alertmanager_document.h"

namespace hindsight {
namespace {

class AlertmanagerAdapter : public Adapter {
 public:
  std::string_view name() const override { return "alertmanager"; }

  std::string_view description() const override {
    return "Prometheus Alertmanager webhook payloads (version 4 and older) and "
           "GET /api/v2/alerts output";
  }

  std::string_view example() const override {
    return "curl -s http://alertmanager:9093/api/v2/alerts > alerts.json";
  }

  Recognition recognize(const RawNode& document) const override {
    const auto shape = alertmanager_detail::recognize_document(document);
    return {shape.recognised, shape.evidence, shape.missing};
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    alertmanager_detail::convert_document(document, context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& alertmanager_adapter() {
  static const AlertmanagerAdapter adapter;
  return adapter;
}

}  // namespace hindsight
