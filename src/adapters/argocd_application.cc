// Argo CD Application history and operation state as events; the rules
// are in argocd_application.h and docs/sources/argocd.md.
#include "adapters/argocd_application.h"

#include <algorithm>

#include <fmt/format.h>

#include "adapters/adapter_support.h"

namespace hindsight::argocd_detail {
namespace {

using adapter_support::at;
using adapter_support::text_at;
using adapter_support::TimeEncoding;

constexpr std::string_view adapter_name = "argocd";

bool is_hex(std::string_view text) {
  for (char c : text) {
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (!digit && !letter) return false;
  }
  return !text.empty();
}

// Git commits shortened as `git log --oneline` does; chart versions and
// tags kept whole.
std::string short_revision(const std::string& revision) {
  return revision.size() == 40 && is_hex(revision) ? revision.substr(0, 7) : revision;
}

// `revision`, or a multi-source application's `revisions`, joined.
std::string revision_of(const RawNode& node, std::string_view single, std::string_view many,
                        bool shorten) {
  if (std::string revision = text_at(node, single); !revision.empty()) {
    return shorten ? short_revision(revision) : revision;
  }
  std::string joined;
  if (const RawNode* list = at(node, many); list && list->is_sequence()) {
    for (const RawNode& item : list->items) {
      if (!item.is_scalar() || item.scalar.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += shorten ? short_revision(item.scalar) : item.scalar;
    }
  }
  return joined;
}

void add_label(Event& event, std::string key, std::string value) {
  if (!value.empty()) event.labels.emplace_back(std::move(key), std::move(value));
}

// Who started a sync: a person (the actor), or the automated sync policy.
struct Initiator {
  std::string username;
  bool automated = false;
  std::string label() const { return automated && username.empty() ? "automated" : username; }
  std::string title_suffix() const { return label() == "automated" ? " (automated sync)" : ""; }
};

// `path` is where the `initiatedBy` map sits: in a history entry, or in
// the operation of an operation state.
Initiator initiator_of(const RawNode& node, std::string_view path) {
  Initiator initiator;
  if (const RawNode* by = at(node, path)) {
    initiator.username = text_at(*by, "username");
    initiator.automated = text_at(*by, "automated") == "true";
  }
  return initiator;
}

// Whether a key holds something: a value that is neither null nor empty.
bool present(const RawNode& node, std::string_view key) {
  const RawNode* found = at(node, key);
  return found && !found->is_null() && !(found->is_scalar() && found->scalar.empty());
}

void add_initiator(Event& event, const Initiator& initiator) {
  if (!initiator.username.empty()) event.actor = Actor{initiator.username, ""};
  add_label(event, "initiated_by", initiator.label());
}

// Where the application deploys to: labels every event of it carries.
void add_application_labels(Event& event, const RawNode& application) {
  add_label(event, "project", text_at(application, "spec.project"));
  add_label(event, "destination_namespace", text_at(application, "spec.destination.namespace"));
}

// A history entry as far as it could be read; `valid` when it becomes an event.
struct HistoryEntry {
  const RawNode* node = nullptr;
  std::string id;
  std::string revision;  // full, for comparisons
  std::optional<Timestamp> started;
  std::optional<Timestamp> deployed;
  bool valid = false;
};

HistoryEntry read_entry(const RawNode& node, const Zone* local_zone, Diagnostics& diagnostics) {
  constexpr std::string_view what = "Argo CD history entry";
  HistoryEntry entry;
  entry.node = &node;
  if (!node.is_map()) {
    diagnostics.error(node.pos, fmt::format("expected an Argo CD history entry (a map), found {}",
                                            describe(node.type)));
    return entry;
  }
  entry.id = text_at(node, "id");
  entry.revision = revision_of(node, "revision", "revisions", false);
  if (entry.id.empty()) diagnostics.error(node.pos, fmt::format("{} has no `id`", what));
  if (entry.revision.empty()) {
    diagnostics.error(node.pos, fmt::format("{} has no `revision`", what));
  }
  entry.started = adapter_support::time_at(node, "deployStartedAt", TimeEncoding::rfc3339, what,
                                           false, local_zone, diagnostics);
  const bool bad_start = !entry.started && present(node, "deployStartedAt");
  entry.deployed = adapter_support::time_at(node, "deployedAt", TimeEncoding::rfc3339, what, true,
                                            local_zone, diagnostics);
  entry.valid = !entry.id.empty() && !entry.revision.empty() && entry.deployed && !bad_start;
  return entry;
}

// The older entry whose revision entry `index` re-deployed after another
// revision had replaced it, or nullptr when the entry moved forward.
const HistoryEntry* rolled_back_to(const std::vector<HistoryEntry>& history, std::size_t index) {
  const std::string& revision = history[index].revision;
  if (revision.empty() || index < 2 || history[index - 1].revision == revision) return nullptr;
  for (std::size_t j = index - 1; j-- > 0;) {
    if (history[j].revision == revision) return &history[j];
  }
  return nullptr;
}

void convert_history_entry(const RawNode& application, const std::string& app,
                           const std::vector<HistoryEntry>& history, std::size_t index,
                           std::vector<Event>& events) {
  const HistoryEntry& entry = history[index];
  const RawNode& node = *entry.node;
  const Initiator initiator = initiator_of(node, "initiatedBy");
  const std::string shown = revision_of(node, "revision", "revisions", true);
  const HistoryEntry* earlier = rolled_back_to(history, index);

  Event event = adapter_support::event_from(node, adapter_name);
  event.time = entry.started ? *entry.started : *entry.deployed;
  if (entry.started) event.end = entry.deployed;
  if (earlier) {
    event.kind = Kind::rollback;
    event.title = fmt::format("Rolled back {} to revision {} (first deployed as history {}){}", app,
                              shown, earlier->id, initiator.title_suffix());
  } else {
    event.kind = Kind::deploy;
    event.title = fmt::format("Deployed {} revision {}{}", app, shown, initiator.title_suffix());
  }
  event.service = app;
  event.source = "argocd";
  event.id = fmt::format("argocd/{}/{}", app, entry.id);
  add_label(event, "history_id", entry.id);
  add_label(event, "revision", entry.revision);
  if (earlier) add_label(event, "rolled_back_to_history_id", earlier->id);
  add_label(event, "target_revision", text_at(node, "source.targetRevision"));
  add_label(event, "repo", text_at(node, "source.repoURL"));
  add_label(event, "path", text_at(node, "source.path"));
  add_label(event, "chart", text_at(node, "source.chart"));
  add_initiator(event, initiator);
  add_application_labels(event, application);
  events.push_back(std::move(event));
}

// Whether a history entry already tells the operation's story: the
// controller copies the operation's start into the entry it records.
bool in_history(const std::vector<HistoryEntry>& history, const std::string& phase,
                const std::string& revision, Timestamp started) {
  for (const HistoryEntry& entry : history) {
    if (entry.started && *entry.started == started) return true;
  }
  // Older controllers record no start; a finished sync then matches the
  // newest entry when it deployed the same revision after the start.
  const HistoryEntry* newest = history.empty() ? nullptr : &history.back();
  return phase == "Succeeded" && newest && newest->revision == revision && newest->deployed &&
         *newest->deployed >= started;
}

// Whether the operation re-deploys a revision that an older history entry
// (not the newest) deployed: a rollback.
const HistoryEntry* operation_rolls_back_to(const std::vector<HistoryEntry>& history,
                                            const std::string& revision) {
  if (revision.empty() || history.empty() || history.back().revision == revision) return nullptr;
  for (std::size_t j = history.size() - 1; j-- > 0;) {
    if (history[j].revision == revision) return &history[j];
  }
  return nullptr;
}

void convert_operation(const RawNode& application, const std::string& app, const RawNode& operation,
                       const std::vector<HistoryEntry>& history, const Zone* local_zone,
                       std::vector<Event>& events, Diagnostics& diagnostics) {
  constexpr std::string_view what = "Argo CD operation state";
  const std::string phase = text_at(operation, "phase");
  if (phase.empty()) diagnostics.error(operation.pos, fmt::format("{} has no `phase`", what));
  const auto started = adapter_support::time_at(operation, "startedAt", TimeEncoding::rfc3339, what,
                                                true, local_zone, diagnostics);
  const auto finished = adapter_support::time_at(operation, "finishedAt", TimeEncoding::rfc3339,
                                                 what, false, local_zone, diagnostics);
  if (phase.empty() || !started || (!finished && present(operation, "finishedAt"))) return;

  // The revision synced, else (still running) the one asked for.
  const std::string_view prefix =
      present(operation, "syncResult.revision") || present(operation, "syncResult.revisions")
          ? "syncResult."
          : "operation.sync.";
  const auto operation_revision = [&](bool shorten) {
    return revision_of(operation, std::string(prefix) + "revision",
                       std::string(prefix) + "revisions", shorten);
  };
  const std::string revision = operation_revision(false);
  if (in_history(history, phase, revision, *started)) return;

  const HistoryEntry* earlier = operation_rolls_back_to(history, revision);
  const std::string action = earlier ? "Rollback" : "Sync";
  const std::string target =
      revision.empty() ? "" : fmt::format(" to revision {}", operation_revision(true));
  const std::string message = text_at(operation, "message");
  const Initiator initiator = initiator_of(operation, "operation.initiatedBy");

  Event event = adapter_support::event_from(operation, adapter_name);
  event.time = *started;
  const Kind moving = earlier ? Kind::rollback : Kind::deploy;
  if (phase == "Succeeded") {
    event.kind = moving;
    event.end = finished;
    event.title = fmt::format("{} of {}{} succeeded", action, app, target);
  } else if (phase == "Running") {
    event.kind = moving;
    event.title = fmt::format("{} of {}{} started (still running)", action, app, target);
  } else if (phase == "Failed" || phase == "Error") {
    event.kind = Kind::note;
    event.end = finished;
    event.title = fmt::format("{} of {}{} failed", action, app, target);
  } else {
    event.kind = Kind::note;
    event.end = finished;
    event.title = fmt::format("{} of {}{}: phase {}", action, app, target, phase);
  }
  if (!message.empty() && phase != "Succeeded") event.title += ": " + message;
  event.service = app;
  event.source = "argocd";
  event.id = fmt::format("argocd/{}/operation/{}", app, text_at(operation, "startedAt"));
  add_label(event, "phase", phase);
  add_label(event, "revision", revision);
  if (earlier) add_label(event, "rolled_back_to_history_id", earlier->id);
  add_initiator(event, initiator);
  add_application_labels(event, application);
  events.push_back(std::move(event));
}

}  // namespace

bool is_application(const RawNode& node) {
  if (!node.is_map()) return false;
  const std::string api_version = text_at(node, "apiVersion");
  if (api_version.rfind("argoproj.io/", 0) == 0) return text_at(node, "kind") == "Application";
  return api_version.empty() &&
         adapter_support::has_all(node, {"metadata.name", "spec.project", "spec.destination"}) &&
         (at(node, "status.history") || at(node, "status.operationState"));
}

namespace {

void convert_application(const RawNode& application, const Zone* local_zone,
                         std::vector<Event>& events, Diagnostics& diagnostics) {
  const std::string app = text_at(application, "metadata.name");
  if (app.empty()) {
    diagnostics.error(application.pos, "Argo CD Application has no `metadata.name`");
    return;
  }
  std::vector<HistoryEntry> history;
  if (const RawNode* list = at(application, "status.history"); list && !list->is_null()) {
    if (!list->is_sequence()) {
      diagnostics.error(list->pos, fmt::format("`status.history` must be a list, found {}",
                                               describe(list->type)));
    } else {
      for (const RawNode& node : list->items) {
        history.push_back(read_entry(node, local_zone, diagnostics));
      }
    }
  }
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (history[i].valid) convert_history_entry(application, app, history, i, events);
  }
  if (const RawNode* operation = at(application, "status.operationState");
      operation && !operation->is_null()) {
    convert_operation(application, app, *operation, history, local_zone, events, diagnostics);
  }
}

// How much of an Application a map has, for the closest-candidate hint.
int application_evidence(const RawNode& node) {
  int evidence = 0;
  if (text_at(node, "apiVersion").rfind("argoproj.io/", 0) == 0) ++evidence;
  if (text_at(node, "kind") == "Application") ++evidence;
  return evidence +
         adapter_support::count_present(node, {"status.history", "status.operationState"});
}

// The `items` of a list whose first map is an Application, else nullptr.
const RawNode* application_items(const RawNode& document) {
  const RawNode* items = document.find("items");
  if (!items || !items->is_sequence() || items->items.empty()) return nullptr;
  return is_application(items->items.front()) ? items : nullptr;
}

}  // namespace

Shape recognize_shape(const RawNode& document) {
  Shape shape;
  if (!document.is_map()) return shape;
  if (is_application(document) || application_items(document)) {
    shape.recognised = true;
    shape.evidence = 4;
    return shape;
  }
  shape.evidence = application_evidence(document);
  const RawNode* items = document.find("items");
  if (items && items->is_sequence() && !items->items.empty()) {
    shape.evidence = std::max(shape.evidence, application_evidence(items->items.front()));
  }
  return shape;
}

void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics) {
  const RawNode* items = application_items(document);
  if (!items) {
    convert_application(document, local_zone, events, diagnostics);
    return;
  }
  for (const RawNode& item : items->items) {
    if (!is_application(item)) {
      diagnostics.error(item.pos, "expected an Argo CD Application in this list");
      continue;
    }
    convert_application(item, local_zone, events, diagnostics);
  }
}

}  // namespace hindsight::argocd_detail
