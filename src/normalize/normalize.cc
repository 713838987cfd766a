// The normalize stage: each document's format, the incident headers, then
// the events, in input order. Each file is read on its own
// (file_events.cc) and the files joined here.
//
// One thing is not known until every file is read: the incident header's
// timezone, in which offset-less times are read (unless --assume-tz gives
// the zone up front). Such times are rare (exports write offsets), so each
// file is read without that zone; a file whose reading asked for it keeps
// its documents and is read again when the files are joined.
#include "hindsight/normalize.h"

#include "normalize/file_events.h"
#include "normalize/incident_header.h"

namespace hindsight {
namespace normalize_detail {
namespace {

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

void append(Diagnostics& to, const Diagnostics& from, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) to.add(from.all()[i]);
}

}  // namespace

void FileJoiner::add_problems(Diagnostics problems) {
  files_.push_back({});
  files_.back().diagnostics = std::move(problems);
}

NormalizedLog FileJoiner::finish(Diagnostics& diagnostics) {
  IncidentHeaderMerger headers;
  for (const FileEvents& file : files_) {
    std::size_t next = 0;
    for (const auto& [at, header] : file.headers) {
      append(diagnostics, file.diagnostics, next, at);
      headers.add(header, diagnostics);
      next = at;
    }
    append(diagnostics, file.diagnostics, next, file.diagnostics.all().size());
  }
  NormalizedLog log;
  log.incident = headers.finish(options_.assume_zone, diagnostics);
  const std::optional<Zone> zone = headers.zone_for_local_times(options_.assume_zone);
  for (FileEvents& file : files_) {
    if (file.waiting.empty()) continue;
    if (zone) {
      file.events.clear();
      for (const auto& [root, format] : file.waiting) {
        convert_with(*format, root, &*zone, file.events, diagnostics);
      }
    } else {
      append(diagnostics, file.unzoned_problems, 0, file.unzoned_problems.all().size());
    }
    file.waiting.clear();
  }
  std::size_t total = 0;
  for (const FileEvents& file : files_) total += file.events.size();
  log.events.reserve(total);
  for (FileEvents& file : files_) {
    for (Event& event : file.events) {
      event.input_order = log.events.size();
      log.events.push_back(std::move(event));
    }
    file.events = {};
  }
  apply_skew(options_, log.incident, log.events, diagnostics);
  return log;
}

}  // namespace normalize_detail

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics) {
  normalize_detail::FileJoiner joiner(options);
  std::vector<std::vector<const RawNode*>> documents(inputs.files.size());
  for (const Document& document : inputs.documents) {
    documents[document.file_index].push_back(&document.root);
  }
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    joiner.add(normalize_detail::read_file_events(inputs.files[i], documents[i], options,
                                                  Diagnostics()));
  }
  return joiner.finish(diagnostics);
}

}  // namespace hindsight
