// The postmortem draft: its sections and their order, the generated facts,
// hint wording for triggers, unknowns, escaping and determinism.
#include <algorithm>
#include <cctype>
#include <sstream>

#include <catch2/catch.hpp>

#include "render/draft_test_story.h"
#include "render/gfm_html.h"

namespace hindsight {
namespace {

using test::make_event;
using test::utc;

std::string raw_draft_of(const test::Story& story) {
  std::ostringstream out;
  render_draft(out, story.incident, story.timeline, story.metrics, story.settings);
  return out.str();
}

// The draft without its HTML comment lines (the preamble and the
// generated-region markers), as a reader of the rendered page sees it; the
// markers have tests of their own in draft_regions_test.cc.
std::string draft_of(const test::Story& story) {
  std::istringstream lines(raw_draft_of(story));
  std::string text;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("<!-- ", 0) == 0) continue;
    text += line + '\n';
  }
  return text;
}

std::string empty_draft() {
  test::Story story;
  story.metrics = test::unknown_metrics();
  return draft_of(story);
}

// The text of the section headed `heading` ("## Trigger"), up to the next
// level-two heading.
std::string section(const std::string& draft, const std::string& heading) {
  const std::size_t start = draft.find(heading + "\n");
  if (start == std::string::npos) return {};
  const std::size_t end = draft.find("\n## ", start + 1);
  return draft.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start);
}

std::vector<std::string> headings(const std::string& draft) {
  std::vector<std::string> found;
  std::istringstream lines(draft);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] == '#') found.push_back(line);
  }
  return found;
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

const std::vector<std::string> kSectionHeadings = {
    "## Summary",
    "## Impact",
    "## Detection",
    "## Response",
    "## Trigger",
    "## Resolution",
    "## Root causes and contributing factors",
    "## Timeline",
    "## Metrics",
    "## Action items",
    "## Lessons learned",
    "### What went well",
    "### What went wrong",
    "### Where we got lucky",
};

TEST_CASE("draft has every section in order") {
  std::vector<std::string> expected = {
      "# Postmortem: Backfill exhausted partner API quota; page data stopped updating"};
  expected.insert(expected.end(), kSectionHeadings.begin(), kSectionHeadings.end());
  CHECK(headings(draft_of(test::backfill_story())) == expected);
}

TEST_CASE("draft opens with a metadata table") {
  const std::string draft = draft_of(test::backfill_story());
  CHECK(draft.substr(0, draft.find("## Summary")) ==
        "# Postmortem: Backfill exhausted partner API quota; page data stopped updating\n"
        "\n"
        "| Field | Value |\n"
        "| --- | --- |\n"
        "| ID | INC-2041 |\n"
        "| Severity | SEV1 |\n"
        "| Date | 2026-03-04 |\n"
        "| Time zone | Europe/Helsinki |\n"
        "| Status | Draft |\n"
        "| Authors | _to fill_ |\n"
        "| Services | graph-sync, page-insights |\n"
        "\n");
}

TEST_CASE("draft summary gives the facts and a prompt") {
  test::Story story = test::backfill_story();
  story.incident.summary = Sourced<std::string>{"A backfill used the whole quota.\n\n- twice", {}};
  CHECK(section(draft_of(story), "## Summary") ==
        "## Summary\n"
        "\n"
        "A backfill used the whole quota.\n"
        "\n"
        "\\- twice\n"
        "\n"
        "- **What:** Backfill exhausted partner API quota; page data stopped updating\n"
        "- **Impact:** from 2026-03-04 10:15:00 +02:00 to 2026-03-05 06:15:00 +02:00 "
        "(20h 00m 00s)\n"
        "- **Time to detect / acknowledge / mitigate / resolve:** 12m 00s / 6m 00s / "
        "3h 25m 00s / 20h 00m 00s (how each is measured, and why any is unknown: see Metrics)\n"
        "- **Timeline:** 7 events from airflow, alertmanager, pagerduty, slack\n"
        "\n"
        "> **Prompt:** In two or three sentences: what happened to the system, what did users "
        "experience, and what brought service back?\n"
        "\n");
}

