// One file's part of the normalize stage (see file_events.h).
#include "normalize/file_events.h"

#include <algorithm>

#include <fmt/format.h>

#include "normalize/native_format.h"

namespace hindsight::normalize_detail {
namespace {

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

const Adapter* format_of(const RawNode& root, const SourceFile& file,
                         const NormalizeOptions& options, Diagnostics& diagnostics) {
  if (root.is_null()) return nullptr;  // an empty document in a stream says nothing
  if (!file.format.empty()) return options.formats.find(file.format);
  if (options.input_format) return options.input_format;
  return detect_format(root, options.formats, diagnostics);
}

bool asks_for_a_zone(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.all().begin(), diagnostics.all().end(), [](const Diagnostic& d) {
    return d.message.find(kNoZoneToReadIn) != std::string::npos;
  });
}

}  // namespace

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

FileEvents read_file_events(const SourceFile& file, const std::vector<const RawNode*>& documents,
                            const NormalizeOptions& options, Diagnostics problems) {
  FileEvents result;
  result.diagnostics = std::move(problems);
  // Formats and headers first: a file with neither a header nor events is
  // reported before its events' problems.
  const auto add_header = [&](const RawNode& header) {
    result.headers.emplace_back(result.diagnostics.all().size(), header);
  };
  std::vector<const Adapter*> formats;
  bool said_something = false;  // a header, events, or a document no format knows
  for (const RawNode* root : documents) {
    const std::size_t errors_before = result.diagnostics.error_count();
    const Adapter* format = format_of(*root, file, options, result.diagnostics);
    if (!format && !root->is_null() && result.diagnostics.error_count() > errors_before) {
      said_something = true;  // reported already
    }
    if (format == &native_format()) {
      const auto content = native_format().read_header(*root, add_header, result.diagnostics);
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

  const Zone* zone = options.assume_zone ? &*options.assume_zone : nullptr;
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
  return result;
}

}  // namespace hindsight::normalize_detail
