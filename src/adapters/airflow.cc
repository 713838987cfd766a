// The Airflow adapter: recognises DAG run exports and hands them to the
// reader (airflow_runs.h), which turns each run into a `backfill` interval.
#include "adapters/airflow.h"

#include "adapters/airflow_runs.h"

namespace hindsight {
namespace {

class AirflowAdapter : public Adapter {
 public:
  std::string_view name() const override { return "airflow"; }
  std::string_view description() const override {
    return "Airflow DAG runs from the stable REST API (dagRuns) or the experimental API "
           "(dag_runs)";
  }
  std::string_view example() const override {
    return "curl -s -u USER:PASS 'https://airflow.example.com/api/v1/dags/DAG_ID/dagRuns?"
           "limit=100'";
  }

  Recognition recognize(const RawNode& document) const override {
    const airflow::Match match = airflow::match(document);
    Recognition result;
    result.recognised = match.recognised;
    result.evidence = match.evidence;
    if (!result.recognised) result.missing = std::string(airflow::missing_marks);
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    airflow::read(document, name(), context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& airflow_adapter() {
  static const AirflowAdapter adapter;
  return adapter;
}

}  // namespace hindsight
