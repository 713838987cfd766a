// The pre-mortem document: its sections and their order, the load check as
// people read it, verdicts, unknowns, failure modes by kind, escaping and
// determinism.
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/load_check.h"
#include "hindsight/render.h"
#include "plan/plan_testing.h"
#include "render/gfm_html.h"

namespace hindsight {
namespace {

// Renders the plan written as `yaml`, in `zone` (UTC when empty).
std::string premortem_of(const std::string& yaml, const std::string& zone = "") {
  test::PlanRead read = test::read_plan_text(yaml);
  INFO(yaml);
  REQUIRE(read.plan);
  const LoadCheck check = check_load(*read.plan);
  RenderSettings settings;
  if (!zone.empty()) settings.display_zone = *lookup_zone(zone).zone;
  std::ostringstream out;
  render_premortem(out, *read.plan, check, settings);
  return out.str();
}

std::string plan_with(const std::string& fields, const std::string& kind = "backfill") {
  std::string text = "plan:\n  title: A change\n  kind: " + kind + "\n";
  std::istringstream lines(fields);
  for (std::string line; std::getline(lines, line);) text += "  " + line + "\n";
  return text;
}

std::string section(const std::string& document, const std::string& heading) {
  const std::size_t start = document.find(heading + "\n");
  if (start == std::string::npos) return {};
  const std::size_t end = document.find("\n## ", start + 1);
  return document.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start);
}

std::vector<std::string> headings(const std::string& document) {
  std::vector<std::string> found;
  std::istringstream lines(document);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] == '#') found.push_back(line);
  }
  return found;
}

const char* kStory = R"(plan:
  title: Backfill of page insights since 2024
  kind: backfill
  owner: data engineering
  timezone: Europe/Helsinki
  start: 2026-03-04T10:00:00+02:00
  duration: 5h
  services: [graph-sync, insights-api]
  on_call: data-platform on-call
  rollback: Pause the DAG.
  alerts: [GraphApiThrottled]
  volume: {items: 9_480_000, requests_per_item: 2, concurrency: 24, rate_per_worker: 50/s, retries: 3}
  dependencies:
    - name: partner Graph API
      limit: {requests: 1_080_000, per: 1h}
      quota: {requests: 20_000_000, per: 24h, resets_at: 2026-03-05T00:00:00Z}
      shared_with: [{name: page-sync, rate: 40/s}, insights-api]
)";

TEST_CASE("the pre-mortem has its sections in order", "[render][premortem]") {
  CHECK(headings(premortem_of(kStory)) ==
        std::vector<std::string>{"# Pre-mortem: Backfill of page insights since 2024",
                                 "## Imagine it already failed", "## The change", "## Load check",
                                 "### The plan's load", "### partner Graph API",
                                 "## Failure modes to consider", "## Detection", "## Rollback",
                                 "## On call", "## Action items"});
}

TEST_CASE("the metadata table and the change, in the display zone", "[render][premortem]") {
  const std::string document = premortem_of(kStory, "Europe/Helsinki");
  CHECK_THAT(document, Catch::StartsWith("# Pre-mortem: Backfill of page insights since 2024\n\n"
                                         "| Field | Value |\n"
                                         "| --- | --- |\n"
                                         "| Kind | backfill |\n"
                                         "| Owner | data engineering |\n"
                                         "| Start | 2026-03-04 10:00:00 +02:00 |\n"
                                         "| End | 2026-03-04 15:00:00 +02:00 |\n"
                                         "| Time zone | Europe/Helsinki |\n"
                                         "| Services | graph-sync, insights-api |\n"
                                         "| On call | data-platform on-call |\n"
                                         "| Status | Draft |\n"));
  CHECK(section(document, "## The change") ==
        "## The change\n\n"
        "- **What:** Backfill of page insights since 2024 (backfill)\n"
        "- **When:** 2026-03-04 10:00:00 +02:00 to 2026-03-04 15:00:00 +02:00 (5h 00m 00s)\n"
        "- **Services:** graph-sync, insights-api\n"
        "- **Volume:** 9,480,000 items × 2 requests each; 24 workers × 50/s each; up to 3 "
        "retries per failed call\n"
        "- **Dependencies:**\n"
        "  - **partner Graph API:** limit 1,080,000/h (300/s); quota 20,000,000 per 24h, "
        "resetting at 2026-03-05 02:00:00 +02:00; shared with page-sync (40/s) and "
        "insights-api (rate not given)\n\n");
  const std::string in_utc = premortem_of(kStory, "UTC");
  CHECK_THAT(in_utc, Catch::Contains("| Start | 2026-03-04 08:00:00 +00:00 |"));
  CHECK_THAT(section(in_utc, "## Imagine it already failed"),
             Catch::Contains("It is 2026-03-05, the day after the planned end."));
}

