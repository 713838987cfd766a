// Metrics as one JSON object for scripts (`metrics --format json`).
//
// Keys, in this order: impact_start, detected, acknowledged, mitigated,
// resolved ({"time": RFC 3339 UTC or null, "basis": text}); ttd, tta, ttm,
// ttr ({"seconds": number or null, "reason": null or text}); and
// suspected_triggers ([{"time", "kind", "title", "lead_seconds"}]).
#include <nlohmann/json.hpp>

#include "render/metrics_formats.h"

namespace hindsight::render_detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr Nanoseconds::rep kNanosPerSecond = 1'000'000'000;

// Whole seconds stay integers, so the common case is exact and reads as
// such. Otherwise the value is the nearest double, which nlohmann prints
// in its shortest round-trip form: exact to the nanosecond for spans up to
// 10^6 s (about 11 days), since a decimal of at most 15 significant digits
// survives the trip through a double.
Json seconds(Nanoseconds span) {
  const Nanoseconds::rep count = span.count();
  if (count % kNanosPerSecond == 0) return Json(count / kNanosPerSecond);
  return Json(static_cast<double>(count) / static_cast<double>(kNanosPerSecond));
}

Json milestone_json(const Milestone& milestone) {
  Json object;
  object["time"] = milestone.time ? Json(format_utc(*milestone.time)) : Json();
  object["basis"] = milestone.basis;
  return object;
}

Json interval_json(const Interval& interval) {
  Json object;
  object["seconds"] = interval.value ? seconds(*interval.value) : Json();
  object["reason"] = interval.value            ? Json()
                     : interval.reason.empty() ? Json("not recorded")
                                               : Json(interval.reason);
  return object;
}

Json trigger_json(const SuspectedTrigger& trigger) {
  Json object;
  object["time"] = format_utc(trigger.time);
  object["kind"] = std::string(kind_name(trigger.kind));
  object["title"] = trigger.title;
  object["lead_seconds"] = seconds(trigger.lead);
  return object;
}

}  // namespace

void write_json_metrics(std::ostream& out, const Metrics& metrics) {
  Json object;
  object["impact_start"] = milestone_json(metrics.impact_start);
  object["detected"] = milestone_json(metrics.detected);
  object["acknowledged"] = milestone_json(metrics.acknowledged);
  object["mitigated"] = milestone_json(metrics.mitigated);
  object["resolved"] = milestone_json(metrics.resolved);
  object["ttd"] = interval_json(metrics.ttd);
  object["tta"] = interval_json(metrics.tta);
  object["ttm"] = interval_json(metrics.ttm);
  object["ttr"] = interval_json(metrics.ttr);
  object["suspected_triggers"] = Json::array();
  for (const SuspectedTrigger& trigger : metrics.suspected_triggers) {
    object["suspected_triggers"].push_back(trigger_json(trigger));
  }
  // Titles may hold invalid UTF-8; replacing it keeps the output printable.
  out << object.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace hindsight::render_detail
