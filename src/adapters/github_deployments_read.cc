// Reading GitHub deployment objects and statuses into events; the
// mapping is described in github_deployments_read.h.
#include "adapters/github_deployments_read.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::github_deployments_detail {
namespace {

using adapter_support::at;
using adapter_support::text_at;

// Fields only a GitHub deployment object has all of.
const std::vector<std::string_view> deployment_marks = {"sha", "ref", "environment", "statuses_url",
                                                        "created_at"};

// The repository a deployment belongs to, as far as the payload says.
struct Repository {
  std::string full_name;  // "octo-org/graph-sync"
  std::string name;       // "graph-sync"
};

Repository repository_from_full_name(std::string full_name) {
  Repository repository;
  const std::size_t slash = full_name.rfind('/');
  repository.name = slash == std::string::npos ? full_name : full_name.substr(slash + 1);
  repository.full_name = std::move(full_name);
  return repository;
}

// The REST list has no repository object, only the API URL of one:
// "https://api.github.com/repos/octo-org/graph-sync".
Repository repository_from_api_url(const std::string& url) {
  const std::size_t repos = url.find("/repos/");
  if (repos == std::string::npos) return {};
  return repository_from_full_name(url.substr(repos + 7));
}

bool is_deployment(const RawNode& node) { return adapter_support::has_all(node, deployment_marks); }

// The text of a required scalar; an error naming `what` when it is
// missing, null or not a single value.
std::optional<std::string> required_text(const RawNode& node, std::string_view key,
                                         std::string_view what, Diagnostics& diagnostics) {
  const RawNode* found = at(node, key);
  if (!found || found->is_null() || (found->is_scalar() && found->scalar.empty())) {
    diagnostics.error(found ? found->pos : node.pos, fmt::format("{} has no `{}`", what, key));
    return std::nullopt;
  }
  if (!found->is_scalar()) {
    diagnostics.error(found->pos, fmt::format("`{}` must be a single value, found {}", key,
                                              describe(found->type)));
    return std::nullopt;
  }
  return found->scalar;
}

// "Deploy main (4f2a9c1) to production": what was deployed where.
std::string deploy_phrase(const RawNode& deployment, std::string_view environment) {
  const std::string sha = text_at(deployment, "sha");
  const std::string short_sha = sha.substr(0, 7);
  const std::string ref = text_at(deployment, "ref");
  std::string phrase = ref.empty() || ref == sha ? fmt::format("Deploy {}", short_sha)
                                                 : fmt::format("Deploy {} ({})", ref, short_sha);
  if (!environment.empty()) phrase += fmt::format(" to {}", environment);
  return phrase;
}

void add_label(Event& event, std::string key, std::string value) {
  if (!value.empty()) event.labels.emplace_back(std::move(key), std::move(value));
}

void add_actor(Event& event, const RawNode& creator_owner) {
  const std::string login = text_at(creator_owner, "creator.login");
  if (!login.empty()) event.actor = Actor{login, ""};
}

std::string deployment_id_text(const Repository& repository, const std::string& id) {
  return repository.full_name.empty()
             ? fmt::format("github/deployments/{}", id)
             : fmt::format("github/{}/deployments/{}", repository.full_name, id);
}

void convert_deployment(const RawNode& deployment, const Repository& repository,
                        const Zone* local_zone, std::vector<Event>& events,
                        Diagnostics& diagnostics) {
  constexpr std::string_view what = "GitHub deployment";
  const auto id = required_text(deployment, "id", what, diagnostics);
  const auto sha = required_text(deployment, "sha", what, diagnostics);
  const auto time =
      adapter_support::time_at(deployment, "created_at", adapter_support::TimeEncoding::rfc3339,
                               what, true, local_zone, diagnostics);
  if (!id || !sha || !time) return;

  const std::string environment = text_at(deployment, "environment");
  Event event = adapter_support::event_from(deployment, "github-deployments");
  event.time = *time;
  event.kind = Kind::deploy;
  event.title = deploy_phrase(deployment, environment);
  if (const std::string description = text_at(deployment, "description"); !description.empty()) {
    event.title += ": " + description;
  }
  event.service = repository.name.empty() ? environment : repository.name;
  event.source = "github";
  event.id = deployment_id_text(repository, *id);
  event.link = text_at(deployment, "url");
  add_actor(event, deployment);
  add_label(event, "repository", repository.full_name);
  add_label(event, "environment", environment);
  add_label(event, "ref", text_at(deployment, "ref"));
  add_label(event, "sha", *sha);
  add_label(event, "task", text_at(deployment, "task"));
  add_label(event, "deployment_id", *id);
  add_label(event, "production_environment", text_at(deployment, "production_environment"));
  events.push_back(std::move(event));
}

// How a status reads after "Deploy main (4f2a9c1) to production".
struct StatusMeaning {
  Kind kind;
  std::string verb;
};

StatusMeaning status_meaning(const std::string& state) {
  if (state == "success") return {Kind::deploy, "succeeded"};
  if (state == "failure") return {Kind::note, "failed"};
  if (state == "error") return {Kind::note, "failed with an error"};
  if (state == "pending") return {Kind::note, "is pending"};
  if (state == "queued") return {Kind::note, "is queued"};
  if (state == "in_progress") return {Kind::note, "is in progress"};
  if (state == "inactive") return {Kind::note, "is inactive (superseded by a later deploy)"};
  return {Kind::note, fmt::format("has status \"{}\"", state)};
}

void convert_status(const RawNode& payload, const Zone* local_zone, std::vector<Event>& events,
                    Diagnostics& diagnostics) {
  constexpr std::string_view what = "GitHub deployment status";
  const RawNode& status = *payload.find("deployment_status");
  const RawNode* deployment = payload.find("deployment");
  if (!deployment || !deployment->is_map()) {
    diagnostics.error(deployment ? deployment->pos : payload.pos,
                      "GitHub deployment status payload has no `deployment` map");
    return;
  }
  const auto status_id = required_text(status, "id", what, diagnostics);
  const auto state = required_text(status, "state", what, diagnostics);
  const auto time =
      adapter_support::time_at(status, "created_at", adapter_support::TimeEncoding::rfc3339, what,
                               true, local_zone, diagnostics);
  const auto deployment_id = required_text(*deployment, "id", "GitHub deployment", diagnostics);
  if (!status_id || !state || !time || !deployment_id) return;

  const Repository repository = repository_from_full_name(text_at(payload, "repository.full_name"));
  std::string environment = text_at(status, "environment");
  if (environment.empty()) environment = text_at(*deployment, "environment");
  const StatusMeaning meaning = status_meaning(ascii_lowercase(*state));

  Event event = adapter_support::event_from(status, "github-deployments");
  event.time = *time;
  event.kind = meaning.kind;
  event.title = deploy_phrase(*deployment, environment) + " " + meaning.verb;
  if (const std::string description = text_at(status, "description"); !description.empty()) {
    event.title += ": " + description;
  }
  event.service = repository.name.empty() ? environment : repository.name;
  event.source = "github";
  event.id =
      fmt::format("{}/statuses/{}", deployment_id_text(repository, *deployment_id), *status_id);
  for (std::string_view key : {"log_url", "target_url", "environment_url"}) {
    if (event.link.empty()) event.link = text_at(status, key);
  }
  add_actor(event, status);
  add_label(event, "repository", repository.full_name);
  add_label(event, "environment", environment);
  add_label(event, "ref", text_at(*deployment, "ref"));
  add_label(event, "sha", text_at(*deployment, "sha"));
  add_label(event, "state", *state);
  add_label(event, "deployment_id", *deployment_id);
  add_label(event, "status_id", *status_id);
  events.push_back(std::move(event));
}

}  // namespace

