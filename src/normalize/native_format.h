// The native event log as one of the formats: the three shapes of
// docs/format.md (a map with `events:`, a bare list of events, one event
// per document), plus the `incident:` header, which only this format has.
#pragma once

#include <functional>
#include <vector>

#include "hindsight/adapter.h"
#include "normalize/incident_header.h"

namespace hindsight::normalize_detail {

class NativeFormat : public Adapter {
 public:
  std::string_view name() const override { return "native"; }
  std::string_view description() const override;
  std::string_view example() const override;
  Recognition recognize(const RawNode& document) const override;

  // The first pass: checks the document's shape, hands its `incident:`
  // header to `add_header` (which merges it with the others, in input
  // order), and says whether it holds a header or events.
  struct Content {
    bool header = false;
    bool events = false;
  };
  Content read_header(const RawNode& document,
                      const std::function<void(const RawNode&)>& add_header,
                      Diagnostics& diagnostics) const;

  // The second pass, once the zone for offset-less times is known.
  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override;
};

const NativeFormat& native_format();

}  // namespace hindsight::normalize_detail