TEST_CASE("draft keeps a header summary's text from opening lists or headings") {
  test::Story story = test::backfill_story();
  story.incident.summary =
      Sourced<std::string>{"  1. quota gone\n2) retries\n\n\n# not a heading\n\n+ nor a list", {}};
  CHECK(section(draft_of(story), "## Summary")
            .rfind("## Summary\n\n1\\. quota gone 2) retries\n\n\\# not a heading\n\n\\+ nor a "
                   "list\n\n- **What:**",
                   0) == 0);
}

TEST_CASE("draft impact section gives the window and says when its start was inferred") {
  test::Story story = test::backfill_story();
  story.metrics.impact_start_inferred = true;
  story.metrics.impact_start.basis =
      "inferred from the first alert: \"Page insights freshness > 1h\" (impact start not "
      "recorded)";
  CHECK(section(draft_of(story), "## Impact") ==
        "## Impact\n"
        "\n"
        "- **Started:** 2026-03-04 10:15:00 +02:00 — inferred from the first alert: "
        "\"Page insights freshness &gt; 1h\" (impact start not recorded)\n"
        "- **Ended:** 2026-03-05 06:15:00 +02:00 — last resolve event: "
        "\"Partner quota reset; page data updating again\"\n"
        "- **Duration:** 20h 00m 00s\n"
        "- **Services:** graph-sync, page-insights\n"
        "\n"
        "Impact start was not recorded, so it is taken from the first alert, page or customer "
        "report; impact probably began earlier. Recording `impact: {start: ...}` in the "
        "incident header makes the metrics exact.\n"
        "\n"
        "> **Prompt:** What did users and downstream systems experience during this window "
        "(errors, stale data, slowness), how many were affected, and how do we know?\n"
        "\n");
}

TEST_CASE("draft detection and response sections name the events behind each milestone") {
  const std::string draft = draft_of(test::backfill_story());
  CHECK(section(draft, "## Detection") ==
        "## Detection\n"
        "\n"
        "- **Detected:** 2026-03-04 10:27:00 +02:00 — first alert at/after impact start: "
        "\"Page insights freshness &gt; 1h\"\n"
        "- **Signal:** alert: Page insights freshness &gt; 1h (service page-insights, via "
        "alertmanager)\n"
        "- **Time to detect (TTD):** 12m 00s\n"
        "\n"
        "> **Prompt:** How did the system signal the problem? What would have surfaced it "
        "sooner, or made the signal clearer?\n"
        "\n");
  CHECK(section(draft, "## Response") ==
        "## Response\n"
        "\n"
        "- **Acknowledged:** 2026-03-04 10:33:00 +02:00 — first ack at/after impact start: "
        "\"Page acknowledged\"\n"
        "- **Time to acknowledge (TTA):** 6m 00s\n"
        "- **Pages and escalations:**\n"
        "  - 2026-03-04 10:29:30 +02:00 — page: Data on-call paged (via pagerduty)\n"
        "  - 2026-03-04 11:10:00 +02:00 — escalate: Escalated to the partner integration team "
        "(via pagerduty)\n"
        "- **Mitigated:** 2026-03-04 13:40:00 +02:00 — first mitigate at/after impact start: "
        "\"Backfill paused\"\n"
        "- **Time to mitigate (TTM):** 3h 25m 00s\n"
        "\n"
        "> **Prompt:** What helped or slowed the response: runbooks, dashboards, access, "
        "tooling, clarity of roles?\n"
        "\n");
}

TEST_CASE("draft trigger section words suspected triggers as hints") {
  const std::string trigger = section(draft_of(test::backfill_story()), "## Trigger");
  CHECK(trigger ==
        "## Trigger\n"
        "\n"
        "Changes that started shortly before impact; hints to check, not conclusions:\n"
        "\n"
        "- 2026-03-04 09:58:12 +02:00, 16m 48s before impact start — backfill: "
        "[Backfill of page insights since 2024 started](https://example.invalid/airflow/runs/42)"
        " (service graph-sync, via airflow)\n"
        "\n"
        "> **Prompt:** Which change, if any, set off the impact, and what evidence confirms or "
        "rules out each one listed here?\n"
        "\n");
  CHECK(lowercase(trigger).find("the cause") == std::string::npos);
  CHECK(lowercase(trigger).find("root cause") == std::string::npos);
  CHECK(lowercase(trigger).find("caused") == std::string::npos);
}