Shape recognize_shape(const RawNode& document) {
  Shape shape;
  if (document.is_map() && document.find("deployment_status")) {
    shape.evidence = 1 + adapter_support::count_present(
                             document, {"deployment_status.state", "deployment_status.created_at",
                                        "deployment.sha", "repository"});
    shape.recognised = shape.evidence == 5;
  } else if (document.is_map() && document.find("deployment")) {
    const RawNode& deployment = *document.find("deployment");
    shape.evidence = 1 + adapter_support::count_present(deployment, deployment_marks) +
                     (document.find("repository") ? 1 : 0);
    shape.recognised = is_deployment(deployment) && document.find("repository");
  } else if (document.is_map()) {
    shape.evidence = adapter_support::count_present(document, deployment_marks);
    shape.recognised = is_deployment(document);
  } else if (document.is_sequence() && !document.items.empty()) {
    shape.evidence = adapter_support::count_present(document.items.front(), deployment_marks);
    shape.recognised = is_deployment(document.items.front());
  }
  return shape;
}

void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics) {
  if (document.is_sequence()) {
    for (const RawNode& item : document.items) {
      if (!item.is_map()) {
        diagnostics.error(item.pos, fmt::format("expected a GitHub deployment (a map), found {}",
                                                describe(item.type)));
        continue;
      }
      convert_deployment(item, repository_from_api_url(text_at(item, "repository_url")), local_zone,
                         events, diagnostics);
    }
  } else if (document.find("deployment_status")) {
    convert_status(document, local_zone, events, diagnostics);
  } else if (const RawNode* deployment = document.find("deployment")) {
    convert_deployment(*deployment,
                       repository_from_full_name(text_at(document, "repository.full_name")),
                       local_zone, events, diagnostics);
  } else {
    convert_deployment(document, repository_from_api_url(text_at(document, "repository_url")),
                       local_zone, events, diagnostics);
  }
}

}  // namespace hindsight::github_deployments_detail
