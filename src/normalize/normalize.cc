// The normalize stage: each document's format, the incident headers, then
// the events, in input order.
#include "hindsight/normalize.h"

#include <algorithm>

#include <fmt/format.h>

#include "normalize/incident_header.h"
#include "normalize/native_format.h"

namespace hindsight {
namespace {

using normalize_detail::IncidentHeaderMerger;
using normalize_detail::native_format;

// "alertmanager (no `alerts` list), pagerduty (no `log_entries`)": the
// formats that came closest to recognising a document.
std::string closest_formats(const RawNode& document, const FormatSet& formats) {
  std::vector<std::pair<const Adapter*, Recognition>> candidates;
  for (const Adapter* adapter : formats.in_detection_order()) {
    Recognition recognition = adapter->recognize(document);
    if (recognition.evidence > 0) candidates.emplace_back(adapter, std::move(recognition));
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return a.second.evidence > b.second.evidence;
  });
  std::string text;
  for (std::size_t i = 0; i < candidates.size() && i < 3; ++i) {
    if (!text.empty()) text += "; ";
    text += fmt::format("{} ({})", candidates[i].first->name(), candidates[i].second.missing);
  }
  return text;
}

const Adapter* detect_format(const RawNode& document, const FormatSet& formats,
                             Diagnostics& diagnostics) {
  for (const Adapter* adapter : formats.in_detection_order()) {
    if (adapter->recognize(document).recognised) return adapter;
  }
  const std::string closest = closest_formats(document, formats);
  diagnostics.error(document.pos, "no known format recognises this document",
                    closest.empty()
                        ? "see `hindsight formats` for what hindsight reads; force one with "
                          "--input-format NAME or a NAME:path prefix"
                        : "closest: " + closest);
  return nullptr;
}

// Moves the events of skewed sources by their correction: the flag's if
// given, else the header's.
void apply_skew(const NormalizeOptions& options, const Incident& incident,
                std::vector<Event>& events, Diagnostics& diagnostics) {
  if (options.skew.empty() && incident.skew.empty()) return;
  for (Event& event : events) {
    const std::string& source = event.source.empty() ? event.adapter : event.source;
    std::optional<Nanoseconds> offset;
    if (auto flag = options.skew.find(source); flag != options.skew.end()) {
      offset = flag->second;
    } else if (auto header = incident.skew.find(source); header != incident.skew.end()) {
      offset = header->second.value;
    }
    if (!offset || offset->count() == 0) continue;
    const auto shifted = [&](Timestamp time) -> std::optional<Timestamp> {
      // Far beyond any real skew, but keep int64 nanoseconds from wrapping.
      const auto limit =
          std::chrono::duration_cast<Nanoseconds>(std::chrono::hours(24 * 365 * 100));
      if (time.time_since_epoch() > limit * 2 || time.time_since_epoch() < -limit * 2) {
        return std::nullopt;
      }
      return time + *offset;
    };
    const std::optional<Timestamp> time = shifted(event.time);
    const std::optional<Timestamp> end = event.end ? shifted(*event.end) : std::nullopt;
    if (!time || (event.end && !end)) {
      diagnostics.error(event.origin, "skew moves this event outside the supported years");
      continue;
    }
    event.time = *time;
    if (event.end) event.end = end;
  }
}

}  // namespace

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics) {
  // First pass: every document's format, and the native headers, which
  // hold the zone that offset-less times are read in.
  std::vector<const Adapter*> formats;
  // Files that said nothing: no header, no events, no recognised document.
  std::vector<bool> file_said_something(inputs.files.size(), false);
  IncidentHeaderMerger headers;
  for (const Document& document : inputs.documents) {
    const RawNode& root = document.root;
    const SourceFile& file = inputs.files[document.file_index];
    const Adapter* format = nullptr;
    if (!root.is_null()) {  // an empty document in a stream says nothing
      if (!file.format.empty()) {
        format = options.formats.find(file.format);
      } else if (options.input_format) {
        format = options.input_format;
      } else {
        format = detect_format(root, options.formats, diagnostics);
        if (!format) file_said_something[document.file_index] = true;  // reported already
      }
    }
    if (format == &native_format()) {
      const auto content = native_format().read_header(root, headers, diagnostics);
      if (content.header || content.events) file_said_something[document.file_index] = true;
    } else if (format) {
      file_said_something[document.file_index] = true;
    }
    formats.push_back(format);
  }
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    if (inputs.files[i].parse_failed || file_said_something[i]) continue;
    diagnostics.error({inputs.files[i].path, 0, 0}, "file has no incident header and no events",
                      "add an `incident:` header or an `events:` list, or leave the file out");
  }

  NormalizedLog log;
  log.incident = headers.finish(options.assume_zone, diagnostics);
  const std::optional<Zone> zone = headers.zone_for_local_times(options.assume_zone);
  ConvertContext context;
  context.local_zone = zone ? &*zone : nullptr;

  // Second pass: the events, in input order.
  for (std::size_t i = 0; i < inputs.documents.size(); ++i) {
    if (!formats[i]) continue;
    const std::size_t first_new = log.events.size();
    formats[i]->convert(inputs.documents[i].root, context, log.events, diagnostics);
    for (std::size_t e = first_new; e < log.events.size(); ++e) {
      log.events[e].input_order = e;
      log.events[e].adapter = std::string(formats[i]->name());
    }
  }
  apply_skew(options, log.incident, log.events, diagnostics);
  return log;
}

}  // namespace hindsight
