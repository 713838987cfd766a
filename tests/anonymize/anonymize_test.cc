// --anonymize: who counts as a person, what each becomes, and every place
// a name is replaced.
#include <catch2/catch.hpp>

#include "hindsight/anonymize.h"

namespace hindsight {
namespace {

Event event_by(std::string title, std::string actor = {}, std::string role = {}) {
  Event event;
  event.title = std::move(title);
  if (!actor.empty()) event.actor = Actor{std::move(actor), std::move(role)};
  return event;
}

TEST_CASE("anonymize: bots and services are not people", "[anonymize]") {
  const Event plain;
  for (const char* name : {"deploy-bot", "dependabot[bot]", "ci_bot", "github-actions", "ArgoCD",
                           "system:serviceaccount:ci:deployer", "bot", "bot-42", "release-ci"}) {
    INFO(name);
    CHECK(is_automation(Actor{name, {}}, plain));
  }
  CHECK(is_automation(Actor{"nightly", "automation"}, plain));
  CHECK(is_automation(Actor{"svc-sync", "service account"}, plain));
  Event from_argo;
  from_argo.source = "argo-prod";
  CHECK(is_automation(Actor{"argo-prod", {}}, from_argo));
  for (const char* name : {"Aino Laine", "mira", "robot-arm-lover", "Abbott", "aino.laine"}) {
    INFO(name);
    CHECK_FALSE(is_automation(Actor{name, {}}, plain));
  }
  CHECK_FALSE(is_automation(Actor{"arto", "data engineer"}, plain));
}

TEST_CASE("anonymize: roles, or Responder A, B, ... in order of first appearance", "[anonymize]") {
  Incident incident;
  std::vector<Event> timeline = {
      event_by("paged", "Mikko Nieminen"),
      event_by("deployed", "deploy-bot"),
      event_by("acked", "Aino Laine", "checkout on-call"),
      event_by("noted", "sanna"),
      event_by("again", "Mikko Nieminen", "payments DBA"),
      event_by("ic", "Liisa", "SRE"),
      event_by("ic2", "Pekka", "SRE"),
  };
  const std::vector<Replacement> replacements = anonymize(incident, timeline);
  REQUIRE(replacements.size() == 5);
  CHECK(replacements[0].name == "Mikko Nieminen");
  CHECK(replacements[0].alias == "payments DBA");  // a role given later still counts
  CHECK(replacements[1].alias == "checkout on-call");
  CHECK(replacements[2].name == "sanna");
  CHECK(replacements[2].alias == "Responder A");
  CHECK(replacements[3].alias == "SRE A");
  CHECK(replacements[4].alias == "SRE B");
  CHECK(timeline[0].actor->name == "payments DBA");
  CHECK(timeline[0].actor->role.empty());
  CHECK(timeline[1].actor->name == "deploy-bot");
  CHECK(timeline[3].actor->name == "Responder A");
}

TEST_CASE("anonymize: names in titles, labels and the header are replaced", "[anonymize]") {
  Incident incident;
  incident.title = Sourced<std::string>{"Checkout down; Aino Laine as IC", {}};
  incident.summary = Sourced<std::string>{"AINO LAINE paged Mikko. Later Aino rolled back.", {}};
  std::vector<Event> timeline = {
      event_by("Acknowledged by Aino Laine", "Aino Laine", "checkout on-call"),
      event_by("Notified Mikko Nieminen by phone", "Mikko Nieminen"),
  };
  timeline[1].labels = {{"assignee", "Mikko Nieminen"}, {"team", "payments"}};
  anonymize(incident, timeline);
  CHECK(incident.title->value == "Checkout down; checkout on-call as IC");
  CHECK(incident.summary->value ==
        "checkout on-call paged Responder A. Later checkout on-call rolled back.");
  CHECK(timeline[0].title == "Acknowledged by checkout on-call");
  CHECK(timeline[1].title == "Notified Responder A by phone");
  CHECK(timeline[1].labels ==
        std::vector<Label>{{"assignee", "Responder A"}, {"team", "payments"}});
}

TEST_CASE("anonymize: whole words only, first names only as written", "[anonymize]") {
  Incident incident;
  std::vector<Event> timeline = {
      event_by("Will Smith restarted it; we will see; Ainolle; Aino's fix; aino; Ain", "Will Smith"),
      event_by("x", "Aino Laine"),
      event_by("Mark Twain and Mark Hamill", "Mark Twain"),
      event_by("y", "Mark Hamill"),
  };
  anonymize(incident, timeline);
  // "Will" alone is a first name only capitalised; "will" stays a word.
  CHECK(timeline[0].title ==
        "Responder A restarted it; we will see; Ainolle; Responder B's fix; aino; Ain");
  // Two people named Mark: the first name alone is nobody's.
  CHECK(timeline[2].title == "Responder C and Responder D");
}

TEST_CASE("anonymize: nobody to anonymize changes nothing", "[anonymize]") {
  Incident incident;
  incident.title = Sourced<std::string>{"Deploy bot broke it", {}};
  std::vector<Event> timeline = {event_by("deployed", "deploy-bot"), event_by("alert")};
  CHECK(anonymize(incident, timeline).empty());
  CHECK(timeline[0].actor->name == "deploy-bot");
  CHECK(incident.title->value == "Deploy bot broke it");
}

}  // namespace
}  // namespace hindsight
