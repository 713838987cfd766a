// The flux adapter: its name, description and example, and the hand-off
// to flux_events.cc.
#include "adapters/flux.h"

#include "adapters/flux_events.h"

namespace hindsight {
namespace {

class Flux : public Adapter {
 public:
  std::string_view name() const override { return "flux"; }

  std::string_view description() const override {
    return "Flux notification-controller events as posted to a generic webhook";
  }

  std::string_view example() const override {
    return "a Flux `Provider` of type `generic` pointed at a receiver that appends each POST "
           "body to flux-events.json";
  }

  Recognition recognize(const RawNode& document) const override {
    const flux_detail::Shape shape = flux_detail::recognize_shape(document);
    Recognition result;
    result.recognised = shape.recognised;
    result.evidence = shape.evidence;
    if (!result.recognised) {
      result.missing = "no `involvedObject` with `severity`, `timestamp` and `reportingController`";
    }
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    flux_detail::convert_document(document, context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& flux_adapter() {
  static const Flux adapter;
  return adapter;
}

}  // namespace hindsight
