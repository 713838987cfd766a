// The Kubernetes Events adapter over its fixtures: what it recognises, and
// the exact events each fixture becomes.
#include <catch2/catch.hpp>

#include "adapters/kubernetes_events.h"
#include "kubernetes_test_support.h"

namespace hindsight {
namespace {

using namespace kubernetes_testing;

const Adapter& events_adapter() { return kubernetes_events_adapter(); }

TEST_CASE("kubernetes-events recognises kubectl lists, API lists and Event streams",
          "[adapters][kubernetes]") {
  for (const char* name :
       {"kubernetes-events/kubectl-get-events.yaml", "kubernetes-events/kubectl-get-events.json",
        "kubernetes-events/raw-event-list.json", "kubernetes-events/events-k8s-io.yaml",
        "kubernetes-events/watch-stream.yaml"}) {
    INFO(name);
    for (const RawNode& document : load_fixture(name)) {
      const Recognition recognition = events_adapter().recognize(document);
      CHECK(recognition.recognised);
      CHECK(recognition.evidence == 3);
      CHECK(detected_format(document) == "kubernetes-events");
    }
  }
}

TEST_CASE("kubernetes-events declines Jobs and native logs", "[adapters][kubernetes]") {
  for (const char* name :
       {"kubernetes-jobs/kubectl-get-jobs.yaml", "kubernetes-jobs/job-reindex.json",
        "kubernetes-jobs/raw-job-list.json"}) {
    INFO(name);
    for (const RawNode& document : load_fixture(name)) {
      CHECK_FALSE(events_adapter().recognize(document).recognised);
    }
  }
  for (const char* name :
       {"examples/backfill-outage/alerts.yaml", "examples/backfill-outage/backfill.yaml",
        "examples/backfill-outage/deploys.yaml", "examples/backfill-outage/incident.yaml",
        "examples/backfill-outage/notes.yaml", "examples/backfill-outage/pages.yaml",
        "examples/backfill-outage/resolution.yaml"}) {
    INFO(name);
    for (const RawNode& document : load_example(name)) {
      const Recognition recognition = events_adapter().recognize(document);
      CHECK_FALSE(recognition.recognised);
      CHECK(recognition.evidence == 0);
    }
  }
}

TEST_CASE("kubectl get events -o yaml: warnings are alerts, repeats are windows",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_all(events_adapter(), load_fixture("kubernetes-events/kubectl-get-events.yaml"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "note 2026-03-04T08:05:31Z | Deployment/graph-sync ScalingReplicaSet: Scaled up "
            "replica set graph-sync-7d9f8c6b5 to 6 from 2 | graph-sync | "
            "0b6f6a4e-1c2d-4e58-a0f3-7d1e9c2b8a01 | type=Normal reason=ScalingReplicaSet "
            "object=Deployment/graph-sync component=deployment-controller count=1",
            "note 2026-03-04T08:05:31Z | ReplicaSet/graph-sync-7d9f8c6b5 SuccessfulCreate: "
            "Created pod: graph-sync-7d9f8c6b5-x2k4q | graph-sync | "
            "3e8d2f10-7a4b-4c19-b6e2-5f0a1d7c9e22 | type=Normal reason=SuccessfulCreate "
            "object=ReplicaSet/graph-sync-7d9f8c6b5 component=replicaset-controller count=1",
            "alert 2026-03-04T08:16:03.412907Z..2026-03-04T08:21:03.530114Z | "
            "Pod/graph-sync-7d9f8c6b5-q8w7n FailedScheduling: 0/3 nodes are available: 3 "
            "Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims "
            "found for incoming pod. | graph-sync | c41d7e2a-9b3f-4e60-8a1c-2d5f7b9e0a14 | "
            "type=Warning reason=FailedScheduling object=Pod/graph-sync-7d9f8c6b5-q8w7n "
            "component=default-scheduler count=4",
            "alert 2026-03-04T08:17:40Z..2026-03-04T08:42:11Z | Pod/graph-sync-7d9f8c6b5-x2k4q "
            "BackOff: Back-off restarting failed container sync in pod "
            "graph-sync-7d9f8c6b5-x2k4q_graph-sync(2b4e6d8f-1a3c-4e5f-9b7d-0c2e4f6a8b15) | "
            "graph-sync | 8d1f3b5a-7c9e-4a2b-b4d6-e8f0a2c4b637 | type=Warning reason=BackOff "
            "object=Pod/graph-sync-7d9f8c6b5-x2k4q component=kubelet host=node-b count=14",
            "alert 2026-03-04T08:15:52Z..2026-03-04T08:40:22Z | Pod/graph-sync-7d9f8c6b5-m6t2r "
            "Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503 | "
            "graph-sync | e5a7c9b1-3d5f-4b7a-9c1e-0f2a4b6c8d59 | type=Warning reason=Unhealthy "
            "object=Pod/graph-sync-7d9f8c6b5-m6t2r component=kubelet host=node-c count=31",
            "alert 2026-03-04T08:18:05Z | Node/node-b OOMKilling: Memory cgroup out of memory: "
            "Killed process 40213 (sync) total-vm:2817364kB, anon-rss:1046576kB, "
            "file-rss:31264kB, shmem-rss:0kB, UID:1000 pgtables:2332kB oom_score_adj:985 |  | "
            "6f8b0d2c-4e6a-4c8d-a0b2-d3e5f7a9c16a | type=Warning reason=OOMKilling "
            "object=Node/node-b component=kernel-monitor host=node-b count=1",
        });
  REQUIRE(out.events.size() == 6);
  const Event& backoff = out.events[3];
  CHECK(backoff.source == "kubernetes");
  CHECK(backoff.adapter == "kubernetes-events");
  CHECK(backoff.origin.file == "kubernetes-events/kubectl-get-events.yaml");
  CHECK(backoff.origin.line == 84);
  CHECK(backoff.origin.column == 3);
}

TEST_CASE("kubectl get events -o json: creationTimestamp when no other time is set",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_all(events_adapter(), load_fixture("kubernetes-events/kubectl-get-events.json"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "note 2026-03-04T08:12:48Z..2026-03-04T08:31:16Z | "
            "HorizontalPodAutoscaler/partner-gateway SuccessfulRescale: New size: 12; reason: cpu "
            "resource utilization (percentage of request) above target | partner-gateway | "
            "1d3f5b7a-9c1e-4a3b-b5d7-f9a1c3e5b702 | type=Normal reason=SuccessfulRescale "
            "object=HorizontalPodAutoscaler/partner-gateway component=horizontal-pod-autoscaler "
            "count=9",
            "alert 2026-03-04T08:24:09Z | Pod/partner-gateway-5b8c9d7f4-k7p2z Evicted: The node "
            "was low on resource: memory. Threshold quantity: 100Mi, available: 91344Ki. "
            "Container gateway was using 1887512Ki, request is 512Mi, has larger consumption of "
            "memory. | partner-gateway | f2a4c6e8-0b2d-4f6a-8e0c-1a3b5d7f9c24 | type=Warning "
            "reason=Evicted object=Pod/partner-gateway-5b8c9d7f4-k7p2z component=kubelet "
            "host=node-a count=1",
            "note 2026-03-04T08:24:11.000718Z | Pod/partner-gateway-5b8c9d7f4-w9r4d Scheduled: "
            "Successfully assigned partner-gateway/partner-gateway-5b8c9d7f4-w9r4d to node-c | "
            "partner-gateway | 0a2c4e6b-8d0f-4c2e-a4b6-d8f0b2a4c646 | type=Normal "
            "reason=Scheduled object=Pod/partner-gateway-5b8c9d7f4-w9r4d "
            "component=default-scheduler",
        });
}

TEST_CASE("an API server EventList: items without kind or apiVersion", "[adapters][kubernetes]") {
  const Converted out =
      convert_all(events_adapter(), load_fixture("kubernetes-events/raw-event-list.json"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "note 2026-03-04T08:00:04Z | Pod/insights-backfill-29543520-7xq2d Started: Started "
            "container backfill | graph-sync | 5e7a9c1b-3d5f-4a7c-9e1b-2c4d6e8f0a57 | type=Normal "
            "reason=Started object=Pod/insights-backfill-29543520-7xq2d component=kubelet "
            "host=node-a count=1",
            "note 2026-03-04T08:52:30Z | Pod/insights-backfill-29543520-7xq2d Killing: Stopping "
            "container backfill | graph-sync | 7b9d1f3a-5c7e-4b9d-8f1a-3e5a7c9b1d79 | type=Normal "
            "reason=Killing object=Pod/insights-backfill-29543520-7xq2d component=kubelet "
            "host=node-a count=1",
        });
}

TEST_CASE("events.k8s.io/v1: regarding, note, series and the deprecated window",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_all(events_adapter(), load_fixture("kubernetes-events/events-k8s-io.yaml"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "alert 2026-03-04T08:16:03.412907Z..2026-03-04T08:21:03.530114Z | "
            "Pod/graph-sync-7d9f8c6b5-q8w7n FailedScheduling: 0/3 nodes are available: 3 "
            "Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims "
            "found for incoming pod. | graph-sync | c41d7e2a-9b3f-4e60-8a1c-2d5f7b9e0a14 | "
            "type=Warning reason=FailedScheduling object=Pod/graph-sync-7d9f8c6b5-q8w7n "
            "component=default-scheduler count=4",
            "alert 2026-03-04T08:17:40Z..2026-03-04T08:42:11Z | Pod/graph-sync-7d9f8c6b5-x2k4q "
            "BackOff: Back-off restarting failed container sync in pod "
            "graph-sync-7d9f8c6b5-x2k4q_graph-sync(2b4e6d8f-1a3c-4e5f-9b7d-0c2e4f6a8b15) | "
            "graph-sync | 8d1f3b5a-7c9e-4a2b-b4d6-e8f0a2c4b637 | type=Warning reason=BackOff "
            "object=Pod/graph-sync-7d9f8c6b5-x2k4q component=kubelet host=node-b count=14",
            "note 2026-03-04T08:05:31Z | Deployment/graph-sync ScalingReplicaSet: Scaled up "
            "replica set graph-sync-7d9f8c6b5 to 6 from 2 | graph-sync | "
            "0b6f6a4e-1c2d-4e58-a0f3-7d1e9c2b8a01 | type=Normal reason=ScalingReplicaSet "
            "object=Deployment/graph-sync component=deployment-controller count=1",
        });
}

TEST_CASE("a watch stream: one Event per document", "[adapters][kubernetes]") {
  const std::vector<RawNode> documents = load_fixture("kubernetes-events/watch-stream.yaml");
  REQUIRE(documents.size() == 2);
  const Converted out = convert_all(events_adapter(), documents);
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "note 2026-03-04T09:47:12Z | Deployment/graph-sync ScalingReplicaSet: Scaled down "
            "replica set graph-sync-7d9f8c6b5 to 2 from 6 | graph-sync | "
            "2c4e6a8b-0d2f-4e6a-9c0e-3b5d7f9a1c8b | type=Normal reason=ScalingReplicaSet "
            "object=Deployment/graph-sync component=deployment-controller count=1",
            "alert 2026-03-04T09:45:58Z..2026-03-04T09:48:30Z | Pod/graph-sync-7d9f8c6b5-m6t2r "
            "Unhealthy: Liveness probe failed: Get \"http://10.42.3.17:8080/healthz\": context "
            "deadline exceeded (Client.Timeout exceeded while awaiting headers) | graph-sync | "
            "9e0a2c4d-6f8b-4a0c-b2e4-5d7f9b1d3e9c | type=Warning reason=Unhealthy "
            "object=Pod/graph-sync-7d9f8c6b5-m6t2r component=kubelet host=node-c count=3",
        });
  CHECK(out.events[1].origin.line == 28);
}

}  // namespace
}  // namespace hindsight
