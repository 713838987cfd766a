// GitHub deployments: the `deployment` and `deployment_status` webhook
// payloads and the REST list `GET /repos/{owner}/{repo}/deployments`
// (docs/sources/github-deployments.md).
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& github_deployments_adapter();

}  // namespace hindsight
