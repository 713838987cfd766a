// The Kubernetes Jobs adapter on broken input: every problem is a
// diagnostic at the offending node, and a broken Job is left out.
#include <catch2/catch.hpp>

#include "adapters/kubernetes_jobs.h"
#include "kubernetes_test_support.h"

namespace hindsight {
namespace {

using namespace kubernetes_testing;

// One Job named backfill-pages; `status` is its status map's lines.
std::string job(const std::string& status) {
  return "apiVersion: batch/v1\n"
         "kind: Job\n"
         "metadata:\n"
         "  name: backfill-pages\n"
         "  namespace: graph-sync\n"
         "  uid: 4b6d8f0a-2c4e-4b6d-8f0a-1e3a5c7e9f21\n"
         "spec:\n"
         "  backoffLimit: 2\n"
         "status:\n" +
         status;
}

Converted convert_text(const std::string& text) {
  return convert_all(kubernetes_jobs_adapter(), parse_text(text));
}

TEST_CASE("a Job without a start time is an error", "[adapters][kubernetes]") {
  const Converted out = convert_text(job("  active: 1\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:1:1: error: Job \"backfill-pages\" has no `status.startTime`"});
}

TEST_CASE("a malformed completion time is an error at the value", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      job("  startTime: \"2026-03-04T08:00:00Z\"\n  completionTime: \"04/03/2026 09:00\"\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:11:19: error: `status.completionTime`: invalid timestamp \"04/03/2026 "
            "09:00\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds"});
}

TEST_CASE("a pod count that is not a whole number is an error", "[adapters][kubernetes]") {
  const Converted out =
      convert_text(job("  startTime: \"2026-03-04T08:00:00Z\"\n  failed: \"three\"\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:11:11: error: `status.failed` must be a whole number, found \"three\""});
}

TEST_CASE("a Failed condition without its time is an error", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      job("  startTime: \"2026-03-04T08:00:00Z\"\n  failed: 3\n  conditions:\n"
          "  - type: Failed\n    status: \"True\"\n    reason: BackoffLimitExceeded\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:13:5: error: `Failed` condition has no `lastTransitionTime`"});
}

TEST_CASE("conditions that are not a list are an error", "[adapters][kubernetes]") {
  const Converted out =
      convert_text(job("  startTime: \"2026-03-04T08:00:00Z\"\n  conditions: {type: Complete}\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:11:15: error: `status.conditions` must be a list, found a map"});
}

TEST_CASE("a Job that ends before it starts is an error at the end", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      job("  startTime: \"2026-03-04T08:00:00Z\"\n  completionTime: \"2026-03-04T07:59:00Z\"\n"
          "  succeeded: 1\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{"export.yaml:11:19: error: Job \"backfill-pages\" ends "
                                 "(2026-03-04T07:59:00Z) before its `status.startTime` "
                                 "(2026-03-04T08:00:00Z)"});
}

TEST_CASE("a Job without a name is an error", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      "apiVersion: batch/v1\nkind: Job\nmetadata:\n  namespace: graph-sync\n"
      "status:\n  startTime: \"2026-03-04T08:00:00Z\"\n");
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{"export.yaml:4:3: error: Job has no `metadata.name`"});
}

TEST_CASE("pods failed with none left and no verdict yet: failed, end unknown",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_text(job("  startTime: \"2026-03-04T08:00:00Z\"\n  failed: 2\n  active: 0\n"));
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 1);
  CHECK(line(out.events[0]) ==
        "backfill 2026-03-04T08:00:00Z | Job backfill-pages failed: 2 failed pods | graph-sync | "
        "4b6d8f0a-2c4e-4b6d-8f0a-1e3a5c7e9f21 | job=backfill-pages state=failed succeeded=0 "
        "failed=2");
}

TEST_CASE("a Complete condition without completionTime ends the run at the condition",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_text(job("  startTime: \"2026-03-04T08:00:00Z\"\n  succeeded: 1\n  conditions:\n"
                       "  - type: Complete\n    status: \"True\"\n"
                       "    lastTransitionTime: \"2026-03-04T08:30:00Z\"\n"));
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 1);
  CHECK(line(out.events[0]) ==
        "backfill 2026-03-04T08:00:00Z..2026-03-04T08:30:00Z | Job backfill-pages succeeded | "
        "graph-sync | 4b6d8f0a-2c4e-4b6d-8f0a-1e3a5c7e9f21 | job=backfill-pages state=succeeded "
        "succeeded=1 failed=0");
}

TEST_CASE("a document that is no Job, forced to this format, is an error",
          "[adapters][kubernetes]") {
  const std::vector<RawNode> documents =
      parse_text("apiVersion: batch/v1\nkind: CronJob\nspec: {schedule: \"0 * * * *\"}\n");
  const Recognition recognition = kubernetes_jobs_adapter().recognize(documents[0]);
  CHECK_FALSE(recognition.recognised);
  CHECK(recognition.evidence == 2);
  CHECK(recognition.missing == "no `kind: Job` of `apiVersion: batch/v1`");
  const Converted out = convert_all(kubernetes_jobs_adapter(), documents);
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:1:1: error: not a Kubernetes Job or list of them\n"
            "  hint: the document has no `kind: Job` of `apiVersion: batch/v1`"});
}

TEST_CASE("an empty kubectl List is left to the Events adapter", "[adapters][kubernetes]") {
  const std::vector<RawNode> documents = parse_text("apiVersion: v1\nitems: []\nkind: List\n");
  CHECK_FALSE(kubernetes_jobs_adapter().recognize(documents[0]).recognised);
  CHECK(kubernetes_jobs_adapter().recognize(documents[0]).missing ==
        "an empty list, no `kind: Job`");
}

}  // namespace
}  // namespace hindsight
