// Reading Airflow DAG run exports: which shape a document has, and its runs
// as events.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::airflow {

// How much a document looks like an Airflow export.
using Match = Recognition;  // what recognize() reports

// The stable API's `{"dag_runs": [...], "total_entries"}` or one run, or the
// experimental API's bare list of runs.
Match match(const RawNode& document);

// What a document that is no Airflow export lacks.
inline constexpr std::string_view missing_marks =
    "no `dag_runs` list, DAG run with `dag_id`, `dag_run_id` and `state`, or list of runs with "
    "`dag_id`, `run_id` and `execution_date`";

// Appends the document's runs; problems go to `diagnostics`.
void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::airflow
