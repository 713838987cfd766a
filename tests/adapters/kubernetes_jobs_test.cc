// The Kubernetes Jobs adapter over its fixtures: what it recognises, and
// the exact runs each fixture becomes.
#include <catch2/catch.hpp>

#include "adapters/kubernetes_jobs.h"
#include "kubernetes_test_support.h"

namespace hindsight {
namespace {

using namespace kubernetes_testing;

const Adapter& jobs_adapter() { return kubernetes_jobs_adapter(); }

TEST_CASE("kubernetes-jobs recognises kubectl lists, single Jobs and API JobLists",
          "[adapters][kubernetes]") {
  for (const char* name :
       {"kubernetes-jobs/kubectl-get-jobs.yaml", "kubernetes-jobs/job-reindex.json",
        "kubernetes-jobs/raw-job-list.json"}) {
    INFO(name);
    for (const RawNode& document : load_fixture(name)) {
      const Recognition recognition = jobs_adapter().recognize(document);
      CHECK(recognition.recognised);
      CHECK(recognition.evidence == 3);
      CHECK(detected_format(document) == "kubernetes-jobs");
    }
  }
}

TEST_CASE("kubernetes-jobs declines Events and native logs", "[adapters][kubernetes]") {
  for (const char* name :
       {"kubernetes-events/kubectl-get-events.yaml", "kubernetes-events/kubectl-get-events.json",
        "kubernetes-events/raw-event-list.json", "kubernetes-events/events-k8s-io.yaml",
        "kubernetes-events/watch-stream.yaml"}) {
    INFO(name);
    for (const RawNode& document : load_fixture(name)) {
      CHECK_FALSE(jobs_adapter().recognize(document).recognised);
    }
  }
  for (const char* name :
       {"examples/backfill-outage/alerts.yaml", "examples/backfill-outage/backfill.yaml",
        "examples/backfill-outage/deploys.yaml", "examples/backfill-outage/incident.yaml",
        "examples/backfill-outage/notes.yaml", "examples/backfill-outage/pages.yaml",
        "examples/backfill-outage/resolution.yaml"}) {
    INFO(name);
    for (const RawNode& document : load_example(name)) {
      const Recognition recognition = jobs_adapter().recognize(document);
      CHECK_FALSE(recognition.recognised);
      CHECK(recognition.evidence == 0);
    }
  }
}

TEST_CASE("CronJob runs: succeeded, failed at the Failed condition, still running",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_all(jobs_adapter(), load_fixture("kubernetes-jobs/kubectl-get-jobs.yaml"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "backfill 2026-03-04T07:00:00Z..2026-03-04T07:41:17Z | Job "
            "insights-backfill-29543460 (CronJob insights-backfill) succeeded | graph-sync | "
            "3a5c7e9b-1d3f-4a5c-9e7b-0d2f4a6c8e10 | job=insights-backfill-29543460 "
            "cronjob=insights-backfill scheduled=2026-03-04T07:00:00Z state=succeeded "
            "succeeded=1 failed=0",
            "backfill 2026-03-04T08:00:00Z..2026-03-04T08:52:31Z | Job "
            "insights-backfill-29543520 (CronJob insights-backfill) failed: BackoffLimitExceeded: "
            "Job has reached the specified backoff limit | graph-sync | "
            "4b6d8f0a-2c4e-4b6d-8f0a-1e3a5c7e9f21 | job=insights-backfill-29543520 "
            "cronjob=insights-backfill scheduled=2026-03-04T08:00:00Z state=failed succeeded=0 "
            "failed=3",
            "backfill 2026-03-04T09:00:00Z | Job insights-backfill-29543580 (CronJob "
            "insights-backfill) still running (1 active pod) | graph-sync | "
            "5c7e9a1b-3d5f-4c7e-9a1b-2f4b6d8f0a32 | job=insights-backfill-29543580 "
            "cronjob=insights-backfill scheduled=2026-03-04T09:00:00Z state=running succeeded=0 "
            "failed=0 active=1",
        });
  REQUIRE(out.events.size() == 3);
  CHECK(out.events[1].kind == Kind::backfill);
  CHECK(out.events[1].source == "kubernetes");
  CHECK(out.events[1].adapter == "kubernetes-jobs");
  CHECK(out.events[1].origin.line == 81);
  CHECK(out.events[1].origin.column == 3);
}

TEST_CASE("a single Job that succeeded after a failed pod", "[adapters][kubernetes]") {
  const Converted out =
      convert_all(jobs_adapter(), load_fixture("kubernetes-jobs/job-reindex.json"));
  CHECK(messages(out.diagnostics).empty());
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "backfill 2026-03-04T09:12:40Z..2026-03-04T09:58:03Z | Job reindex-pages succeeded "
            "after 1 failed pod | search | 6d8f0a2c-4e6a-4d8f-0a2c-3a5c7e9b1d43 | "
            "job=reindex-pages state=succeeded succeeded=1 failed=1",
        });
}

TEST_CASE("an API server JobList: a deadline failure, and a suspended Job that never ran",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_all(jobs_adapter(), load_fixture("kubernetes-jobs/raw-job-list.json"));
  CHECK(lines(out.events) ==
        std::vector<std::string>{
            "backfill 2026-03-04T08:30:00Z..2026-03-04T09:30:00Z | Job export-page-stats failed: "
            "DeadlineExceeded: Job was active longer than specified deadline | reporting | "
            "8f0a2c4e-6a8c-4f0a-a2c4-5c7e9b1d3f65 | job=export-page-stats state=failed "
            "succeeded=0 failed=1",
        });
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "kubernetes-jobs/raw-job-list.json:1:1599: warning: Job \"rebuild-thumbnails\" is "
            "suspended and has not started\n  hint: it has no run to show; it is left out of the "
            "timeline"});
}

}  // namespace
}  // namespace hindsight