TEST_CASE("draft trigger section explains an absence of suspects") {
  test::Story story = test::backfill_story();
  story.metrics.suspected_triggers.clear();
  const std::string trigger = section(draft_of(story), "## Trigger");
  CHECK(trigger ==
        "## Trigger\n"
        "\n"
        "No deploy, rollback, config change or backfill started within the trigger window "
        "before impact start.\n"
        "\n"
        "> **Prompt:** What change or condition set off the impact, if any? Deploys, config "
        "changes and batch jobs missing from these logs are worth checking.\n"
        "\n");
  CHECK(lowercase(trigger).find("cause") == std::string::npos);
}

TEST_CASE("draft timeline is relative to impact start") {
  const std::string timeline = section(draft_of(test::backfill_story()), "## Timeline");
  CHECK(timeline.find("Times are in Europe/Helsinki; T± is relative to impact start "
                      "(2026-03-04 10:15:00 +02:00).\n\n"
                      "| Time | T± | Kind | Service | Event | Source |\n") != std::string::npos);
  CHECK(timeline.find("| 2026-03-05 06:15:00 +02:00 | T+20h 00m 00s | resolve | page-insights | "
                      "Partner quota reset; page data updating again | slack |\n") !=
        std::string::npos);
}

TEST_CASE("draft timeline leaves out T± when impact start is unknown") {
  test::Story story = test::backfill_story();
  story.metrics = test::unknown_metrics();
  const std::string timeline = section(draft_of(story), "## Timeline");
  CHECK(timeline.find("Times are in Europe/Helsinki. Impact start is unknown, so times are not "
                      "shown relative to it.\n\n"
                      "| Time | Kind | Service | Event | Source |\n") != std::string::npos);
}

TEST_CASE("draft ends with a metrics section, an action table and lessons to fill") {
  const std::string draft = draft_of(test::backfill_story());
  const std::string metrics = section(draft, "## Metrics");
  CHECK(metrics.find("| Detected | 2026-03-04 10:27:00 +02:00 | first alert at/after impact "
                     "start: \"Page insights freshness &gt; 1h\" |\n") != std::string::npos);
  CHECK(metrics.find("| TTM (time to mitigate) | 3h 25m 00s | mitigated - impact start |\n") !=
        std::string::npos);
  CHECK(section(draft, "## Action items")
            .find("| Action | Type | Owner | Due | Tracking |\n"
                  "| --- | --- | --- | --- | --- |\n"
                  "|  |  |  |  |  |\n") != std::string::npos);
  CHECK(draft.substr(draft.find("## Lessons learned")) ==
        "## Lessons learned\n"
        "\n"
        "### What went well\n"
        "\n"
        "> **Prompt:** Which alerts, tools, runbooks or safeguards worked as intended?\n"
        "\n"
        "### What went wrong\n"
        "\n"
        "> **Prompt:** Where did the system, its monitoring or its processes fall short?\n"
        "\n"
        "### Where we got lucky\n"
        "\n"
        "> **Prompt:** What limited the damage by chance rather than by design, and would need "
        "to hold next time?\n");
}

TEST_CASE("draft prompts are blockquotes about systems, not people") {
  const std::string draft = draft_of(test::backfill_story());
  std::istringstream lines(draft);
  int prompts = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("> ", 0) != 0) continue;
    ++prompts;
    const std::string text = " " + lowercase(line) + " ";
    for (const char* word : {" who ", " whose ", " blame", " fault", " mistake", " should have "}) {
      INFO(line);
      CHECK(text.find(word) == std::string::npos);
    }
  }
  CHECK(prompts >= 12);
  CHECK(lowercase(draft).find("the cause") == std::string::npos);
  CHECK(lowercase(draft).find("root cause was") == std::string::npos);
}

