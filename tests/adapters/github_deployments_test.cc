// The github-deployments adapter over its fixtures: webhooks, the REST
// list, 64-bit ids, and every missing or malformed field.
#include <catch2/catch.hpp>

#include "adapters/github_deployments.h"
#include "hindsight/load.h"
#include "support/conversion_testing.h"

namespace hindsight {
namespace {

const Adapter& adapter() { return github_deployments_adapter(); }

using namespace conversion_testing;

Converted convert(const std::vector<RawNode>& documents, bool forced = false) {
  return convert_with(adapter(), documents, forced);
}

std::vector<std::string> foreign_files() { return foreign_files_of("github-deployments"); }

TEST_CASE("github-deployments: a deployment webhook is a deploy of the repository",
          "[adapters][github-deployments]") {
  const auto converted =
      convert(fixture("tests/adapters/fixtures/github-deployments/deployment-created.json"));
  CHECK(converted.diagnostics.empty());
  REQUIRE(converted.events.size() == 1);
  const Event& event = converted.events[0];
  CHECK(summary(event) ==
        "2026-03-04T05:02:41Z deploy | Deploy main (b41c9e0) to production: Raise backfill "
        "concurrency to 24 tasks | graph-sync | "
        "github/example-org/graph-sync/deployments/2318840542");
  CHECK(labels(event) ==
        "repository=example-org/graph-sync environment=production ref=main "
        "sha=b41c9e07d2a35f8e6c1a0f4d9e2b7c6a5d3f1e08 task=deploy deployment_id=2318840542 "
        "production_environment=true");
  CHECK(event.source == "github");
  CHECK(event.link == "https://api.github.com/repos/example-org/graph-sync/deployments/2318840542");
  REQUIRE(event.actor);
  CHECK(event.actor->name == "arto-dev");
  CHECK(event.adapter == "github-deployments");
  CHECK(event.origin.line == 3);
}

TEST_CASE("github-deployments: a success status is a deploy, a failure a note",
          "[adapters][github-deployments]") {
  const auto success =
      convert(fixture("tests/adapters/fixtures/github-deployments/deployment-status-success.json"));
  const auto failure =
      convert(fixture("tests/adapters/fixtures/github-deployments/deployment-status-failure.json"));
  CHECK(success.diagnostics.empty());
  CHECK(failure.diagnostics.empty());
  REQUIRE(success.events.size() == 1);
  REQUIRE(failure.events.size() == 1);
  CHECK(summary(success.events[0]) ==
        "2026-03-04T05:05:22Z deploy | Deploy main (b41c9e0) to production succeeded: Rolled out "
        "3/3 pods | graph-sync | "
        "github/example-org/graph-sync/deployments/2318840542/statuses/4421907715");
  CHECK(summary(failure.events[0]) ==
        "2026-03-04T08:31:09Z note | Deploy hotfix/backfill-concurrency (e7d02a4) to production "
        "failed: Readiness probe failed on 2/3 pods | graph-sync | "
        "github/example-org/graph-sync/deployments/2319115801/statuses/4421993310");
  CHECK(labels(failure.events[0]) ==
        "repository=example-org/graph-sync environment=production ref=hotfix/backfill-concurrency "
        "sha=e7d02a4c19b8f3e5a6d1c0b9f8e7a6d5c4b3a291 state=failure deployment_id=2319115801 "
        "status_id=4421993310");
  CHECK(failure.events[0].link ==
        "https://github.com/example-org/graph-sync/actions/runs/13652877410/job/38166120945");
  REQUIRE(success.events[0].actor);
  CHECK(success.events[0].actor->name == "github-actions[bot]");
}

TEST_CASE("github-deployments: the REST list keeps 64-bit ids exactly",
          "[adapters][github-deployments]") {
  const auto converted =
      convert(fixture("tests/adapters/fixtures/github-deployments/deployments-list.json"));
  CHECK(converted.diagnostics.empty());
  REQUIRE(converted.events.size() == 3);
  // 2^53 + 1: a double would read it as ...992.
  CHECK(summary(converted.events[0]) ==
        "2026-03-04T09:14:03Z deploy | Deploy v2.14.1 (0c5e8f1) to production | graph-sync | "
        "github/example-org/graph-sync/deployments/9007199254740993");
  CHECK(labels(converted.events[0]).find("deployment_id=9007199254740993") != std::string::npos);
  CHECK(summary(converted.events[1]) ==
        "2026-03-04T05:02:41Z deploy | Deploy main (b41c9e0) to production: Raise backfill "
        "concurrency to 24 tasks | graph-sync | "
        "github/example-org/graph-sync/deployments/2318840542");
  // A deployment of a bare commit says the commit once; an empty description adds nothing.
  CHECK(summary(converted.events[2]) ==
        "2026-03-03T16:48:12Z deploy | Deploy b41c9e0 to staging | graph-sync | "
        "github/example-org/graph-sync/deployments/2318702219");
  CHECK(labels(converted.events[2]) ==
        "repository=example-org/graph-sync environment=staging "
        "ref=b41c9e07d2a35f8e6c1a0f4d9e2b7c6a5d3f1e08 sha=b41c9e07d2a35f8e6c1a0f4d9e2b7c6a5d3f1e08 "
        "task=deploy:migrations deployment_id=2318702219 production_environment=false");
}

TEST_CASE("github-deployments: every status state has its meaning",
          "[adapters][github-deployments]") {
  const auto title_of = [](const std::string& state) {
    const auto converted =
        convert(parse("s.json", R"({"deployment_status": {"id": 1, "state": ")" + state +
                                    R"(", "created_at": "2026-03-04T05:05:22Z"},
        "deployment": {"id": 2, "sha": "b41c9e07d2a3", "ref": "main", "environment": "qa",
                       "statuses_url": "u", "created_at": "2026-03-04T05:02:41Z"},
        "repository": {"full_name": "o/r"}})"));
    REQUIRE(converted.events.size() == 1);
    return std::string(display_kind(converted.events[0])) + ": " + converted.events[0].title;
  };
  CHECK(title_of("success") == "deploy: Deploy main (b41c9e0) to qa succeeded");
  CHECK(title_of("error") == "note: Deploy main (b41c9e0) to qa failed with an error");
  CHECK(title_of("pending") == "note: Deploy main (b41c9e0) to qa is pending");
  CHECK(title_of("queued") == "note: Deploy main (b41c9e0) to qa is queued");
  CHECK(title_of("in_progress") == "note: Deploy main (b41c9e0) to qa is in progress");
  CHECK(title_of("inactive") ==
        "note: Deploy main (b41c9e0) to qa is inactive (superseded by a later deploy)");
  CHECK(title_of("destroyed") == "note: Deploy main (b41c9e0) to qa has status \"destroyed\"");
}

