// render_gantt(): the incident as a Mermaid gantt chart.
//
// Sections: Impact (the window, then the detected, acknowledged, mitigated
// and resolved milestones), Alerts and Batch runs (intervals as bars, points
// as milestones) and Changes (deploys, rollbacks and config changes as
// milestones). Mermaid draws times in the reader's browser zone, so the
// chart is written as wall-clock readings in the display zone without an
// offset: every reader sees the same clock the rest of the draft uses.
// Every task name starts with fixed text (a milestone's name or the event's
// kind), so no event text can begin a line and turn into a directive.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "hindsight/render.h"
#include "render/mermaid_text.h"

namespace hindsight {
namespace {

// Tasks per section at most; a chart of a year of alerts would be
// unreadable, and the timeline table has them all.
constexpr std::size_t kMaxTasksPerSection = 40;

struct Task {
  std::string name;  // already escaped
  std::string tags;  // "crit", "milestone", ... or empty
  Timestamp start;
  std::optional<Timestamp> end;  // none: a milestone
};

void write_task(std::ostream& out, const Task& task, const Zone& zone) {
  std::string tags = task.tags;
  if (!task.end || *task.end <= task.start) {
    tags += tags.empty() ? "milestone" : ", milestone";
  }
  out << "    " << task.name << " :" << (tags.empty() ? "" : tags + ", ")
      << format_wall_clock_millis(task.start, zone) << ", ";
  if (!task.end || *task.end <= task.start) {
    out << "0s\n";
  } else {
    out << format_wall_clock_millis(*task.end, zone) << '\n';
  }
}

void write_section(std::ostream& out, const char* name, const std::vector<Task>& tasks,
                   const Zone& zone) {
  if (tasks.empty()) return;
  out << "    section " << name << '\n';
  for (std::size_t i = 0; i < tasks.size() && i < kMaxTasksPerSection; ++i) {
    write_task(out, tasks[i], zone);
  }
  if (tasks.size() > kMaxTasksPerSection) {
    out << "    %% " << tasks.size() - kMaxTasksPerSection << " more not shown\n";
  }
}

Task event_task(const Event& event, const std::string& tags) {
  return {mermaid::escape_text(std::string(display_kind(event)) + " · " + event.title), tags, event.time,
          event.end};
}

std::vector<Task> impact_tasks(const std::vector<Event>& timeline, const Metrics& metrics) {
  std::vector<Task> tasks;
  if (metrics.impact_start.time) {
    std::optional<Timestamp> end = metrics.resolved.time;
    std::string name = "Impact";
    if (!end && !timeline.empty()) {
      end = std::max_element(timeline.begin(), timeline.end(), [](const Event& a, const Event& b) {
              return a.end.value_or(a.time) < b.end.value_or(b.time);
            })->end.value_or(timeline.back().time);
      name = "Impact (end unknown)";
    }
    tasks.push_back({name, "crit", *metrics.impact_start.time,
                     end && *end > *metrics.impact_start.time ? end : std::nullopt});
  }
  const std::pair<const char*, const Milestone*> milestones[] = {
      {"Detected", &metrics.detected},
      {"Acknowledged", &metrics.acknowledged},
      {"Mitigated", &metrics.mitigated},
      {"Resolved", &metrics.resolved},
  };
  for (const auto& [name, milestone] : milestones) {
    if (milestone->time) tasks.push_back({name, "", *milestone->time, std::nullopt});
  }
  return tasks;
}

}  // namespace

void render_gantt(std::ostream& out, const Incident& incident, const std::vector<Event>& timeline,
                  const Metrics& metrics, const RenderSettings& settings) {
  std::vector<Task> alerts;
  std::vector<Task> batch_runs;
  std::vector<Task> changes;
  for (const Event& event : timeline) {
    switch (event.kind) {
      case Kind::alert:
        alerts.push_back(event_task(event, "active"));
        break;
      case Kind::backfill:
        batch_runs.push_back(event_task(event, "done"));
        break;
      case Kind::deploy:
      case Kind::rollback:
      case Kind::config_change: {
        Task change = event_task(event, "");
        change.end.reset();  // a change is the moment it started
        changes.push_back(std::move(change));
        break;
      }
      default:
        break;
    }
  }
  const Zone& zone = settings.display_zone;
  std::string title = incident.title ? incident.title->value : std::string();
  if (title.empty() && incident.id) title = incident.id->value;
  out << "gantt\n";
  out << "    title " << mermaid::escape_text(title.empty() ? "Incident timeline" : title)
      << " (" << mermaid::escape_text(zone.name) << ")\n";
  out << "    dateFormat YYYY-MM-DD HH:mm:ss.SSS\n";
  const std::vector<Task> impact = impact_tasks(timeline, metrics);
  // Hours and minutes when everything happens within a day, else the date too.
  std::vector<Timestamp> times;
  const std::vector<const std::vector<Task>*> sections = {&impact, &alerts, &batch_runs, &changes};
  for (const std::vector<Task>* section : sections) {
    for (const Task& task : *section) {
      times.push_back(task.start);
      if (task.end) times.push_back(*task.end);
    }
  }
  const bool within_a_day =
      times.empty() || *std::max_element(times.begin(), times.end()) -
                               *std::min_element(times.begin(), times.end()) <=
                           std::chrono::hours(24);
  out << "    axisFormat " << (within_a_day ? "%H:%M" : "%m-%d %H:%M") << '\n';
  write_section(out, "Impact", impact, zone);
  write_section(out, "Alerts", alerts, zone);
  write_section(out, "Batch runs", batch_runs, zone);
  write_section(out, "Changes", changes, zone);
}

}  // namespace hindsight