TEST_CASE("the load check of the story, sentence by sentence", "[render][premortem]") {
  const std::string load = section(premortem_of(kStory, "Europe/Helsinki"), "## Load check");
  CHECK_THAT(load, Catch::Contains("### The plan's load\n\n"
                                   "- **Rate:** 1,200/s: 24 workers × 50/s\n"
                                   "- **With retries:** up to 4,800/s if every call fails and is "
                                   "retried 3 times\n"
                                   "- **Requests:** 18,960,000: 9,480,000 items × 2\n"
                                   "- **Run time:** 4h 23m 20s at 1,200/s, within the planned "
                                   "window of 5h 00m 00s\n"));
  CHECK_THAT(load, Catch::Contains(
                       "**Verdict: OVER LIMIT**: the plan alone sends 1,200/s, 4.00× the limit of "
                       "300/s; and the quota runs out 4h 13m 20s after the start, while the run "
                       "is still going.\n"));
  CHECK_THAT(load, Catch::Contains(
                       "- **Rate limit:** 1,080,000/h (300/s). The plan sends 1,200/s, 4.00× the "
                       "limit. Other users: page-sync (40/s) and insights-api (rate not given). "
                       "With them, as far as their rates are known, it sees 1,240/s, 4.14× the "
                       "limit.\n"));
  CHECK_THAT(load, Catch::Contains(
                       "it runs out at 2026-03-04 14:13:20 +02:00, 4h 13m 20s after the start, "
                       "while the run is still going. Every call to it, the other users' "
                       "included, is then refused until the reset at 2026-03-05 02:00:00 "
                       "+02:00, 11h 46m 40s later."));
  CHECK_THAT(load, Catch::Contains("In a whole window the plan alone would want 103,680,000 "
                                   "requests (518.4%) and the other users with a known rate "
                                   "3,456,000 (17.3%). The whole run makes 18,960,000 requests, "
                                   "94.8% of one window's quota."));
  CHECK_THAT(load, Catch::EndsWith("- **Not known:**\n"
                                   "  - the rate of insights-api (shared\\_with)\n\n"));
  // Spent quota is a fact for the rollback too.
  CHECK_THAT(section(premortem_of(kStory, "Europe/Helsinki"), "## Rollback"),
             Catch::Contains("- Stopping does not give back quota already spent: once the quota "
                             "of partner Graph API runs out, its calls fail until the reset at "
                             "2026-03-05 02:00:00 +02:00, whatever is stopped.\n"));
}

