// The list of built-in formats, in detection order. Add a new adapter here.
#include <algorithm>

#include "adapters/airflow.h"
#include "adapters/alertmanager.h"
#include "adapters/argocd.h"
#include "adapters/datadog_events.h"
#include "adapters/flux.h"
#include "adapters/github_deployments.h"
#include "adapters/grafana_annotations.h"
#include "adapters/kubernetes_events.h"
#include "adapters/kubernetes_jobs.h"
#include "adapters/opsgenie.h"
#include "adapters/pagerduty.h"
#include "hindsight/adapter.h"
#include "normalize/native_format.h"

namespace hindsight {

const std::vector<const Adapter*>& adapters() {
  static const std::vector<const Adapter*> list = {
      &normalize_detail::native_format(),
      &alertmanager_adapter(),
      &pagerduty_adapter(),
      &kubernetes_events_adapter(),
      &kubernetes_jobs_adapter(),
      &github_deployments_adapter(),
      &argocd_adapter(),
      &flux_adapter(),
      &airflow_adapter(),
      &opsgenie_adapter(),
      &grafana_annotations_adapter(),
      &datadog_events_adapter(),
  };
  return list;
}

const Adapter* find_adapter(std::string_view name) {
  const auto& list = adapters();
  const auto found = std::find_if(list.begin(), list.end(),
                                  [&](const Adapter* adapter) { return adapter->name() == name; });
  return found == list.end() ? nullptr : *found;
}

FormatSet::FormatSet() : formats_(adapters()) {}

FormatSet::FormatSet(const std::vector<const Adapter*>& mappings) {
  const auto& built_in = adapters();
  formats_.push_back(built_in.front());  // native
  formats_.insert(formats_.end(), mappings.begin(), mappings.end());
  formats_.insert(formats_.end(), built_in.begin() + 1, built_in.end());
}

const Adapter* FormatSet::find(std::string_view name) const {
  const auto found = std::find_if(formats_.begin(), formats_.end(),
                                  [&](const Adapter* adapter) { return adapter->name() == name; });
  return found == formats_.end() ? nullptr : *found;
}

}  // namespace hindsight
