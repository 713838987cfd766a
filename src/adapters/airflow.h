// Airflow DAG runs: the stable REST API's run list (`GET /api/v1/dags/{dag_id}/dagRuns`)
// or one run, and the older experimental API's bare list
// (`GET /api/experimental/dags/<dag_id>/dag_runs`). Each run that started is a
// `backfill`-kind interval; see docs/sources/airflow.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& airflow_adapter();

}  // namespace hindsight
