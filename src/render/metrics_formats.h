// The metrics renderers behind render_metrics(), and the Markdown pieces
// that the postmortem draft reuses.
#pragma once

#include <ostream>
#include <string>

#include "hindsight/analyze.h"
#include "hindsight/render.h"

namespace hindsight::render_detail {

// "1h 23m 05s", or "unknown — <reason>" (plain text, not yet escaped).
std::string interval_text(const Interval& interval);

// Milestone | Time | Basis, one row per milestone from impact start to resolved.
void write_milestone_table(std::ostream& out, const Metrics& metrics, const Zone& zone);

// Metric | Value | How it is measured, for TTD, TTA, TTM and TTR.
void write_duration_table(std::ostream& out, const Metrics& metrics);

// Why there is no suspected trigger ("impact start is unknown", or no
// change in the window); empty when there are some.
std::string trigger_absence_text(const Metrics& metrics);

// The suspected triggers as a list worded as hints, or a sentence saying
// why there are none.
void write_trigger_hints(std::ostream& out, const Metrics& metrics, const Zone& zone);

// The three pieces above, separated by blank lines.
void write_markdown_metrics(std::ostream& out, const Metrics& metrics,
                            const RenderSettings& settings);

// One pretty-printed JSON object (the contract in docs/cli.md).
void write_json_metrics(std::ostream& out, const Metrics& metrics);

}  // namespace hindsight::render_detail
