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

// Normalizes the inputs file by file, so that each file's documents can
// be freed as soon as its events are read.
//
// One thing is not known until every file is read: the incident header's
// timezone, in which offset-less times are read (unless --assume-tz gives
// the zone up front). Such times are rare (exports write offsets), so each
// file is read at once without that zone; a file whose reading asked for
// it keeps its documents and is read again in finish(), once the header is
// complete.
class Normalizer {
 public:
  explicit Normalizer(const NormalizeOptions& options) : options_(options) {}

  // Problems found before any file could be read (a missing path, an
  // unreadable file), kept in their place among the files' problems.
  void add_problems(Diagnostics problems) {
    files_.push_back({});
    files_.back().diagnostics = std::move(problems);
  }

  // One file's documents; `problems` are what reading it reported.
  void add_file(const SourceFile& file, const std::vector<const RawNode*>& documents,
                Diagnostics problems);

  NormalizedLog finish(Diagnostics& diagnostics);

 private:
  struct FileEvents {
    std::vector<Event> events;
    Diagnostics diagnostics;
    // Only while the file waits for the incident's timezone: its
    // documents with their formats, and the problems of reading its events
    // without the zone (which stand if no zone turns up).
    std::vector<std::pair<RawNode, const Adapter*>> waiting;
    Diagnostics unzoned_problems;
  };

  const NormalizeOptions& options_;
  IncidentHeaderMerger headers_;
  std::vector<FileEvents> files_;
};

const Adapter* format_of(const RawNode& root, const SourceFile& file,
                         const NormalizeOptions& options, Diagnostics& diagnostics) {
  if (root.is_null()) return nullptr;  // an empty document in a stream says nothing
  if (!file.format.empty()) return options.formats.find(file.format);
  if (options.input_format) return options.input_format;
  return detect_format(root, options.formats, diagnostics);
}

void convert_with(const Adapter& format, const RawNode& root, const Zone* zone,
                  std::vector<Event>& events, Diagnostics& diagnostics) {
  ConvertContext context;
  context.local_zone = zone;
  const std::size_t first_new = events.size();
  format.convert(root, context, events, diagnostics);
  for (std::size_t e = first_new; e < events.size(); ++e) {
    events[e].adapter = std::string(format.name());
  }
}

bool asks_for_a_zone(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.all().begin(), diagnostics.all().end(), [](const Diagnostic& d) {
    return d.message.find(kNoZoneToReadIn) != std::string::npos;
  });
}

void Normalizer::add_file(const SourceFile& file, const std::vector<const RawNode*>& documents,
                          Diagnostics problems) {
  FileEvents result;
  result.diagnostics = std::move(problems);
  // Formats and headers first: a file with neither a header nor events is
  // reported before its events' problems, as it always was.
  std::vector<const Adapter*> formats;
  bool said_something = false;  // a header, events, or a document no format knows
  for (const RawNode* root : documents) {
    const std::size_t errors_before = result.diagnostics.error_count();
    const Adapter* format = format_of(*root, file, options_, result.diagnostics);
    if (!format && !root->is_null() && result.diagnostics.error_count() > errors_before) {
      said_something = true;  // reported already
    }
    if (format == &native_format()) {
      const auto content = native_format().read_header(*root, headers_, result.diagnostics);
      if (content.header || content.events) said_something = true;
    } else if (format) {
      said_something = true;
    }
    formats.push_back(format);
  }
  if (!file.parse_failed && !said_something) {
    result.diagnostics.error({file.path, 0, 0}, "file has no incident header and no events",
                             "add an `incident:` header or an `events:` list, or leave the file "
                             "out");
  }

  const Zone* zone = options_.assume_zone ? &*options_.assume_zone : nullptr;
  Diagnostics conversion;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (formats[i]) convert_with(*formats[i], *documents[i], zone, result.events, conversion);
  }
  if (!zone && asks_for_a_zone(conversion)) {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      if (formats[i]) result.waiting.emplace_back(*documents[i], formats[i]);
    }
    result.unzoned_problems = std::move(conversion);
  } else {
    for (const Diagnostic& diagnostic : conversion.all()) result.diagnostics.add(diagnostic);
  }
  files_.push_back(std::move(result));
}

NormalizedLog Normalizer::finish(Diagnostics& diagnostics) {
  NormalizedLog log;
  Diagnostics header_problems;
  log.incident = headers_.finish(options_.assume_zone, header_problems);
  const std::optional<Zone> zone = headers_.zone_for_local_times(options_.assume_zone);
  for (FileEvents& file : files_) {
    for (const Diagnostic& diagnostic : file.diagnostics.all()) diagnostics.add(diagnostic);
  }
  for (const Diagnostic& diagnostic : header_problems.all()) diagnostics.add(diagnostic);
  for (FileEvents& file : files_) {
    if (file.waiting.empty() && file.unzoned_problems.empty()) continue;
    if (zone) {
      file.events.clear();
      for (const auto& [root, format] : file.waiting) {
        convert_with(*format, root, &*zone, file.events, diagnostics);
      }
    } else {
      for (const Diagnostic& diagnostic : file.unzoned_problems.all()) diagnostics.add(diagnostic);
    }
    file.waiting.clear();
  }
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

}  // namespace

NormalizedLog normalize(const LoadedInputs& inputs, const NormalizeOptions& options,
                        Diagnostics& diagnostics) {
  Normalizer normalizer(options);
  std::vector<std::vector<const RawNode*>> documents(inputs.files.size());
  for (const Document& document : inputs.documents) {
    documents[document.file_index].push_back(&document.root);
  }
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    normalizer.add_file(inputs.files[i], documents[i], Diagnostics());
  }
  return normalizer.finish(diagnostics);
}

NormalizedLog read_and_normalize(const std::vector<std::string>& inputs, const FileSystem& fs,
                                 std::istream& stdin_stream, const NormalizeOptions& options,
                                 Diagnostics& diagnostics, std::size_t& file_count) {
  Normalizer normalizer(options);
  file_count = 0;
  for (const std::string& input : inputs) {
    Diagnostics expanding;
    const std::vector<InputFile> files = expand_input(input, fs, expanding, options.formats);
    if (!expanding.empty()) normalizer.add_problems(std::move(expanding));
    for (const InputFile& path : files) {
      Diagnostics reading;
      SourceFile file;
      std::vector<RawNode> documents;
      if (!read_input_file(path, file_count, fs, stdin_stream, file, documents, reading)) {
        normalizer.add_problems(std::move(reading));
        continue;
      }
      ++file_count;
      std::vector<const RawNode*> roots;
      for (const RawNode& root : documents) roots.push_back(&root);
      normalizer.add_file(file, roots, std::move(reading));
    }
  }
  return normalizer.finish(diagnostics);
}

}  // namespace hindsight
