// Render: turning a timeline and its metrics into text for people and tools.
//
// Renderers never compute a metric or change data; everything they show
// comes from the merged timeline and the Metrics that analyze() returned.
// Output is deterministic: the same data gives the same bytes.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/analyze.h"
#include "hindsight/draft_template.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/load_check.h"
#include "hindsight/plan.h"
#include "hindsight/time.h"

namespace hindsight {

enum class TimelineFormat { md, text, json, jsonl, csv, mermaid };
enum class MetricsFormat { md, json };

// Parses "md", "text", ...; nullopt for anything else.
std::optional<TimelineFormat> parse_timeline_format(std::string_view name);
std::optional<MetricsFormat> parse_metrics_format(std::string_view name);

// What every renderer needs to know besides the data.
struct RenderSettings {
  Zone display_zone;  // times are shown in this zone, with their offset
  // Reference for the `T±` column of Markdown/text timelines; none leaves
  // the column out.
  std::optional<Timestamp> relative_to;
};

// md: a GitHub-flavoured table; text: aligned columns for a terminal;
// json: {"incident": {...} | null, "events": [...]}; jsonl: one event per
// line; csv: RFC 4180 with a header row.
void render_timeline(std::ostream& out, TimelineFormat format, const Incident& incident,
                     const std::vector<Event>& timeline, const Metrics& metrics,
                     const RenderSettings& settings);

enum class ChartLanes { service, kind };

struct ChartOptions {
  ChartLanes lanes = ChartLanes::service;
  int width = 1200;  // pixels; the height follows from the number of lanes
};

// A standalone SVG timeline: one lane per service (or kind), intervals as
// bars, point events as dots, the impact window shaded, milestones as
// dashed lines, a time axis in the display zone. docs/chart.md.
void render_svg_chart(std::ostream& out, const Incident& incident,
                      const std::vector<Event>& timeline, const Metrics& metrics,
                      const RenderSettings& settings, const ChartOptions& options = {});

// A Mermaid gantt chart (no code fence): the impact window and the
// detected/acknowledged/mitigated/resolved milestones, alerts and batch runs
// as bars, deploys, rollbacks and config changes as milestones; times are
// the display zone's wall clock. docs/draft.md#chart.
void render_gantt(std::ostream& out, const Incident& incident, const std::vector<Event>& timeline,
                  const Metrics& metrics, const RenderSettings& settings);

// md: a table of milestones and durations, each with its basis;
// json: the object documented in docs/cli.md.
void render_metrics(std::ostream& out, MetricsFormat format, const Metrics& metrics,
                    const RenderSettings& settings);

// The blameless postmortem draft (docs/draft.md describes its sections),
// or the draft through a team's own template (docs/templates.md).
void render_draft(std::ostream& out, const Incident& incident, const std::vector<Event>& timeline,
                  const Metrics& metrics, const RenderSettings& settings,
                  const DraftTemplate& draft_template = DraftTemplate::standard());

// The same draft as one self-contained HTML page (no request of its own:
// styles inline, the chart as inline SVG), rendered as GitHub renders the
// Markdown, in safe mode.
void render_draft_html(std::ostream& out, const Incident& incident,
                       const std::vector<Event>& timeline, const Metrics& metrics,
                       const RenderSettings& settings,
                       const DraftTemplate& draft_template = DraftTemplate::standard());

// The same draft in Confluence wiki markup, every event text escaped.
void render_draft_confluence(std::ostream& out, const Incident& incident,
                             const std::vector<Event>& timeline, const Metrics& metrics,
                             const RenderSettings& settings,
                             const DraftTemplate& draft_template = DraftTemplate::standard());

// The pre-mortem document for a plan and its load check
// (docs/premortem.md describes its sections). Times are shown in
// `settings.display_zone`; `relative_to` is not used.
void render_premortem(std::ostream& out, const Plan& plan, const LoadCheck& check,
                      const RenderSettings& settings);

}  // namespace hindsight
