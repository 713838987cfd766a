// The github-deployments adapter: its name, description and example, and
// the hand-off to github_deployments_read.cc.
#include "adapters/github_deployments.h"

#include "adapters/github_deployments_read.h"

namespace hindsight {
namespace {

class GithubDeployments : public Adapter {
 public:
  std::string_view name() const override { return "github-deployments"; }

  std::string_view description() const override {
    return "GitHub `deployment`/`deployment_status` webhooks and the REST deployments list";
  }

  std::string_view example() const override {
    return "gh api '/repos/OWNER/REPO/deployments?per_page=100' > deployments.json";
  }

  Recognition recognize(const RawNode& document) const override {
    const github_deployments_detail::Shape shape =
        github_deployments_detail::recognize_shape(document);
    Recognition result;
    result.recognised = shape.recognised;
    result.evidence = shape.evidence;
    if (!result.recognised) {
      result.missing =
          "no `deployment` or `deployment_status` with `sha`, `ref`, `environment`, "
          "`statuses_url` and `created_at`";
    }
    return result;
  }

  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override {
    github_deployments_detail::convert_document(document, context.local_zone, events, diagnostics);
  }
};

}  // namespace

const Adapter& github_deployments_adapter() {
  static const GithubDeployments adapter;
  return adapter;
}

}  // namespace hindsight
