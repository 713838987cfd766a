// The argocd adapter: its name, description and example, and the hand-off
// to argocd_application.cc, which reads Applications and lists of them.
#include "adapters/argocd.h"

#include "adapters/argocd_application.h"

namespace hindsight {
namespace {

class ArgoCd : public Adapter {
 public:
  std::string_view name() const override { return "argocd"; }

  std::string_view description() const override {
    return "Argo CD `Application` resources: `status.history` deploys, rollbacks and the "
           "current operation";
  }

  std::string_view example() const override {
    return "kubectl get applications -n argocd -o yaml > argocd-apps.yaml";
  }

  Recognition recognize(const RawNode& document) const override {
    const argocd_detail::Shape shape = argocd_detail::recognize_shape(document);
    Recognition result;
    result.recognised = shape.recognised;
    result.evidence = shape.evidence;
    if (!result.recognised) {
      result.missing = "not an `argoproj.io` `Application` or a `List` of them";
    }
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    argocd_detail::convert_document(document, context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& argocd_adapter() {
  static const ArgoCd adapter;
  return adapter;
}

}  // namespace hindsight
