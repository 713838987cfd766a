// Small builders for merge tests: events with a time, an input position
// and an origin, written the way the normalizer would hand them over.
#pragma once

#include <string>
#include <utility>

#include "hindsight/event.h"
#include "hindsight/time.h"

namespace hindsight::merge_test {

// "2026-03-04T08:21:00" (UTC) as a Timestamp.
inline Timestamp utc(const std::string& text) {
  TimestampParse parsed = parse_timestamp(text + "Z", nullptr);
  if (!parsed.time) throw std::invalid_argument("bad test time: " + text);
  return *parsed.time;
}

// An event of `kind` from `file`, the `order`-th across all inputs, whose
// map starts at line `line`, column 3.
inline Event event(Kind kind, std::string title, const std::string& time, std::size_t order,
                   std::string file = "deploys.yaml", int line = 1) {
  Event e;
  e.kind = kind;
  e.title = std::move(title);
  e.time = utc(time);
  e.input_order = order;
  e.origin = {std::move(file), line, 3};
  return e;
}

}  // namespace hindsight::merge_test