TEST_CASE("draft of an empty incident reads as unknowns to fill, never zeros") {
  const std::string draft = empty_draft();
  std::vector<std::string> expected = {"# Postmortem: untitled incident"};
  expected.insert(expected.end(), kSectionHeadings.begin(), kSectionHeadings.end());
  CHECK(headings(draft) == expected);
  CHECK(draft.find("| ID | _to fill_ |\n| Severity | _to fill_ |\n| Date | _to fill_ |\n"
                   "| Time zone | UTC |\n") != std::string::npos);
  CHECK(section(draft, "## Impact") ==
        "## Impact\n"
        "\n"
        "- **Started:** unknown — no impact start recorded\n"
        "- **Ended:** unknown — no resolution recorded\n"
        "- **Duration:** unknown — no impact start recorded\n"
        "- **Services:** none named\n"
        "\n"
        "> **Prompt:** What did users and downstream systems experience during this window "
        "(errors, stale data, slowness), how many were affected, and how do we know?\n"
        "\n");
  CHECK(section(draft, "## Timeline") == "## Timeline\n\nNo events were recorded.\n\n");
  CHECK(draft.find("- **Pages and escalations:**\n  - none recorded\n") != std::string::npos);
  CHECK(draft.find("- **Impact:** unknown\n") != std::string::npos);
  CHECK(draft.find("unknown / unknown / unknown / unknown") != std::string::npos);
  CHECK(draft.find(" 0s") == std::string::npos);
}

TEST_CASE("draft title falls back to the id, then the date") {
  test::Story story = test::backfill_story();
  story.incident.title.reset();
  CHECK(draft_of(story).rfind("# Postmortem: INC-2041\n", 0) == 0);
  story.incident.id.reset();
  story.metrics.impact_start.time.reset();
  // The earliest event's date in the display zone.
  CHECK(draft_of(story).rfind("# Postmortem: incident of 2026-03-04\n", 0) == 0);
}

TEST_CASE("draft lists the timeline's services when the header names none") {
  test::Story story = test::backfill_story();
  story.incident.services.reset();
  story.timeline.push_back(make_event(utc(2026, 3, 5, 5, 0, 0), Kind::note, "Done", "api"));
  CHECK(draft_of(story).find("| Services | api, graph-sync, page-insights |\n") !=
        std::string::npos);
}

TEST_CASE("draft escapes incident and event text") {
  test::Story story = test::backfill_story();
  story.incident.title = Sourced<std::string>{"<script>x</script> | `rm` # *all*", {}};
  story.incident.severity = Sourced<std::string>{"SEV|1", {}};
  story.timeline[1].title = "alert | `x` <img src=x onerror=alert(1)>\nnext";
  const std::string draft = draft_of(story);
  CHECK(draft.rfind("# Postmortem: &lt;script&gt;x&lt;/script&gt; \\| \\`rm\\` \\# \\*all\\*\n",
                    0) == 0);
  CHECK(draft.find("| Severity | SEV\\|1 |\n") != std::string::npos);
  CHECK(draft.find("- **Signal:** alert: alert \\| \\`x\\` &lt;img src=x onerror=alert(1)&gt; "
                   "next (service page-insights, via alertmanager)\n") != std::string::npos);
  CHECK(draft.find("<img") == std::string::npos);
  CHECK(draft.find("<script") == std::string::npos);
}

TEST_CASE("draft tables keep their columns when rendered by cmark-gfm") {
  test::Story story = test::backfill_story();
  story.incident.title = Sourced<std::string>{"a | b", {}};
  story.incident.services = Sourced<std::vector<std::string>>{{"x|y", "`z"}, {}};
  story.timeline[1].title = "alert | `x | y` <b>\r\nline";
  story.timeline[2].link = "https://example.invalid/a|b";
  story.metrics.detected.basis = "first alert: \"alert | `x | y`\"";
  const auto html = test::gfm_html(draft_of(story));
  // cmark-gfm is a test dependency (scripts/install-deps installs it).
  REQUIRE(html);
  std::vector<int> expected(1 + 7, 2);        // metadata
  expected.insert(expected.end(), 1 + 7, 6);  // timeline
  expected.insert(expected.end(), 1 + 5, 3);  // milestones
  expected.insert(expected.end(), 1 + 4, 3);  // durations
  expected.insert(expected.end(), 1 + 3, 5);  // action items
  CHECK(test::cells_per_row(*html) == expected);
  CHECK(html->find("<b>") == std::string::npos);
  std::size_t level_two = 0;
  for (std::size_t at = html->find("<h2>"); at != std::string::npos;
       at = html->find("<h2>", at + 1)) {
    ++level_two;
  }
  CHECK(level_two == 11);
}

TEST_CASE("draft is deterministic") {
  const test::Story story = test::backfill_story();
  const std::string first = draft_of(story);
  CHECK(draft_of(story) == first);
  CHECK(empty_draft() == empty_draft());
}

}  // namespace
}  // namespace hindsight
