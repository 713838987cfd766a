// The Kubernetes Events adapter: recognition and registration. What an
// Event becomes is kubernetes_events_reader's business.
#include "adapters/kubernetes_events.h"

#include "adapters/kubernetes_events_reader.h"
#include "adapters/kubernetes_objects.h"

namespace hindsight {
namespace {

class KubernetesEvents : public Adapter {
 public:
  std::string_view name() const override { return "kubernetes-events"; }
  std::string_view description() const override {
    return "Kubernetes Events (core v1 and events.k8s.io/v1): lists, single Events, streams";
  }
  std::string_view example() const override {
    return "kubectl get events --namespace graph-sync -o yaml > k8s-events.yaml";
  }

  Recognition recognize(const RawNode& document) const override {
    const auto match = kubernetes::recognize_objects(document, kubernetes::event_kind);
    return {match.recognised, match.evidence, match.missing};
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    kubernetes::for_each_object(
        document, kubernetes::event_kind, diagnostics, [&](const RawNode& node) {
          auto event = kubernetes::read_event(node, name(), context.local_zone, diagnostics);
          if (event) events.push_back(std::move(*event));
        });
  }
};

}  // namespace

const Adapter& kubernetes_events_adapter() {
  static const KubernetesEvents adapter;
  return adapter;
}

}  // namespace hindsight
