// The Kubernetes Jobs adapter: recognition and registration. What a Job
// becomes is kubernetes_jobs_reader's business.
#include "adapters/kubernetes_jobs.h"

#include "adapters/kubernetes_jobs_reader.h"
#include "adapters/kubernetes_objects.h"

namespace hindsight {
namespace {

class KubernetesJobs : public Adapter {
 public:
  std::string_view name() const override { return "kubernetes-jobs"; }
  std::string_view description() const override {
    return "Kubernetes batch/v1 Jobs, CronJob runs included, as backfill runs";
  }
  std::string_view example() const override {
    return "kubectl get jobs --namespace graph-sync -o yaml > k8s-jobs.yaml";
  }

  Recognition recognize(const RawNode& document) const override {
    const auto match = kubernetes::recognize_objects(document, kubernetes::job_kind);
    return {match.recognised, match.evidence, match.missing};
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    kubernetes::for_each_object(
        document, kubernetes::job_kind, diagnostics, [&](const RawNode& node) {
          auto event = kubernetes::read_job(node, name(), context.local_zone, diagnostics);
          if (event) events.push_back(std::move(*event));
        });
  }
};

}  // namespace

const Adapter& kubernetes_jobs_adapter() {
  static const KubernetesJobs adapter;
  return adapter;
}

}  // namespace hindsight
