// The PagerDuty adapter: recognises the shapes PagerDuty's API and webhooks
// produce, and hands each item to the reader for its kind of object.
#include "adapters/pagerduty.h"

#include <string>

#include "adapters/pagerduty_incidents.h"
#include "adapters/pagerduty_log_entries.h"
#include "adapters/pagerduty_shapes.h"
#include "adapters/pagerduty_webhooks.h"

namespace hindsight {
namespace {

using namespace pagerduty;

class PagerDutyAdapter : public Adapter {
 public:
  std::string_view name() const override { return "pagerduty"; }

  std::string_view description() const override {
    return "PagerDuty REST v2 log entries and incident lists, and v2/v3 webhook payloads";
  }

  std::string_view example() const override {
    return "curl -s -H \"Authorization: Token token=$PAGERDUTY_TOKEN\" "
           "'https://api.pagerduty.com/incidents/Q1ABCDEF/log_entries?time_zone=UTC&limit=100'";
  }

  Recognition recognize(const RawNode& document) const override {
    const ShapeMatch match = match_shape(document);
    Recognition result;
    result.recognised = match.shape != Shape::none;
    result.evidence = match.evidence;
    if (!result.recognised) result.missing = std::string(missing_marks);
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    const Zone* zone = context.local_zone;
    const auto add_entry = [&](const RawNode& entry) {
      if (auto event = read_log_entry(entry, name(), zone, diagnostics)) {
        events.push_back(std::move(*event));
      }
    };
    switch (match_shape(document).shape) {
      case Shape::log_entry_page:
        for (const RawNode& entry : document.find("log_entries")->items) add_entry(entry);
        break;
      case Shape::single_log_entry:
        add_entry(*document.find("log_entry"));
        break;
      case Shape::log_entry_list:
        for (const RawNode& entry : document.items) add_entry(entry);
        break;
      case Shape::incident_page:
        for (const RawNode& incident : document.find("incidents")->items) {
          read_incident(incident, name(), zone, events, diagnostics);
        }
        break;
      case Shape::webhook_v2:
        for (const RawNode& message : document.find("messages")->items) {
          read_v2_message(message, name(), zone, events, diagnostics);
        }
        break;
      case Shape::webhook_v3:
        read_v3_event(*document.find("event"), name(), zone, events, diagnostics);
        break;
      case Shape::none:
        diagnostics.error(document.pos, "not a PagerDuty export: " + std::string(missing_marks),
                          "see docs/sources/pagerduty.md for the shapes this adapter reads");
        break;
    }
  }
};

}  // namespace

const Adapter& pagerduty_adapter() {
  static const PagerDutyAdapter adapter;
  return adapter;
}

}  // namespace hindsight