TEST_CASE("each verdict has its own line", "[render][premortem]") {
  const std::string within = premortem_of(
      plan_with("volume: {requests: 1000, rate: 150/s}\ndependencies:\n"
                "  - {name: api, limit: 300/s, quota: {requests: 20_000_000, per: 24h}}"));
  CHECK_THAT(within, Catch::Contains("**Verdict: within limits**, headroom 50.0% under the limit "
                                     "and in the quota, whichever is less.\n"));
  CHECK_THAT(within, Catch::Contains("Without the time the quota resets (resets\\_at), this "
                                     "counts from a fresh quota at the start, the best case."));
  CHECK_THAT(within, Catch::Contains("It lasts: the busiest window wants 1,000 requests, 0.1% of "
                                     "it."));

  const std::string quota =
      premortem_of(plan_with("duration: 2h\nvolume: {rate: 1/s}\ndependencies:\n"
                             "  - {name: api, quota: {requests: 3600, per: 24h}}"));
  CHECK_THAT(quota, Catch::Contains("**Verdict: OVER QUOTA**: the quota runs out 1h 00m 00s after "
                                    "the start, while the run is still going.\n"));

  const std::string together = premortem_of(
      plan_with("volume: {rate: 250/s}\ndependencies:\n"
                "  - {name: api, limit: 300/s, shared_with: [{name: prod, rate: 60/s}]}"));
  CHECK_THAT(together, Catch::Contains("**Verdict: OVER LIMIT**: the plan and the other users "
                                       "together send 310/s, 1.04× the limit of 300/s.\n"));

  const std::string unknown = premortem_of(plan_with("dependencies:\n  - {name: db}"));
  CHECK_THAT(unknown, Catch::Contains("### db\n\n**Verdict: UNKNOWN**: the plan does not give "
                                      "every number the check needs (see Not known).\n\n"
                                      "- **Not known:**\n"
                                      "  - a limit or a quota for this dependency\n"));

  const std::string conditional = premortem_of(plan_with(
      "volume: {rate: 10/s}\ndependencies:\n  - {name: api, quota: {requests: 36000, per: 24h}}"));
  CHECK_THAT(conditional, Catch::Contains("At the planned rate it runs out 1h 00m 00s after the "
                                          "start, if the run lasts that long."));
}

TEST_CASE("a bare plan says what is not known instead of guessing", "[render][premortem]") {
  const std::string document = premortem_of("plan: {title: Rename a column, kind: migration}\n");
  CHECK_THAT(document, Catch::Contains("| Owner | _to fill_ |\n| Start | _to fill_ |\n"
                                       "| End | _to fill_ |\n| Time zone | UTC |\n"
                                       "| Services | _to fill_ |\n| On call | _to fill_ |\n"));
  CHECK_THAT(document, Catch::Contains("It is the day after the change."));
  CHECK_THAT(document, Catch::Contains("- **When:** not scheduled yet\n- **Services:** none "
                                       "named\n- **Volume:** not given\n- **Dependencies:** none "
                                       "named\n"));
  CHECK_THAT(document, Catch::Contains("- **Rate:** not known\n- **Requests:** not known\n"
                                       "- **Run time:** not known\n- **Not given:**\n"));
  CHECK_THAT(document, Catch::Contains("> **Prompt:** The plan names no dependencies"));
  CHECK_THAT(document, Catch::Contains("No alerts are named in the plan.\n"));
  CHECK_THAT(document, Catch::Contains("## Rollback\n\n_Not described in the plan._\n"));
  CHECK_THAT(document, Catch::Contains("- **On call:** _not named in the plan_\n"
                                       "- **Planned window:** not scheduled yet\n"));
}

TEST_CASE("plans whose numbers disagree are checked at the larger", "[render][premortem]") {
  const std::string document = premortem_of(plan_with(
      "duration: 4h\nvolume: {rate: 200/s, concurrency: 24, rate_per_worker: 50/s, requests: "
      "18_960_000}"));
  CHECK_THAT(document, Catch::Contains("- **Rate:** 1,200/s: 24 workers × 50/s, more than the "
                                       "stated 200/s; the check uses the larger\n"));
  CHECK_THAT(document, Catch::Contains("- **Run time:** 4h 23m 20s at 1,200/s, longer than the "
                                       "planned window of 4h 00m 00s\n"));
}

