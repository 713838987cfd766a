// Recognising and converting whole Alertmanager documents (see the header).
//
// A webhook receiver that logs what it gets ends up with the same alert
// several times: firing, maybe repeated, then resolved. Within a document
// those copies become one event here; across documents they share an id,
// and the merge stage collapses them, filling in the end that the firing
// copy lacked.
#include "adapters/alertmanager_document.h"

#include <map>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/alertmanager_alert.h"

namespace hindsight::alertmanager_detail {
namespace {

using adapter_support::count_present;
using adapter_support::text_at;

// Keys of a webhook payload besides `alerts`; a payload has most of them.
const std::vector<std::string_view> payload_marks = {
    "version",      "groupKey",          "status",     "receiver", "groupLabels",
    "commonLabels", "commonAnnotations", "externalURL"};
constexpr int payload_marks_needed = 3;

// Keys of an alert in `GET /api/v2/alerts` besides `labels`.
const std::vector<std::string_view> api_alert_marks = {
    "annotations", "startsAt", "endsAt", "updatedAt", "fingerprint", "status.state", "receivers"};
constexpr int api_alert_marks_needed = 4;

const char* const shapes_hint =
    "Alertmanager documents are webhook payloads, lists of them, or the list of alerts that "
    "GET /api/v2/alerts returns";

// The newest webhook payload version this reader knows.
constexpr int newest_payload_version = 4;

int payload_evidence(const RawNode& node) {
  const RawNode* alerts = node.find("alerts");
  if (!alerts || !alerts->is_sequence()) return 0;
  return 1 + count_present(node, payload_marks);
}

bool is_payload(const RawNode& node) { return payload_evidence(node) >= 1 + payload_marks_needed; }

int api_alert_evidence(const RawNode& node) {
  const RawNode* labels = node.find("labels");
  if (!labels || !labels->is_map()) return 0;
  return 1 + count_present(node, api_alert_marks);
}

bool is_api_alert(const RawNode& node) {
  return api_alert_evidence(node) >= 1 + api_alert_marks_needed && node.find("startsAt");
}

const RawNode* first_map(const RawNode& list) {
  for (const RawNode& item : list.items) {
    if (item.is_map()) return &item;
  }
  return nullptr;
}

// Events of one document, with the copies of one alert joined: the first
// copy's fields win, and an end only a later copy knows fills its gap.
class PairingSink {
 public:
  explicit PairingSink(std::vector<Event>& events) : events_(events) {}

  void add(Event event) {
    const auto [found, inserted] = index_by_id_.emplace(event.id, events_.size());
    if (inserted) {
      events_.push_back(std::move(event));
      return;
    }
    Event& first = events_[found->second];
    if (!first.end) first.end = event.end;
  }

 private:
  std::vector<Event>& events_;
  std::map<std::string, std::size_t> index_by_id_;
};

void check_version(const RawNode& payload, Diagnostics& diagnostics) {
  const RawNode* version = payload.find("version");
  if (!version || !version->is_scalar()) return;
  const std::string& text = version->scalar;
  const bool known = text.size() == 1 && text[0] >= '0' && text[0] - '0' <= newest_payload_version;
  if (known) return;
  diagnostics.warning(version->pos,
                      fmt::format("webhook payload version \"{}\" is not one this reader knows "
                                  "(\"{}\" and older); reading it as version {}",
                                  text, newest_payload_version, newest_payload_version));
}

// Alertmanager's `max_alerts` cuts a notification short and says so; the
// alerts it left out are nowhere in the file, so say that they are missing.
void check_truncation(const RawNode& payload, Diagnostics& diagnostics) {
  const RawNode* truncated = payload.find("truncatedAlerts");
  if (!truncated || !truncated->is_scalar() || truncated->scalar.empty() ||
      truncated->scalar == "0") {
    return;
  }
  diagnostics.warning(truncated->pos,
                      fmt::format("the notification left out {} alerts (`truncatedAlerts`); they "
                                  "are not in the timeline",
                                  truncated->scalar),
                      "raise `max_alerts` in the webhook_config, or add an export of "
                      "`GET /api/v2/alerts` taken during the incident");
}

void convert_payload(const RawNode& payload, const Zone* local_zone, PairingSink& sink,
                     Diagnostics& diagnostics) {
  if (!is_payload(payload)) {
    diagnostics.error(payload.pos,
                      fmt::format("expected an Alertmanager webhook payload, found {}",
                                  payload.is_map() ? "a map without an `alerts` list and the "
                                                     "payload's `receiver`, `groupKey`, ..."
                                                   : describe(payload.type)),
                      shapes_hint);
    return;
  }
  check_version(payload, diagnostics);
  check_truncation(payload, diagnostics);
  AlertContext alert_context;
  alert_context.shape = AlertShape::webhook;
  alert_context.common_labels = payload.find("commonLabels");
  alert_context.payload_status = text_at(payload, "status");
  alert_context.local_zone = local_zone;
  for (const RawNode& alert : payload.find("alerts")->items) {
    if (auto event = read_alert(alert, alert_context, diagnostics)) sink.add(std::move(*event));
  }
}

}  // namespace

DocumentShape recognize_document(const RawNode& document) {
  DocumentShape result;
  if (document.is_map()) {
    result.evidence = payload_evidence(document);
    result.recognised = is_payload(document);
    if (!result.recognised) {
      result.missing =
          "no `alerts` list with the payload's `receiver`, `groupKey`, `commonLabels`, ...";
    }
    return result;
  }
  if (const RawNode* item = document.is_sequence() ? first_map(document) : nullptr) {
    // A list is what its first map is: a payload, or an alert of the API.
    if (item->find("alerts")) {
      result.evidence = payload_evidence(*item);
      result.recognised = is_payload(*item);
    } else {
      result.evidence = api_alert_evidence(*item);
      result.recognised = is_api_alert(*item);
    }
  }
  if (!result.recognised) {
    result.missing =
        "no list of webhook payloads, nor of alerts with `labels`, `startsAt`, `fingerprint` and "
        "`status.state`";
  }
  return result;
}

void convert_document(const RawNode& document, const Zone* local_zone, std::vector<Event>& events,
                      Diagnostics& diagnostics) {
  PairingSink sink(events);
  if (document.is_map()) {
    convert_payload(document, local_zone, sink, diagnostics);
    return;
  }
  if (!document.is_sequence()) {
    // Only reachable when the format was forced on such a document.
    diagnostics.error(document.pos,
                      fmt::format("expected an Alertmanager webhook payload or a list, found {}",
                                  describe(document.type)),
                      shapes_hint);
    return;
  }
  const RawNode* first = first_map(document);
  if (first && first->find("alerts")) {
    for (const RawNode& payload : document.items) {
      convert_payload(payload, local_zone, sink, diagnostics);
    }
    return;
  }
  AlertContext alert_context;
  alert_context.shape = AlertShape::api_v2;
  alert_context.local_zone = local_zone;
  for (const RawNode& alert : document.items) {
    if (auto event = read_alert(alert, alert_context, diagnostics)) sink.add(std::move(*event));
  }
}

}  // namespace hindsight::alertmanager_detail
