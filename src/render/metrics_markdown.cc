// Metrics as Markdown: a milestone table, a duration table and the
// suspected triggers, each value shown with the rule that produced it.
//
// Used on its own by `metrics --format md` and piece by piece by the draft.
// An unknown value is written as "unknown — <reason>", never as zero, and
// suspected triggers are worded as hints to check, never as conclusions.
#include <string>
#include <vector>

#include "render/kind_text.h"
#include "render/markdown.h"
#include "render/markdown_table.h"
#include "render/metrics_formats.h"

namespace hindsight::render_detail {
namespace {

struct MilestoneRow {
  const char* name;
  const Milestone& milestone;
};

struct DurationRow {
  const char* name;
  const Interval& interval;
  const char* rule;
};

}  // namespace

std::string interval_text(const Interval& interval) {
  if (interval.value) return format_duration(*interval.value);
  return "unknown — " + (interval.reason.empty() ? std::string("not recorded") : interval.reason);
}

void write_milestone_table(std::ostream& out, const Metrics& metrics, const Zone& zone) {
  const MilestoneRow rows[] = {
      {"Impact start", metrics.impact_start}, {"Detected", metrics.detected},
      {"Acknowledged", metrics.acknowledged}, {"Mitigated", metrics.mitigated},
      {"Resolved", metrics.resolved},
  };
  write_table_row(out, {"Milestone", "Time", "Basis"});
  write_table_row(out, {"---", "---", "---"});
  for (const MilestoneRow& row : rows) {
    const std::string time =
        row.milestone.time ? format_in_zone(*row.milestone.time, zone) : "unknown";
    write_table_row(
        out, {row.name, markdown::escape_cell(time), markdown::escape_cell(row.milestone.basis)});
  }
}

void write_duration_table(std::ostream& out, const Metrics& metrics) {
  const DurationRow rows[] = {
      {"TTD (time to detect)", metrics.ttd, "detected - impact start"},
      {"TTA (time to acknowledge)", metrics.tta, "acknowledged - detected"},
      {"TTM (time to mitigate)", metrics.ttm, "mitigated - impact start"},
      {"TTR (time to resolve)", metrics.ttr, "resolved - impact start"},
  };
  write_table_row(out, {"Metric", "Value", "How it is measured"});
  write_table_row(out, {"---", "---", "---"});
  for (const DurationRow& row : rows) {
    write_table_row(out, {row.name, markdown::escape_cell(interval_text(row.interval)), row.rule});
  }
}

std::string trigger_absence_text(const Metrics& metrics) {
  if (!metrics.suspected_triggers.empty()) return {};
  if (!metrics.impact_start.time) {
    return "No suspected triggers: impact start is unknown, so no change can be placed before it.";
  }
  return "No deploy, rollback, config change or backfill started within the trigger window "
         "before impact start.";
}

void write_trigger_hints(std::ostream& out, const Metrics& metrics, const Zone& zone) {
  if (metrics.suspected_triggers.empty()) {
    out << trigger_absence_text(metrics) << '\n';
    return;
  }
  out << "Changes shortly before impact (hints to check, not conclusions):\n\n";
  for (const SuspectedTrigger& trigger : metrics.suspected_triggers) {
    out << "- **" << kind_markdown(trigger.kind) << "** at " << format_in_zone(trigger.time, zone)
        << ", " << format_duration(trigger.lead)
        << " before impact start: " << markdown::escape_inline(trigger.title) << '\n';
  }
}

void write_markdown_metrics(std::ostream& out, const Metrics& metrics,
                            const RenderSettings& settings) {
  write_milestone_table(out, metrics, settings.display_zone);
  out << '\n';
  write_duration_table(out, metrics);
  out << '\n';
  write_trigger_hints(out, metrics, settings.display_zone);
}

}  // namespace hindsight::render_detail
