// Reading Airflow DAG runs as batch-run intervals (see airflow_runs.h and
// docs/sources/airflow.md).
//
// Both APIs describe a run by its DAG, its run id and its state; only the
// stable API says the run type, so for the experimental API it is read from
// the run id's conventional prefix ("backfill__2026-03-04T...").
#include "adapters/airflow_runs.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::airflow {
namespace {

using adapter_support::at;
using adapter_support::text_at;
using adapter_support::TimeEncoding;

// Which API wrote the document: the run id and the URL live in different keys.
struct Dialect {
  std::string_view run_id_key;
  std::string_view link_key;  // empty when the API gives no link
};
const Dialect stable_api = {"dag_run_id", ""};
const Dialect experimental_api = {"run_id", "dag_run_url"};

const std::vector<std::string_view> stable_list_marks = {
    "dag_runs", "total_entries", "dag_runs.0.dag_id", "dag_runs.0.dag_run_id"};
const std::vector<std::string_view> stable_run_marks = {"dag_id", "dag_run_id", "run_type",
                                                        "logical_date"};
const std::vector<std::string_view> experimental_run_marks = {"dag_id", "run_id", "execution_date",
                                                              "dag_run_url"};

// The run type the experimental API leaves out: Airflow names runs
// "<type>__<logical date>".
std::string run_type_from_id(std::string_view run_id) {
  for (std::string_view type : {"backfill", "scheduled", "manual", "dataset_triggered"}) {
    if (run_id.size() > type.size() + 2 && run_id.substr(0, type.size()) == type &&
        run_id.substr(type.size(), 2) == "__") {
      return std::string(type);
    }
  }
  return {};
}

// "failed", "succeeded", "running", ...: how the title reports a state.
std::string state_phrase(const std::string& state) {
  if (state == "success") return "succeeded";
  if (state == "running") return "still running";
  if (state.empty()) return "in an unknown state";
  return state;
}

void add_label(Event& event, std::string_view key, const std::string& value) {
  if (!value.empty()) event.labels.emplace_back(std::string(key), value);
}

void read_run(const RawNode& run, const Dialect& dialect, std::string_view adapter_name,
              const Zone* local_zone, std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!run.is_map()) {
    diagnostics.error(
        run.pos, fmt::format("an Airflow DAG run must be a map, found {}", describe(run.type)));
    return;
  }
  const std::string dag_id = text_at(run, "dag_id");
  const std::string run_id = text_at(run, dialect.run_id_key);
  bool complete = true;
  for (const auto& [key, value] :
       {std::pair{std::string_view("dag_id"), &dag_id}, std::pair{dialect.run_id_key, &run_id}}) {
    if (value->empty()) {
      const RawNode* found = run.find(key);
      diagnostics.error(found ? found->pos : run.pos,
                        fmt::format("Airflow DAG run has no `{}`", key));
      complete = false;
    }
  }
  if (!complete) return;

  const std::string state = ascii_lowercase(text_at(run, "state"));
  const RawNode* start_node = at(run, "start_date");
  if (state == "queued" && (!start_node || start_node->is_null())) {
    // A queued run has not started: it did nothing yet, so it is no event,
    // but leaving it out must not be silent.
    diagnostics.warning(run.pos, fmt::format("Airflow run {} of {} is queued and has not started; "
                                             "it is left out of the timeline",
                                             run_id, dag_id));
    return;
  }
  const auto start = adapter_support::time_at(run, "start_date", TimeEncoding::rfc3339,
                                              "Airflow DAG run", true, local_zone, diagnostics);
  const auto end = adapter_support::time_at(run, "end_date", TimeEncoding::rfc3339,
                                            "Airflow DAG run", false, local_zone, diagnostics);
  if (!start) return;
  if (end && *end < *start) {
    diagnostics.error(at(run, "end_date")->pos, "`end_date` is before `start_date`");
    return;
  }

  std::string run_type = ascii_lowercase(text_at(run, "run_type"));
  if (run_type.empty()) run_type = run_type_from_id(run_id);

  Event event = adapter_support::event_from(run, adapter_name);
  event.time = *start;
  event.end = end;
  event.kind = Kind::backfill;
  event.title = fmt::format("Airflow {} run of {} {}", run_type.empty() ? "DAG" : run_type, dag_id,
                            state_phrase(state));
  event.service = dag_id;
  event.source = "airflow";
  event.id = fmt::format("airflow/{}/{}", dag_id, run_id);
  if (!dialect.link_key.empty()) event.link = text_at(run, dialect.link_key);
  add_label(event, "run_id", run_id);
  add_label(event, "run_type", run_type);
  add_label(event, "state", state);
  // Airflow 2.2+ writes the logical date twice, as `logical_date` and the
  // older `execution_date`; one label is enough.
  const bool has_logical_date = !text_at(run, "logical_date").empty();
  for (std::string_view key : {"logical_date", "execution_date", "data_interval_start",
                               "data_interval_end", "external_trigger", "note"}) {
    if (key == "execution_date" && has_logical_date) continue;
    add_label(event, key, text_at(run, key));
  }
  events.push_back(std::move(event));
}

}  // namespace

Match match(const RawNode& document) {
  Match result;
  if (document.is_map() && document.find("dag_runs")) {
    result.evidence = adapter_support::count_present(document, stable_list_marks);
    result.recognised = document.find("dag_runs")->is_sequence() &&
                        (document.find("total_entries") || result.evidence >= 3);
  } else if (document.is_map()) {
    result.evidence = adapter_support::count_present(document, stable_run_marks);
    result.recognised = adapter_support::has_all(document, {"dag_id", "dag_run_id", "state"});
  } else if (document.is_sequence() && !document.items.empty()) {
    result.evidence =
        adapter_support::count_present(document.items.front(), experimental_run_marks);
    result.recognised =
        adapter_support::has_all(document.items.front(), {"dag_id", "run_id", "execution_date"});
  }
  return result;
}

void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics) {
  if (document.is_sequence()) {
    for (const RawNode& run : document.items) {
      read_run(run, experimental_api, adapter_name, local_zone, events, diagnostics);
    }
    return;
  }
  const RawNode* runs = document.find("dag_runs");
  if (!runs) {
    read_run(document, stable_api, adapter_name, local_zone, events, diagnostics);
    return;
  }
  if (!runs->is_sequence()) {
    diagnostics.error(runs->pos,
                      fmt::format("`dag_runs` must be a list, found {}", describe(runs->type)));
    return;
  }
  for (const RawNode& run : runs->items) {
    read_run(run, stable_api, adapter_name, local_zone, events, diagnostics);
  }
}

}  // namespace hindsight::airflow
