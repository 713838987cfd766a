// A small incident told the way analyze() would hand it to the renderers:
// the backfill outage of DESIGN.md, with its timeline and metrics written
// out by hand so that render tests do not depend on the analysis.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <date/date.h>

#include "hindsight/analyze.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/render.h"
#include "hindsight/time.h"

namespace hindsight::test {

// An instant given as a UTC wall-clock time.
inline Timestamp utc(int year, unsigned month, unsigned day, int hour, int minute, int second) {
  using namespace std::chrono;
  return Timestamp(date::sys_days(date::year(year) / date::month(month) / date::day(day)) +
                   hours(hour) + minutes(minute) + seconds(second));
}

inline Event make_event(Timestamp time, Kind kind, std::string title, std::string service = {},
                        std::string source = {}) {
  Event event;
  event.time = time;
  event.kind = kind;
  event.title = std::move(title);
  event.service = std::move(service);
  event.source = std::move(source);
  return event;
}

inline Zone helsinki() { return *lookup_zone("Europe/Helsinki").zone; }

struct Story {
  Incident incident;
  std::vector<Event> timeline;
  Metrics metrics;
  RenderSettings settings;
};

// Impact 2026-03-04 10:15:00 +02:00 (08:15Z) to 2026-03-05 06:15:00 +02:00.
inline Story backfill_story() {
  Story story;
  Incident& incident = story.incident;
  incident.id = Sourced<std::string>{"INC-2041", {}};
  incident.title =
      Sourced<std::string>{"Backfill exhausted partner API quota; page data stopped updating", {}};
  incident.severity = Sourced<std::string>{"SEV1", {}};
  incident.timezone = Sourced<std::string>{"Europe/Helsinki", {}};
  incident.services = Sourced<std::vector<std::string>>{{"graph-sync", "page-insights"}, {}};
  incident.impact_start = Sourced<Timestamp>{utc(2026, 3, 4, 8, 15, 0), {}};

  std::vector<Event>& timeline = story.timeline;
  timeline.push_back(make_event(utc(2026, 3, 4, 7, 58, 12), Kind::backfill,
                                "Backfill of page insights since 2024 started", "graph-sync",
                                "airflow"));
  timeline.back().end = utc(2026, 3, 4, 11, 40, 0);
  timeline.back().link = "https://example.invalid/airflow/runs/42";
  timeline.push_back(make_event(utc(2026, 3, 4, 8, 27, 0), Kind::alert,
                                "Page insights freshness > 1h", "page-insights", "alertmanager"));
  timeline.push_back(
      make_event(utc(2026, 3, 4, 8, 29, 30), Kind::page, "Data on-call paged", "", "pagerduty"));
  timeline.push_back(
      make_event(utc(2026, 3, 4, 8, 33, 0), Kind::ack, "Page acknowledged", "", "pagerduty"));
  timeline.push_back(make_event(utc(2026, 3, 4, 9, 10, 0), Kind::escalate,
                                "Escalated to the partner integration team", "", "pagerduty"));
  timeline.push_back(make_event(utc(2026, 3, 4, 11, 40, 0), Kind::mitigate, "Backfill paused",
                                "graph-sync", "airflow"));
  timeline.push_back(make_event(utc(2026, 3, 5, 4, 15, 0), Kind::resolve,
                                "Partner quota reset; page data updating again", "page-insights",
                                "slack"));

  using namespace std::chrono;
  Metrics& metrics = story.metrics;
  metrics.impact_start = {utc(2026, 3, 4, 8, 15, 0), "incident.impact.start in the header", {}};
  metrics.detected = {utc(2026, 3, 4, 8, 27, 0),
                      "first alert at/after impact start: \"Page insights freshness > 1h\"", 1};
  metrics.acknowledged = {utc(2026, 3, 4, 8, 33, 0),
                          "first ack at/after impact start: \"Page acknowledged\"", 3};
  metrics.mitigated = {utc(2026, 3, 4, 11, 40, 0),
                       "first mitigate at/after impact start: \"Backfill paused\"", 5};
  metrics.resolved = {utc(2026, 3, 5, 4, 15, 0),
                      "last resolve event: \"Partner quota reset; page data updating again\"", 6};
  metrics.ttd = {minutes(12), ""};
  metrics.tta = {minutes(6), ""};
  metrics.ttm = {hours(3) + minutes(25), ""};
  metrics.ttr = {hours(20), ""};
  metrics.suspected_triggers.push_back({0, utc(2026, 3, 4, 7, 58, 12), Kind::backfill,
                                        "Backfill of page insights since 2024 started",
                                        minutes(16) + seconds(48)});

  story.settings.display_zone = helsinki();
  return story;
}

// Metrics with nothing known, as analyze() returns them for a timeline
// without any impact, detection or resolution event.
inline Metrics unknown_metrics() {
  Metrics metrics;
  metrics.impact_start.basis = "no impact start recorded";
  metrics.detected.basis = "no detection in the timeline";
  metrics.acknowledged.basis = "no acknowledgement in the timeline";
  metrics.mitigated.basis = "no mitigation in the timeline";
  metrics.resolved.basis = "no resolution recorded";
  metrics.ttd.reason = "no impact start recorded";
  metrics.tta.reason = "no detection in the timeline";
  metrics.ttm.reason = "no impact start recorded";
  metrics.ttr.reason = "no impact start recorded";
  return metrics;
}

}  // namespace hindsight::test
