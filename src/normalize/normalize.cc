// The normalize stage: document shapes, headers, then events.
#include "hindsight/normalize.h"

#include <fmt/format.h>

#include "normalize/event_reader.h"
#include "normalize/incident_header.h"
#include "normalize/node_reading.h"

namespace hindsight {
namespace {

using normalize_detail::IncidentHeaderMerger;

const std::vector<std::string_view> top_level_keys = {"hindsight", "incident", "events"};

// A map is a whole log (rather than one event of a stream) when it has any
// of the top-level keys.
bool is_log_map(const RawNode& root) {
  for (std::string_view key : top_level_keys) {
    if (root.find(key)) return true;
  }
  return false;
}

void check_version(const RawNode& node, Diagnostics& diagnostics) {
  if (node.is_scalar() && node.scalar == "1") return;
  diagnostics.error(
      node.pos,
      fmt::format("unsupported format version {}",
                  node.is_scalar() ? "\"" + node.scalar + "\"" : std::string(describe(node.type))),
      "this hindsight reads `hindsight: 1`; leave the key out or set it to 1");
}

// What one file contributed, to catch files that say nothing.
struct FileContent {
  bool header = false;
  bool events = false;
};

// Walks the documents and sorts their parts into header maps and event
// nodes, checking the document shapes on the way.
class DocumentWalker {
 public:
  DocumentWalker(std::size_t file_count, Diagnostics& diagnostics)
      : content_(file_count), diagnostics_(diagnostics) {}

  void walk(const Document& document) {
    const RawNode& root = document.root;
    FileContent& content = content_[document.file_index];
    if (root.is_null()) return;  // an empty document in a stream
    if (root.is_map() && is_log_map(root)) {
      normalize_detail::check_keys(root, top_level_keys, "top-level", diagnostics_);
      if (const RawNode* version = root.find("hindsight")) check_version(*version, diagnostics_);
      if (const RawNode* header = root.find("incident"); header && !header->is_null()) {
        headers.add(*header, diagnostics_);
        content.header = true;
      }
      if (const RawNode* events = root.find("events")) add_event_list(*events, content);
    } else if (root.is_map()) {
      events.push_back(&root);
      content.events = true;
    } else if (root.is_sequence()) {
      add_event_list(root, content);
    } else {
      diagnostics_.error(root.pos,
                         fmt::format("expected an event log, found {}", describe(root.type)),
                         "a file is a map with `events:`, a list of events, or one event per "
                         "`---` document");
    }
  }

  const std::vector<FileContent>& content() const { return content_; }

  IncidentHeaderMerger headers;
  std::vector<const RawNode*> events;

 private:
  void add_event_list(const RawNode& list, FileContent& content) {
    if (list.is_null()) return;
    if (!list.is_sequence()) {
      diagnostics_.error(list.pos,
                         fmt::format("events must be a list, found {}", describe(list.type)),
                         "write each event as a `- time: ...` item under `events:`");
      return;
    }
    for (const RawNode& item : list.items) events.push_back(&item);
    if (!list.items.empty()) content.events = true;
  }

  std::vector<FileContent> content_;
  Diagnostics& diagnostics_;
};

}  // namespace

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics) {
  DocumentWalker walker(inputs.files.size(), diagnostics);
  for (const Document& document : inputs.documents) walker.walk(document);

  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    const FileContent& content = walker.content()[i];
    if (inputs.files[i].parse_failed || content.header || content.events) continue;
    diagnostics.error({inputs.files[i].path, 0, 0}, "file has no incident header and no events",
                      "add an `incident:` header or an `events:` list, or leave the file out");
  }

  NormalizedLog log;
  log.incident = walker.headers.finish(options.assume_zone, diagnostics);
  const std::optional<Zone> zone = walker.headers.zone_for_local_times(options.assume_zone);
  for (const RawNode* node : walker.events) {
    const std::size_t input_order = log.events.size();
    if (auto event = normalize_detail::read_event(*node, zone ? &*zone : nullptr, diagnostics)) {
      event->input_order = input_order;
      log.events.push_back(std::move(*event));
    }
  }
  return log;
}

}  // namespace hindsight
