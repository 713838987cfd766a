// The Opsgenie adapter: recognises Alert API output and webhook payloads and
// hands them to the reader (opsgenie_reader.h).
#include "adapters/opsgenie.h"

#include "adapters/opsgenie_reader.h"

namespace hindsight {
namespace {

class OpsgenieAdapter : public Adapter {
 public:
  std::string_view name() const override { return "opsgenie"; }
  std::string_view description() const override {
    return "Opsgenie alerts from the Alert API (GET /v2/alerts) and outgoing webhook payloads";
  }
  std::string_view example() const override {
    return "curl -s -H 'Authorization: GenieKey API_KEY' "
           "'https://api.opsgenie.com/v2/alerts?query=createdAt>FROM_MS&limit=100'";
  }

  Recognition recognize(const RawNode& document) const override {
    const opsgenie::Match match = opsgenie::match(document);
    Recognition result;
    result.recognised = match.recognised;
    result.evidence = match.evidence;
    if (!result.recognised) result.missing = std::string(opsgenie::missing_marks);
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    opsgenie::read(document, name(), context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& opsgenie_adapter() {
  static const OpsgenieAdapter adapter;
  return adapter;
}

}  // namespace hindsight
