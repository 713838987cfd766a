// One Alertmanager document, whole: recognising its shape (a webhook
// payload, a list of them, or the v2 API's list of alerts) and turning its
// alerts into events, the notifications of one alert paired into one.
#pragma once

#include <string>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::alertmanager_detail {

struct DocumentShape {
  bool recognised = false;
  int evidence = 0;     // the format's marks found
  std::string missing;  // what a near miss lacked
};

DocumentShape recognize_document(const RawNode& document);

// Appends the events of a recognised document. Within it, the copies of
// one alert (same id) become one event: the first copy's fields, and an end
// that only a later copy knows.
void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics);

}  // namespace hindsight::alertmanager_detail