TEST_CASE("github-deployments: recognises its shapes and declines every other format",
          "[adapters][github-deployments]") {
  for (const char* name : {"deployment-created.json", "deployment-status-success.json",
                           "deployment-status-failure.json", "deployments-list.json"}) {
    for (const RawNode& document :
         fixture(std::string("tests/adapters/fixtures/github-deployments/") + name)) {
      CHECK(adapter().recognize(document).recognised);
    }
  }
  for (const std::string& path : foreign_files()) {
    INFO(path);
    for (const RawNode& document : fixture_if_parses(path)) {
      CHECK_FALSE(adapter().recognize(document).recognised);
    }
  }
  const Recognition near =
      adapter().recognize(parse("x.json", R"({"deployment": {"sha": "abc"}})")[0]);
  CHECK_FALSE(near.recognised);
  CHECK(near.evidence == 2);
  CHECK(near.missing ==
        "no `deployment` or `deployment_status` with `sha`, `ref`, `environment`, "
        "`statuses_url` and `created_at`");
}

TEST_CASE("github-deployments: missing and malformed fields are errors where they are",
          "[adapters][github-deployments]") {
  const auto converted = convert(parse("bad.json", R"([
  {"sha": "b41c9e0", "ref": "main", "environment": "production", "statuses_url": "u",
   "created_at": "2026-03-04T05:02:41Z"},
  {"id": 7, "sha": "b41c9e0", "ref": "main", "environment": "production", "statuses_url": "u",
   "created_at": "yesterday"},
  {"id": {"n": 8}, "sha": null, "ref": "main", "environment": "production", "statuses_url": "u",
   "created_at": "2026-03-04T05:02:41Z"},
  "not a deployment",
  {"id": 9, "sha": "b41c9e0", "ref": "main", "environment": "production", "statuses_url": "u",
   "created_at": "2026-03-04T05:02:41Z"}
])"));
  REQUIRE(converted.events.size() == 1);
  CHECK(converted.events[0].id == "github/deployments/9");
  CHECK(converted.events[0].service == "production");  // no repository: the environment
  CHECK(converted.messages() ==
        "bad.json:2:3: error: GitHub deployment has no `id`\n"
        "bad.json:5:18: error: `created_at`: invalid timestamp \"yesterday\"\n"
        "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds\n"
        "bad.json:6:10: error: `id` must be a single value, found a map\n"
        "bad.json:6:27: error: GitHub deployment has no `sha`\n"
        "bad.json:8:3: error: expected a GitHub deployment (a map), found a single value\n");
}

TEST_CASE("github-deployments: a status without its deployment is an error",
          "[adapters][github-deployments]") {
  const auto converted = convert(
      parse("s.json", R"({"deployment_status": {"id": 1, "created_at": "2026-03-04T05:05:22Z"},
  "deployment": {"sha": "b41c9e0", "ref": "main", "environment": "qa", "statuses_url": "u",
                 "created_at": "2026-03-04T05:02:41Z"},
  "repository": {"full_name": "o/r"}})"),
      true);
  CHECK(converted.events.empty());
  CHECK(converted.messages() ==
        "s.json:1:23: error: GitHub deployment status has no `state`\n"
        "s.json:2:17: error: GitHub deployment has no `id`\n");
}

}  // namespace
}  // namespace hindsight
