// Telling bots and services from people (see is_automation in anonymize.h).
//
// The rule errs towards treating an actor as a person: a person left named
// would break the promise of --anonymize, while a bot renamed "Responder C"
// only reads a little oddly.
#include <algorithm>
#include <array>
#include <string_view>

#include "core/ascii.h"
#include "hindsight/anonymize.h"

namespace hindsight {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Tools whose own name shows up as the actor of what they did.
constexpr std::array<std::string_view, 18> kKnownAutomation = {
    "system",     "automation", "scheduler", "cron",      "argocd",       "argo-cd",
    "flux",       "airflow",    "kubernetes", "alertmanager", "pagerduty", "opsgenie",
    "grafana",    "datadog",    "github-actions", "jenkins",   "gitlab-ci",   "renovate"};

bool named_like_automation(const std::string& name) {
  if (std::find(kKnownAutomation.begin(), kKnownAutomation.end(), name) != kKnownAutomation.end()) {
    return true;
  }
  for (std::string_view suffix : {"[bot]", "-bot", "_bot", ".bot", " bot", "-ci", "-automation"}) {
    if (ends_with(name, suffix)) return true;
  }
  return name == "bot" || name.rfind("bot-", 0) == 0 || name.rfind("system:", 0) == 0 ||
         name.rfind("serviceaccount:", 0) == 0;
}

bool role_of_automation(const std::string& role) {
  return role == "bot" || role == "service" || contains(role, "automation") ||
         contains(role, "service account") || role == "system";
}

}  // namespace

bool is_automation(const Actor& actor, const Event& event) {
  const std::string name = ascii_lowercase(actor.name);
  if (name.empty()) return true;  // nobody to protect
  if (named_like_automation(name) || role_of_automation(ascii_lowercase(actor.role))) return true;
  return name == ascii_lowercase(event.service) || name == ascii_lowercase(event.source) ||
         name == ascii_lowercase(event.adapter);
}

}  // namespace hindsight
