// Reading Flux notification events into events; the mapping is described
// in flux_events.h.
#include "adapters/flux_events.h"

#include <map>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::flux_detail {
namespace {

using adapter_support::at;
using adapter_support::text_at;

// The keys a Flux event must have; a Kubernetes Event has `involvedObject`
// too, but none of the others.
const std::vector<std::string_view> required_marks = {"involvedObject.kind", "severity",
                                                      "timestamp", "reportingController"};
const std::vector<std::string_view> all_marks = {"involvedObject.kind", "severity", "timestamp",
                                                 "reportingController", "reason",   "message"};

bool is_flux_event(const RawNode& node) { return adapter_support::has_all(node, required_marks); }

bool is_revision_key(const std::string& key) {
  constexpr std::string_view suffix = "/revision";
  return key == "revision" || (key.size() > suffix.size() &&
                               key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0);
}

// The revision the event is about: `metadata.revision`, or the
// controller-prefixed key older Flux versions send
// (`kustomize.toolkit.fluxcd.io/revision`). Keys hold dots, so the map is
// walked rather than addressed with a dotted path.
std::string revision_of(const RawNode& event) {
  const RawNode* metadata = event.find("metadata");
  if (!metadata || !metadata->is_map()) return {};
  for (const auto& [key, value] : metadata->entries) {
    if (!key.is_scalar() || !value.is_scalar()) continue;
    if (is_revision_key(key.scalar)) return value.scalar;
  }
  return {};
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "main@sha1:802723078affd3eb2a3898630261ab3ca5d6dd40" -> "main@sha1:8027230":
// a long hash at the end is cut to seven digits, as `git log --oneline` does.
std::string short_revision(const std::string& revision) {
  std::size_t start = revision.size();
  while (start > 0 && is_hex_digit(revision[start - 1])) --start;
  const bool after_separator =
      start == 0 || revision[start - 1] == ':' || revision[start - 1] == '/';
  if (revision.size() - start < 12 || !after_separator) return revision;
  return revision.substr(0, start + 7);
}

// A message on one line: Flux lists applied objects one per line.
std::string one_line(const std::string& message) {
  std::string out;
  std::size_t begin = 0;
  while (begin <= message.size()) {
    std::size_t end = message.find('\n', begin);
    if (end == std::string::npos) end = message.size();
    const std::string line = message.substr(begin, end - begin);
    if (!line.empty()) out += (out.empty() ? "" : "; ") + line;
    begin = end + 1;
  }
  return out;
}

// Whether a Kustomization message is a change set: lines such as
// "Deployment/apps/webapp configured", which Flux sends when it applied
// changes.
bool is_change_set(const std::string& message) {
  bool any = false;
  std::size_t begin = 0;
  while (begin < message.size()) {
    std::size_t end = message.find('\n', begin);
    if (end == std::string::npos) end = message.size();
    const std::string line = message.substr(begin, end - begin);
    begin = end + 1;
    if (line.empty()) continue;
    const std::size_t space = line.rfind(' ');
    if (space == std::string::npos || line.find('/') > space) return false;
    const std::string action = line.substr(space + 1);
    if (action != "created" && action != "configured" && action != "deleted") return false;
    any = true;
  }
  return any;
}

bool is_success_reason(const std::string& reason) {
  return reason == "ReconciliationSucceeded" || reason == "InstallSucceeded" ||
         reason == "UpgradeSucceeded";
}

void add_label(Event& event, std::string key, std::string value) {
  if (!value.empty()) event.labels.emplace_back(std::move(key), std::move(value));
}

// Revisions already deployed per object ("Kustomization/apps/webapp"),
// within one document.
using DeployedRevisions = std::map<std::string, std::string>;

void convert_event(const RawNode& node, const Zone* local_zone, DeployedRevisions& deployed,
                   std::vector<Event>& events, Diagnostics& diagnostics) {
  constexpr std::string_view what = "Flux event";
  const std::string object_kind = text_at(node, "involvedObject.kind");
  const std::string name = text_at(node, "involvedObject.name");
  const std::string severity = ascii_lowercase(text_at(node, "severity"));
  bool ok = true;
  for (const auto& [value, key] :
       {std::pair{&object_kind, "involvedObject.kind"}, std::pair{&name, "involvedObject.name"},
        std::pair{&severity, "severity"}}) {
    if (value->empty()) {
      diagnostics.error(node.pos, fmt::format("{} has no `{}`", what, key));
      ok = false;
    }
  }
  if (!severity.empty() && severity != "info" && severity != "error" && severity != "trace") {
    diagnostics.error(at(node, "severity")->pos,
                      fmt::format("unknown Flux severity \"{}\"", text_at(node, "severity")),
                      "Flux events have severity `info`, `error` or `trace`");
    ok = false;
  }
  const auto time =
      adapter_support::time_at(node, "timestamp", adapter_support::TimeEncoding::rfc3339, what,
                               true, local_zone, diagnostics);
  if (!ok || !time) return;

  const std::string ns = text_at(node, "involvedObject.namespace");
  const std::string object = ns.empty() ? name : ns + "/" + name;
  const std::string reason = text_at(node, "reason");
  const std::string message = text_at(node, "message");
  const std::string revision = revision_of(node);
  const std::string key = object_kind + "/" + object;
  const bool deployable = object_kind == "Kustomization" || object_kind == "HelmRelease";

  Event event = adapter_support::event_from(node, "flux");
  event.time = *time;
  const std::string reason_part = reason.empty() ? "" : " " + reason;
  std::string head;
  if (severity == "error") {
    event.kind = Kind::alert;
    head = fmt::format("{} {}{}", object_kind, object, reason_part);
  } else if (object_kind == "HelmRelease" && reason == "RollbackSucceeded") {
    event.kind = Kind::rollback;
    head = fmt::format("{} {} rolled back", object_kind, object);
  } else if (deployable && !revision.empty() &&
             (is_success_reason(reason) ||
              (object_kind == "Kustomization" && is_change_set(message)))) {
    const auto seen = deployed.find(key);
    if (seen != deployed.end() && seen->second == revision) {
      event.kind = Kind::note;
      head = fmt::format("{} {}{} (revision {} already deployed)", object_kind, object, reason_part,
                         short_revision(revision));
    } else {
      event.kind = Kind::deploy;
      head = fmt::format("{} {} deployed {}", object_kind, object, short_revision(revision));
      deployed[key] = revision;
    }
  } else {
    event.kind = Kind::note;
    head = fmt::format("{} {}{}", object_kind, object, reason_part);
  }
  const std::string told = one_line(message);
  event.title = told.empty() ? head : head + ": " + told;
  event.service = name;
  event.source = "flux";
  add_label(event, "object_kind", object_kind);
  add_label(event, "namespace", ns);
  add_label(event, "name", name);
  add_label(event, "reason", reason);
  add_label(event, "severity", severity);
  add_label(event, "revision", revision);
  add_label(event, "controller", text_at(node, "reportingController"));
  if (const RawNode* metadata = node.find("metadata"); metadata && metadata->is_map()) {
    for (const auto& [meta_key, value] : metadata->entries) {
      if (!meta_key.is_scalar() || !value.is_scalar() || is_revision_key(meta_key.scalar)) continue;
      // The provider's token is a secret, not a fact about the incident.
      if (meta_key.scalar == "token") continue;
      add_label(event, meta_key.scalar, value.scalar);
    }
  }
  events.push_back(std::move(event));
}

}  // namespace

Shape recognize_shape(const RawNode& document) {
  Shape shape;
  const RawNode* first = &document;
  if (document.is_sequence()) first = document.items.empty() ? nullptr : &document.items.front();
  if (first && first->is_map()) {
    shape.evidence = adapter_support::count_present(*first, all_marks);
    shape.recognised = is_flux_event(*first);
  }
  return shape;
}

void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics) {
  DeployedRevisions deployed;
  if (!document.is_sequence()) {
    convert_event(document, local_zone, deployed, events, diagnostics);
    return;
  }
  for (const RawNode& item : document.items) {
    if (!item.is_map()) {
      diagnostics.error(
          item.pos, fmt::format("expected a Flux event (a map), found {}", describe(item.type)));
      continue;
    }
    convert_event(item, local_zone, deployed, events, diagnostics);
  }
}

}  // namespace hindsight::flux_detail
