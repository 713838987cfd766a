// Metrics as Markdown: milestone and duration tables with their rules,
// unknowns with reasons, and suspected triggers worded as hints.
#include <sstream>

#include <catch2/catch.hpp>

#include "render/draft_test_story.h"

namespace hindsight {
namespace {

std::string metrics_markdown(const Metrics& metrics, const RenderSettings& settings) {
  std::ostringstream out;
  render_metrics(out, MetricsFormat::md, metrics, settings);
  return out.str();
}

TEST_CASE("metrics markdown shows each value with the rule behind it") {
  const test::Story story = test::backfill_story();
  CHECK(metrics_markdown(story.metrics, story.settings) ==
        "| Milestone | Time | Basis |\n"
        "| --- | --- | --- |\n"
        "| Impact start | 2026-03-04 10:15:00 +02:00 | incident.impact.start in the header |\n"
        "| Detected | 2026-03-04 10:27:00 +02:00 | first alert at/after impact start: "
        "\"Page insights freshness &gt; 1h\" |\n"
        "| Acknowledged | 2026-03-04 10:33:00 +02:00 | first ack at/after impact start: "
        "\"Page acknowledged\" |\n"
        "| Mitigated | 2026-03-04 13:40:00 +02:00 | first mitigate at/after impact start: "
        "\"Backfill paused\" |\n"
        "| Resolved | 2026-03-05 06:15:00 +02:00 | last resolve event: "
        "\"Partner quota reset; page data updating again\" |\n"
        "\n"
        "| Metric | Value | How it is measured |\n"
        "| --- | --- | --- |\n"
        "| TTD (time to detect) | 12m 00s | detected - impact start |\n"
        "| TTA (time to acknowledge) | 6m 00s | acknowledged - detected |\n"
        "| TTM (time to mitigate) | 3h 25m 00s | mitigated - impact start |\n"
        "| TTR (time to resolve) | 20h 00m 00s | resolved - impact start |\n"
        "\n"
        "Changes shortly before impact (hints to check, not conclusions):\n"
        "\n"
        "- **backfill** at 2026-03-04 09:58:12 +02:00, 16m 48s before impact start: "
        "Backfill of page insights since 2024 started\n");
}

TEST_CASE("metrics markdown reports unknowns with their reasons, never as zero") {
  CHECK(metrics_markdown(test::unknown_metrics(), RenderSettings{}) ==
        "| Milestone | Time | Basis |\n"
        "| --- | --- | --- |\n"
        "| Impact start | unknown | no impact start recorded |\n"
        "| Detected | unknown | no detection in the timeline |\n"
        "| Acknowledged | unknown | no acknowledgement in the timeline |\n"
        "| Mitigated | unknown | no mitigation in the timeline |\n"
        "| Resolved | unknown | no resolution recorded |\n"
        "\n"
        "| Metric | Value | How it is measured |\n"
        "| --- | --- | --- |\n"
        "| TTD (time to detect) | unknown — no impact start recorded | detected - impact start |\n"
        "| TTA (time to acknowledge) | unknown — no detection in the timeline | "
        "acknowledged - detected |\n"
        "| TTM (time to mitigate) | unknown — no impact start recorded | "
        "mitigated - impact start |\n"
        "| TTR (time to resolve) | unknown — no impact start recorded | "
        "resolved - impact start |\n"
        "\n"
        "No suspected triggers: impact start is unknown, so no change can be placed before it.\n");
}

TEST_CASE("metrics markdown says when no change preceded a known impact start") {
  test::Story story = test::backfill_story();
  story.metrics.suspected_triggers.clear();
  const std::string text = metrics_markdown(story.metrics, story.settings);
  CHECK(text.substr(text.rfind("\n\n") + 2) ==
        "No deploy, rollback, config change or backfill started within the trigger window "
        "before impact start.\n");
}

TEST_CASE("metrics markdown escapes titles quoted in a basis and in triggers") {
  test::Story story = test::backfill_story();
  story.metrics.detected.basis = "first alert at/after impact start: \"a | b\nc <i>\"";
  story.metrics.suspected_triggers.front().title = "Deploy `v2` | *now*\n<b>";
  const std::string text = metrics_markdown(story.metrics, story.settings);
  CHECK(text.find("| first alert at/after impact start: \"a \\| b<br>c &lt;i&gt;\" |") !=
        std::string::npos);
  CHECK(text.find("before impact start: Deploy \\`v2\\` \\| \\*now\\* &lt;b&gt;\n") !=
        std::string::npos);
}

TEST_CASE("metrics markdown gives an unknown duration without a reason a placeholder") {
  Metrics metrics = test::unknown_metrics();
  metrics.tta.reason.clear();
  CHECK(metrics_markdown(metrics, RenderSettings{})
            .find("| TTA (time to acknowledge) | unknown — not recorded |") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
