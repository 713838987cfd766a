// The Datadog events adapter: recognises v1 and v2 Events API output and hands
// it to the reader (datadog_events_reader.h).
#include "adapters/datadog_events.h"

#include "adapters/datadog_events_reader.h"

namespace hindsight {
namespace {

class DatadogEventsAdapter : public Adapter {
 public:
  std::string_view name() const override { return "datadog-events"; }
  std::string_view description() const override {
    return "Datadog events from the v1 (GET /api/v1/events) or v2 (GET /api/v2/events) API";
  }
  std::string_view example() const override {
    return "curl -s -H \"DD-API-KEY: $DD_API_KEY\" -H \"DD-APPLICATION-KEY: $DD_APP_KEY\" "
           "'https://api.datadoghq.com/api/v1/events?start=START&end=END'";
  }

  Recognition recognize(const RawNode& document) const override {
    const datadog::Match match = datadog::match(document);
    Recognition result;
    result.recognised = match.recognised;
    result.evidence = match.evidence;
    if (!result.recognised) result.missing = std::string(datadog::missing_marks);
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    datadog::read(document, name(), context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& datadog_events_adapter() {
  static const DatadogEventsAdapter adapter;
  return adapter;
}

}  // namespace hindsight
