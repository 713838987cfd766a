// The argocd adapter over its fixtures: `kubectl get application -o yaml`,
// a `List` as JSON, rollbacks, operations, and every malformed field.
#include <catch2/catch.hpp>

#include "adapters/argocd.h"
#include "hindsight/load.h"
#include "support/conversion_testing.h"

namespace hindsight {
namespace {

const Adapter& adapter() { return argocd_adapter(); }

using namespace conversion_testing;

Converted convert(const std::vector<RawNode>& documents, bool forced = false) {
  return convert_with(adapter(), documents, forced);
}

std::vector<std::string> foreign_files() { return foreign_files_of("argocd"); }

TEST_CASE("argocd: each history entry is a deploy, a re-deployed old revision a rollback",
          "[adapters][argocd]") {
  const auto converted = convert(fixture("tests/adapters/fixtures/argocd/application.yaml"));
  CHECK(converted.messages().empty());
  std::vector<std::string> summaries;
  for (const Event& event : converted.events) summaries.push_back(summary(event));
  // The operation state is history 42's sync: told once, by the history.
  CHECK(summaries ==
        std::vector<std::string>{
            "2026-02-26T14:02:19Z deploy | Deployed graph-sync revision 5a0b6d2 | graph-sync | "
            "argocd/graph-sync/38",
            "2026-03-03T07:41:30Z..2026-03-03T07:41:37Z deploy | Deployed graph-sync revision "
            "9f41c2e (automated sync) | graph-sync | argocd/graph-sync/39",
            "2026-03-04T05:04:58Z..2026-03-04T05:05:20Z deploy | Deployed graph-sync revision "
            "b41c9e0 (automated sync) | graph-sync | argocd/graph-sync/40",
            "2026-03-04T08:47:12Z..2026-03-04T08:47:31Z rollback | Rolled back graph-sync to "
            "revision 9f41c2e (first deployed as history 39) | graph-sync | argocd/graph-sync/41",
            "2026-03-04T09:12:55Z..2026-03-04T09:13:30Z deploy | Deployed graph-sync revision "
            "e7d02a4 (automated sync) | graph-sync | argocd/graph-sync/42",
        });
  REQUIRE(converted.events.size() == 5);
  const Event& rollback = converted.events[3];
  CHECK(labels(rollback) ==
        "history_id=41 revision=9f41c2e07b5d3a8e1f6c4b2a0d9e8f7c6b5a4d3e "
        "rolled_back_to_history_id=39 target_revision=main "
        "repo=https://github.com/example-org/gitops.git path=deploy/graph-sync/overlays/production "
        "initiated_by=leena project=data-platform destination_namespace=graph-sync");
  REQUIRE(rollback.actor);
  CHECK(rollback.actor->name == "leena");
  CHECK_FALSE(converted.events[2].actor);  // automated
  CHECK(converted.events[0].source == "argocd");
  CHECK(converted.events[0].adapter == "argocd");
  CHECK(converted.events[0].origin.line == 29);
}

TEST_CASE("argocd: a List of applications, multi-source revisions, running and failed operations",
          "[adapters][argocd]") {
  const auto converted = convert(fixture("tests/adapters/fixtures/argocd/applications-list.json"));
  CHECK(converted.messages().empty());
  std::vector<std::string> summaries;
  for (const Event& event : converted.events) summaries.push_back(summary(event));
  CHECK(summaries ==
        std::vector<std::string>{
            "2026-03-02T10:15:40Z..2026-03-02T10:16:02Z deploy | Deployed insights-api revision "
            "3.8.1, c2d4e6f (automated sync) | insights-api | argocd/insights-api/17",
            "2026-03-04T09:20:41Z deploy | Sync of insights-api to revision 3.8.2, c2d4e6f "
            "started (still running): waiting for healthy state of apps/Deployment/insights-api | "
            "insights-api | argocd/insights-api/operation/2026-03-04T09:20:41Z",
            "2026-02-27T15:30:02Z..2026-02-27T15:30:19Z deploy | Deployed dashboard revision "
            "1d2c3b4 | dashboard | argocd/dashboard/317",
            "2026-03-03T07:41:30Z..2026-03-03T07:41:37Z deploy | Deployed dashboard revision "
            "8a7b6c5 | dashboard | argocd/dashboard/318",
            "2026-03-04T08:52:11Z..2026-03-04T08:52:18Z note | Rollback of dashboard to revision "
            "1d2c3b4 failed: one or more objects failed to apply, reason: Deployment.apps "
            "\"dashboard\" is invalid: spec.template.spec.containers[0].image: Required value | "
            "dashboard | argocd/dashboard/operation/2026-03-04T08:52:11Z",
        });
  REQUIRE(converted.events.size() == 5);
  CHECK(labels(converted.events[0]) ==
        "history_id=17 revision=3.8.1, c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8 "
        "initiated_by=automated project=data-platform destination_namespace=insights");
  CHECK(labels(converted.events[1]) ==
        "phase=Running revision=3.8.2, c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8 "
        "initiated_by=admin project=data-platform destination_namespace=insights");
  CHECK(labels(converted.events[4]) ==
        "phase=Failed revision=1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c "
        "rolled_back_to_history_id=317 initiated_by=leena project=frontend "
        "destination_namespace=dashboard");
}

TEST_CASE("argocd: an operation the history does not tell becomes a deploy or rollback",
          "[adapters][argocd]") {
  const auto converted = convert(parse("op.yaml", R"(apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web}
status:
  history:
  - {id: 1, revision: aaa, deployedAt: "2026-03-04T08:00:00Z"}
  - {id: 2, revision: bbb, deployedAt: "2026-03-04T09:00:00Z"}
  operationState:
    phase: Succeeded
    startedAt: "2026-03-04T09:30:00Z"
    finishedAt: "2026-03-04T09:30:20Z"
    message: successfully synced (all tasks run)
    operation: {initiatedBy: {username: oncall}, sync: {revision: aaa}}
    syncResult: {revision: aaa}
)"));
  CHECK(converted.messages().empty());
  REQUIRE(converted.events.size() == 3);
  CHECK(summary(converted.events[2]) ==
        "2026-03-04T09:30:00Z..2026-03-04T09:30:20Z rollback | Rollback of web to revision aaa "
        "succeeded | web | argocd/web/operation/2026-03-04T09:30:00Z");
}

TEST_CASE("argocd: recognises applications and declines every other format", "[adapters][argocd]") {
  for (const char* name : {"application.yaml", "applications-list.json"}) {
    for (const RawNode& document : fixture(std::string("tests/adapters/fixtures/argocd/") + name)) {
      CHECK(adapter().recognize(document).recognised);
    }
  }
  // The Argo CD API returns applications without their type.
  CHECK(adapter()
            .recognize(parse("api.json", R"({"items": [{"metadata": {"name": "web"},
              "spec": {"project": "default", "destination": {}},
              "status": {"history": []}}]})")[0])
            .recognised);
  for (const std::string& path : foreign_files()) {
    INFO(path);
    for (const RawNode& document : fixture_if_parses(path)) {
      CHECK_FALSE(adapter().recognize(document).recognised);
    }
  }
  const Recognition near = adapter().recognize(parse(
      "x.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata: {name: x}\n")[0]);
  CHECK_FALSE(near.recognised);
  CHECK(near.evidence == 1);
  CHECK(near.missing == "not an `argoproj.io` `Application` or a `List` of them");
}

TEST_CASE("argocd: missing and malformed fields are errors where they are", "[adapters][argocd]") {
  const auto converted = convert(parse("bad.yaml", R"(apiVersion: v1
kind: List
items:
- apiVersion: argoproj.io/v1alpha1
  kind: Application
  metadata: {name: web}
  status:
    history:
    - {id: 1, deployedAt: "2026-03-04T08:00:00Z"}
    - {id: 2, revision: bbb}
    - {id: 3, revision: ccc, deployedAt: "2026-03-04T09:00:00Z", deployStartedAt: soon}
    - just text
    - {revision: ddd, deployedAt: "2026-03-04T10:00:00Z"}
    - {id: 5, revision: eee, deployedAt: "2026-03-04T11:00:00Z"}
    operationState: {startedAt: "2026-03-04T11:30:00Z"}
- apiVersion: argoproj.io/v1alpha1
  kind: Application
  metadata: {namespace: argocd}
  status: {history: []}
- apiVersion: argoproj.io/v1alpha1
  kind: Application
  metadata: {name: api}
  status: {history: {id: 1}}
- kind: ConfigMap
)"));
  REQUIRE(converted.events.size() == 1);
  CHECK(converted.events[0].id == "argocd/web/5");
  CHECK(converted.messages() ==
        "bad.yaml:9:7: error: Argo CD history entry has no `revision`\n"
        "bad.yaml:10:7: error: Argo CD history entry has no `deployedAt`\n"
        "bad.yaml:11:83: error: `deployStartedAt`: invalid timestamp \"soon\"\n"
        "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds\n"
        "bad.yaml:12:7: error: expected an Argo CD history entry (a map), found a single value\n"
        "bad.yaml:13:7: error: Argo CD history entry has no `id`\n"
        "bad.yaml:15:21: error: Argo CD operation state has no `phase`\n"
        "bad.yaml:16:3: error: Argo CD Application has no `metadata.name`\n"
        "bad.yaml:23:21: error: `status.history` must be a list, found a map\n"
        "bad.yaml:24:3: error: expected an Argo CD Application in this list\n");
}

}  // namespace
}  // namespace hindsight