TEST_CASE("failure modes follow the kind of change", "[render][premortem]") {
  const auto first_mode = [](const std::string& kind) {
    const std::string modes =
        section(premortem_of(plan_with("", kind)), "## Failure modes to consider");
    const std::size_t start = modes.find("- **");
    return modes.substr(start, modes.find(":**", start) - start + 3);
  };
  CHECK(first_mode("backfill") == "- **Rate limits and quotas:**");
  CHECK(first_mode("migration") == "- **Locks and long transactions:**");
  CHECK(first_mode("deploy") == "- **Canary and blast radius:**");
  CHECK(first_mode("config_change") == "- **Validation before it applies:**");
  CHECK(first_mode("other") == "- **Rate limits and quotas:**");
  const std::string backfill = premortem_of(plan_with(""));
  for (const char* mode :
       {"Retries amplifying load", "Shared quota with production traffic",
        "Stale data going unnoticed", "Rollback path and stop button", "Who is on call"}) {
    CHECK_THAT(backfill, Catch::Contains(std::string("- **") + mode + ":**"));
  }
  CHECK_THAT(premortem_of(plan_with("", "config_change")),
             Catch::Contains("For a configuration change, these are the usual ways to fail."));
}

TEST_CASE("the action items are the postmortem draft's table", "[render][premortem]") {
  const std::string items = section(premortem_of(kStory), "## Action items");
  CHECK_THAT(items, Catch::EndsWith("| Action | Type | Owner | Due | Tracking |\n"
                                    "| --- | --- | --- | --- | --- |\n"
                                    "|  |  |  |  |  |\n"
                                    "|  |  |  |  |  |\n"
                                    "|  |  |  |  |  |\n"));
  CHECK_THAT(items, Catch::Contains("> **Prompt:** For each failure mode worth guarding against"));
}

TEST_CASE("text from the plan is escaped everywhere", "[render][premortem]") {
  const std::string document = premortem_of(R"yaml(plan:
  title: "Backfill | `all` <script>*now*"
  kind: backfill
  owner: "a | b"
  services: ["x|y"]
  on_call: "[page](javascript:alert(1))"
  rollback: "- not a list\n\n1. not a list either"
  alerts: ["<b>loud</b>"]
  notes: "# not a heading"
  dependencies:
    - name: "api | *v2*"
      limit: 5/s
      shared_with: ["<img>"]
      notes: "_x_"
)yaml");
  CHECK_THAT(document, Catch::StartsWith("# Pre-mortem: Backfill \\| \\`all\\` &lt;script&gt;"
                                         "\\*now\\*\n"));
  CHECK_THAT(document, Catch::Contains("| Owner | a \\| b |"));
  CHECK_THAT(document, Catch::Contains("### api \\| \\*v2\\*\n"));
  CHECK_THAT(document, Catch::Contains("- &lt;b&gt;loud&lt;/b&gt;\n"));
  CHECK_THAT(document, Catch::Contains("\\- not a list\n\n1\\. not a list either\n"));
  CHECK_THAT(document, Catch::Contains("\n\\# not a heading\n"));
  CHECK(document.find("<script>") == std::string::npos);
  CHECK(document.find("<img>") == std::string::npos);
  const auto html = test::gfm_html(document);
  REQUIRE(html);                        // cmark-gfm is a test dependency (scripts/install-deps)
  std::vector<int> expected(1 + 8, 2);  // metadata
  expected.insert(expected.end(), 1 + 3, 5);  // action items
  CHECK(test::cells_per_row(*html) == expected);
  CHECK(html->find("<a href=\"javascript") == std::string::npos);
  CHECK(html->find("<b>loud") == std::string::npos);
  CHECK(html->find("<h1>") == html->rfind("<h1>"));  // the title only
}

TEST_CASE("the same plan gives the same bytes", "[render][premortem]") {
  CHECK(premortem_of(kStory, "Europe/Helsinki") == premortem_of(kStory, "Europe/Helsinki"));
}

}  // namespace
}  // namespace hindsight
