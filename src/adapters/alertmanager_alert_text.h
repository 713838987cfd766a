// What an Alertmanager alert says about itself in words: its severity, a
// title a person can read in a timeline, and the service it concerns.
#pragma once

#include <string>

#include "hindsight/raw_node.h"

namespace hindsight::alertmanager_detail {

// `severity` from the alert's labels, else from the payload's common labels
// (`common_labels` may be null), lowercased so that "Critical" and
// "critical" are one severity; empty when neither has one.
std::string alert_severity(const RawNode& labels, const RawNode* common_labels);

// "[critical] GraphApiThrottled: 97% of Graph API calls answered 429": the
// severity, the `alertname` label and the first line of the `summary`
// annotation (else of `description`). Parts that are missing are left
// out; an alert with neither name nor text is titled by its label set.
// `annotations` may be null.
std::string alert_title(const RawNode& labels, const RawNode* annotations,
                        const std::string& severity);

// The `service` label, else `job`, else `namespace`; empty when none is set.
std::string alert_service(const RawNode& labels);

}  // namespace hindsight::alertmanager_detail
