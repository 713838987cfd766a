// The Airflow adapter against its fixtures: stable and experimental API run
// lists, queued and running runs, and every malformed field.
#include <catch2/catch.hpp>

#include "hindsight/adapter.h"
#include "support/adapter_fixture_testing.h"

namespace hindsight {
namespace {

using namespace adapter_testing;

const Adapter& adapter() {
  const Adapter* found = find_adapter("airflow");
  REQUIRE(found);
  return *found;
}

TEST_CASE("airflow: declines the other formats' fixtures and the native example",
          "[adapters][airflow]") {
  check_declines_others(adapter(), "airflow");
}

TEST_CASE("airflow: stable API runs become backfill intervals", "[adapters][airflow]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "airflow/dag-runs.json");
  CHECK(
      converted.events ==
      std::vector<std::string>{
          "backfill | 2026-03-04T07:58:12.931407Z | 2026-03-04T09:12:40.512033Z | "
          "Airflow backfill run of insights_backfill failed | insights_backfill | "
          "airflow/insights_backfill/backfill__2026-03-04T07:58:12.104512+00:00 | - |  | "
          "run_id=backfill__2026-03-04T07:58:12.104512+00:00, run_type=backfill, state=failed, "
          "logical_date=2026-03-04T07:58:12.104512+00:00, "
          "data_interval_start=2024-01-01T00:00:00+00:00, "
          "data_interval_end=2026-03-04T00:00:00+00:00, external_trigger=false, "
          "note=Paused by data platform on-call",
          "backfill | 2026-03-05T00:04:31.220011Z | - | "
          "Airflow manual run of insights_resync still running | insights_resync | "
          "airflow/insights_resync/manual__2026-03-05T00:04:31+00:00 | - |  | "
          "run_id=manual__2026-03-05T00:04:31+00:00, run_type=manual, state=running, "
          "logical_date=2026-03-05T00:04:31+00:00, data_interval_start=2026-03-05T00:04:31+00:00, "
          "data_interval_end=2026-03-05T00:04:31+00:00, external_trigger=true",
      });
  // A queued run has not started: left out, and said so.
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "dag-runs.json:35:5: warning: Airflow run scheduled__2026-03-05T00:00:00+00:00 of "
            "insights_resync is queued and has not started; it is left out of the timeline",
        });
}

TEST_CASE("airflow: experimental API runs take their type from the run id", "[adapters][airflow]") {
  const Converted converted =
      convert_fixture(adapter(), fixtures / "airflow/experimental-dag-runs.json");
  CHECK(converted.events ==
        std::vector<std::string>{
            "backfill | 2026-03-04T07:58:12.931407Z | - | "
            "Airflow backfill run of insights_backfill failed | insights_backfill | "
            "airflow/insights_backfill/backfill__2026-03-04T07:58:12.104512+00:00 | - | "
            "/admin/airflow/graph?dag_id=insights_backfill&execution_date=2026-03-04+07%3A58%3A12."
            "104512%2B00%3A00 | run_id=backfill__2026-03-04T07:58:12.104512+00:00, "
            "run_type=backfill, "
            "state=failed, execution_date=2026-03-04T07:58:12.104512+00:00",
            "backfill | 2026-03-05T00:04:31.220011Z | - | "
            "Airflow DAG run of insights_resync succeeded | insights_resync | "
            "airflow/insights_resync/resync-after-quota-incident | - | "
            "/admin/airflow/"
            "graph?dag_id=insights_resync&execution_date=2026-03-05+00%3A04%3A31%2B00%3A00"
            " | run_id=resync-after-quota-incident, state=success, "
            "execution_date=2026-03-05T00:04:31+00:00",
        });
  CHECK(converted.diagnostics.empty());
}

TEST_CASE("airflow: runs with missing or malformed fields are reported and skipped",
          "[adapters][airflow]") {
  const Converted converted = convert_fixture(adapter(), fixtures / "airflow/bad-runs.json");
  CHECK(converted.events.empty());
  CHECK(converted.diagnostics ==
        std::vector<std::string>{
            "bad-runs.json:3:5: error: Airflow DAG run has no `dag_run_id`",
            "bad-runs.json:14:21: error: `start_date`: invalid timestamp \"yesterday morning\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds",
            "bad-runs.json:22:21: error: Airflow DAG run has no `start_date`",
            "bad-runs.json:31:19: error: `end_date` is before `start_date`",
        });
}

TEST_CASE("airflow: a single run from GET .../dagRuns/{dag_run_id} is recognised",
          "[adapters][airflow]") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("run.json",
                          R"({"dag_id": "d", "dag_run_id": "manual__x", "state": "success",)"
                          R"( "run_type": "manual", "start_date": "2026-03-04T08:00:00+00:00",)"
                          R"( "end_date": "2026-03-04T08:05:00.5+00:00"})",
                          documents, diagnostics));
  REQUIRE(adapter().recognize(documents[0]).recognised);
  std::vector<Event> events;
  adapter().convert(documents[0], ConvertContext{}, events, diagnostics);
  REQUIRE(events.size() == 1);
  CHECK(summary(events[0]) ==
        "backfill | 2026-03-04T08:00:00Z | 2026-03-04T08:05:00.500Z | Airflow manual run of d "
        "succeeded | d | airflow/d/manual__x | - |  | run_id=manual__x, run_type=manual, "
        "state=success");
  CHECK(diagnostics.empty());
}

TEST_CASE("airflow: near misses say what they lack", "[adapters][airflow]") {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("x.json", R"({"dag_runs": {"dag_id": "d"}})", documents, diagnostics));
  const Recognition recognition = adapter().recognize(documents[0]);
  CHECK_FALSE(recognition.recognised);
  CHECK(recognition.evidence == 1);
  CHECK(recognition.missing.find("`dag_runs` list") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
