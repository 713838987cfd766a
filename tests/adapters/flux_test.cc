// The flux adapter over its fixtures: Kustomization and HelmRelease
// events as a generic webhook receives them, and every malformed field.
#include <catch2/catch.hpp>

#include "adapters/flux.h"
#include "hindsight/load.h"
#include "support/conversion_testing.h"

namespace hindsight {
namespace {

const Adapter& adapter() { return flux_adapter(); }

using namespace conversion_testing;

Converted convert(const std::vector<RawNode>& documents, bool forced = false) {
  return convert_with(adapter(), documents, forced);
}

std::vector<std::string> foreign_files() { return foreign_files_of("flux"); }

std::vector<std::string> summaries(const Converted& converted) {
  std::vector<std::string> out;
  for (const Event& event : converted.events) out.push_back(summary(event));
  return out;
}

TEST_CASE("flux: a reconciliation at a new revision is a deploy, the same revision again a note",
          "[adapters][flux]") {
  const auto converted = convert(fixture("tests/adapters/fixtures/flux/kustomization-events.json"));
  CHECK(converted.messages().empty());
  CHECK(summaries(converted) ==
        std::vector<std::string>{
            "2026-03-04T05:04:31Z note | GitRepository flux-system/gitops NewArtifact: stored "
            "artifact for commit 'Raise backfill concurrency to 24 tasks' | gitops | ",
            "2026-03-04T05:04:58Z deploy | Kustomization flux-system/graph-sync deployed "
            "main@sha1:b41c9e0: ConfigMap/graph-sync/backfill-settings configured; "
            "Deployment/graph-sync/graph-sync-worker configured | graph-sync | ",
            "2026-03-04T05:05:20Z note | Kustomization flux-system/graph-sync "
            "ReconciliationSucceeded (revision main@sha1:b41c9e0 already deployed): Reconciliation "
            "finished in 22.184s, next run in 10m0s | graph-sync | ",
            "2026-03-04T08:33:02Z alert | Kustomization flux-system/graph-sync HealthCheckFailed: "
            "health check failed after 5m0.021s: timeout waiting for: "
            "[Deployment/graph-sync/graph-sync-worker status: 'InProgress'] | graph-sync | ",
            "2026-03-04T09:13:30Z deploy | Kustomization flux-system/graph-sync deployed "
            "main@sha1:e7d02a4: Reconciliation finished in 35.402s, next run in 10m0s | "
            "graph-sync | ",
        });
  REQUIRE(converted.events.size() == 5);
  CHECK(labels(converted.events[1]) ==
        "object_kind=Kustomization namespace=flux-system name=graph-sync reason=Progressing "
        "severity=info revision=main@sha1:b41c9e07d2a35f8e6c1a0f4d9e2b7c6a5d3f1e08 "
        "controller=kustomize-controller cluster=prod-eu-1");
  CHECK(converted.events[1].source == "flux");
  CHECK(converted.events[1].adapter == "flux");
  CHECK(converted.events[1].origin.line == 21);
}

TEST_CASE("flux: HelmRelease upgrades deploy, remediations roll back, failures alert",
          "[adapters][flux]") {
  const auto upgrade = convert(fixture("tests/adapters/fixtures/flux/helmrelease-upgrade.json"));
  const auto remediation =
      convert(fixture("tests/adapters/fixtures/flux/helmrelease-remediation.json"));
  CHECK(upgrade.messages().empty());
  CHECK(remediation.messages().empty());
  CHECK(summaries(upgrade) ==
        std::vector<std::string>{
            "2026-03-04T09:21:14Z deploy | HelmRelease insights/insights-api deployed 3.8.2: Helm "
            "upgrade succeeded for release insights/insights-api.v23 with chart "
            "insights-api@3.8.2 | insights-api | ",
        });
  // The provider's token never becomes a label.
  CHECK(labels(upgrade.events.at(0)) ==
        "object_kind=HelmRelease namespace=insights name=insights-api reason=UpgradeSucceeded "
        "severity=info revision=3.8.2 controller=helm-controller summary=Insights API (prod-eu-1)");
  CHECK(summaries(remediation) ==
        std::vector<std::string>{
            "2026-03-04T08:41:55Z alert | HelmRelease dashboard/dashboard UpgradeFailed: Helm "
            "upgrade failed for release dashboard/dashboard with chart dashboard@5.9.0: context "
            "deadline exceeded | dashboard | ",
            "2026-03-04T08:42:37Z rollback | HelmRelease dashboard/dashboard rolled back: Helm "
            "rollback to previous release dashboard/dashboard.v41 with chart dashboard@5.8.0 "
            "succeeded | dashboard | ",
        });
}

TEST_CASE("flux: the controller-prefixed revision key of older Flux versions", "[adapters][flux]") {
  const auto converted = convert(fixture("tests/adapters/fixtures/flux/kustomization-legacy.json"));
  CHECK(converted.messages().empty());
  CHECK(summaries(converted) ==
        std::vector<std::string>{
            "2026-03-02T10:15:59Z deploy | Kustomization flux-system/insights-api deployed "
            "main/c2d4e6f: Reconciliation finished in 2.341s, next run in 10m0s | insights-api | ",
        });
  CHECK(labels(converted.events.at(0)) ==
        "object_kind=Kustomization namespace=flux-system name=insights-api "
        "reason=ReconciliationSucceeded severity=info "
        "revision=main/c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8 controller=kustomize-controller");
}

TEST_CASE("flux: a success without a revision, and other objects, are notes", "[adapters][flux]") {
  const auto converted =
      convert(parse("f.yaml", R"(- involvedObject: {kind: Kustomization, name: web}
  severity: info
  timestamp: "2026-03-04T09:00:00Z"
  reason: ReconciliationSucceeded
  message: ""
  reportingController: kustomize-controller
- involvedObject: {kind: HelmChart, namespace: flux-system, name: web-web}
  severity: trace
  timestamp: "2026-03-04T09:00:01Z"
  reason: ChartPullSucceeded
  message: pulled 'web' chart with version '1.2.3'
  metadata: {revision: 1.2.3}
  reportingController: source-controller
)"));
  CHECK(converted.messages().empty());
  CHECK(summaries(converted) ==
        std::vector<std::string>{
            "2026-03-04T09:00:00Z note | Kustomization web ReconciliationSucceeded | web | ",
            "2026-03-04T09:00:01Z note | HelmChart flux-system/web-web ChartPullSucceeded: pulled "
            "'web' chart with version '1.2.3' | web-web | ",
        });
}

TEST_CASE("flux: recognises its events and declines every other format", "[adapters][flux]") {
  for (const char* name : {"kustomization-events.json", "helmrelease-upgrade.json",
                           "helmrelease-remediation.json", "kustomization-legacy.json"}) {
    for (const RawNode& document : fixture(std::string("tests/adapters/fixtures/flux/") + name)) {
      CHECK(adapter().recognize(document).recognised);
    }
  }
  for (const std::string& path : foreign_files()) {
    INFO(path);
    for (const RawNode& document : fixture_if_parses(path)) {
      CHECK_FALSE(adapter().recognize(document).recognised);
    }
  }
  // A Kubernetes Event has an involvedObject, a reason and a message, but
  // none of Flux's own keys.
  const Recognition near = adapter().recognize(parse("k8s.yaml", R"(kind: Event
apiVersion: v1
involvedObject: {kind: Kustomization, name: web}
reason: ReconciliationSucceeded
message: Reconciliation finished
firstTimestamp: "2026-03-04T09:00:00Z"
source: {component: kustomize-controller}
)")[0]);
  CHECK_FALSE(near.recognised);
  CHECK(near.evidence == 3);
  CHECK(near.missing ==
        "no `involvedObject` with `severity`, `timestamp` and `reportingController`");
}

TEST_CASE("flux: missing and malformed fields are errors where they are", "[adapters][flux]") {
  const auto converted = convert(parse("bad.yaml", R"(- involvedObject: {kind: Kustomization}
  severity: info
  timestamp: "2026-03-04T09:00:00Z"
  reportingController: kustomize-controller
- involvedObject: {kind: Kustomization, name: web}
  severity: warning
  timestamp: "2026-03-04T09:00:00Z"
  reportingController: kustomize-controller
- involvedObject: {kind: Kustomization, name: web}
  severity: info
  timestamp: 04/03/2026 09:00
  reportingController: kustomize-controller
- involvedObject: {kind: Kustomization, name: web}
  severity: error
  reportingController: kustomize-controller
- [not, an, event]
- involvedObject: {kind: Kustomization, name: web}
  severity: error
  timestamp: "2026-03-04T09:05:00Z"
  message: boom
  reportingController: kustomize-controller
)"));
  REQUIRE(converted.events.size() == 1);
  CHECK(summary(converted.events[0]) ==
        "2026-03-04T09:05:00Z alert | Kustomization web: boom | web | ");
  CHECK(converted.messages() ==
        "bad.yaml:1:3: error: Flux event has no `involvedObject.name`\n"
        "bad.yaml:6:13: error: unknown Flux severity \"warning\"\n"
        "  hint: Flux events have severity `info`, `error` or `trace`\n"
        "bad.yaml:11:14: error: `timestamp`: invalid timestamp \"04/03/2026 09:00\"\n"
        "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds\n"
        "bad.yaml:13:3: error: Flux event has no `timestamp`\n"
        "bad.yaml:16:3: error: expected a Flux event (a map), found a list\n");
}

}  // namespace
}  // namespace hindsight
