// Anonymize: people's names out of everything hindsight writes.
//
// A postmortem is about the system, and some teams share it beyond the
// people who were there. With --anonymize, every person who appears as an
// event's actor is replaced by their role, or by a stable pseudonym
// ("Responder A", "Responder B", ... in order of first appearance) when no
// role is given, in the actor fields and wherever their name appears in
// titles, labels and the incident's title and summary. Bots and services
// keep their names. The mapping from names to replacements is returned for
// the author alone; nothing that renders the incident sees it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "hindsight/event.h"
#include "hindsight/incident.h"

namespace hindsight {

struct Replacement {
  std::string name;   // as it appeared as an actor
  std::string alias;  // what it became
};

// Whether an actor is a bot or a service rather than a person: a role such
// as "bot", "automation" or "service account", a name like "deploy-bot",
// "dependabot[bot]" or "system:serviceaccount:...", a well-known automation
// ("github-actions", "argocd", "jenkins", ...), or the name of a service
// or source in the incident.
bool is_automation(const Actor& actor, const Event& event);

// Replaces people's names in `incident` and `timeline` (in place) and
// returns who became whom, in order of first appearance in the timeline.
std::vector<Replacement> anonymize(Incident& incident, std::vector<Event>& timeline);

}  // namespace hindsight
