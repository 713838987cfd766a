// `hindsight timeline`: the merged timeline in one of several formats.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "core/ascii.h"
#include "hindsight/analyze.h"
#include "hindsight/cli.h"
#include "hindsight/render.h"

namespace hindsight::cli {
namespace {

struct TimelineFlags {
  InputFlags input;
  OutputFlags output;
  AnalysisFlags analysis;  // defaults only: impact start anchors the T± column
  std::string format = "md";
  std::string since;
  std::string until;
  std::vector<std::string> kinds;
  std::vector<std::string> services;
};

// The flags, validated into what the filters need.
struct TimelineFilter {
  std::optional<Timestamp> since;
  std::optional<Timestamp> until;
  std::vector<KindParse> kinds;
  std::vector<std::string> services;

  bool keeps(const Event& event) const {
    if (since && event.time < *since) return false;
    if (until && event.time > *until) return false;
    if (!kinds.empty() && std::none_of(kinds.begin(), kinds.end(), [&](const KindParse& kind) {
          if (*kind.kind != event.kind) return false;
          return event.kind != Kind::custom || same_custom_kind(kind.custom, event.custom_kind);
        })) {
      return false;
    }
    if (!services.empty() &&
        std::find(services.begin(), services.end(), event.service) == services.end()) {
      return false;
    }
    return true;
  }

  static bool same_custom_kind(const std::string& a, const std::string& b) {
    const auto spelling = [](std::string text) {
      for (char& c : text) {
        c = ascii_lower(c);
        if (c == '_') c = '-';
      }
      return text;
    };
    return spelling(a) == spelling(b);
  }
};

Timestamp parse_time_flag(const std::string& flag, const std::string& value, const Zone& zone) {
  TimestampParse parsed = parse_timestamp(value, &zone, true);
  if (!parsed.time) throw UsageError(fmt::format("{} {}: {}", flag, value, parsed.error));
  return *parsed.time;
}

// Everything but the time bounds, which may need the incident's zone.
TimelineFilter make_filter(const TimelineFlags& flags) {
  TimelineFilter filter;
  for (const std::string& name : flags.kinds) {
    KindParse kind = parse_kind(name);
    if (!kind.kind) {
      throw UsageError(fmt::format(
          "--kind {}: unknown kind{}", name,
          kind.suggestion.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", kind.suggestion)));
    }
    filter.kinds.push_back(std::move(kind));
  }
  filter.services = flags.services;
  // Catch a malformed time before reading any input; the zone only matters
  // for offset-less times and is applied once the inputs are read.
  const Zone utc;
  if (!flags.since.empty()) parse_time_flag("--since", flags.since, utc);
  if (!flags.until.empty()) parse_time_flag("--until", flags.until, utc);
  return filter;
}

// Offset-less --since/--until read like offset-less log times would:
// --assume-tz, else the display zone.
void add_time_bounds(const TimelineFlags& flags, const Zone& display, TimelineFilter& filter) {
  const Zone local_zone = flags.input.assume_tz.empty()
                              ? display
                              : parse_zone_flag("--assume-tz", flags.input.assume_tz);
  if (!flags.since.empty()) filter.since = parse_time_flag("--since", flags.since, local_zone);
  if (!flags.until.empty()) filter.until = parse_time_flag("--until", flags.until, local_zone);
}

int run(const TimelineFlags& flags, Streams& streams) {
  const TimelineFormat format = *parse_timeline_format(flags.format);
  TimelineFilter filter = make_filter(flags);
  int status = exit_success;
  std::optional<Report> report =
      prepare_report(flags.input, flags.output, flags.analysis, streams, status);
  if (!report) return status;
  add_time_bounds(flags, report->settings.display_zone, filter);
  // Filtered in place: the metrics are already computed, and a copy of a
  // year of events would double the memory.
  std::vector<Event>& events = report->loaded.events;
  events.erase(std::remove_if(events.begin(), events.end(),
                              [&](const Event& event) { return !filter.keeps(event); }),
               events.end());
  emit_with(flags.output, streams.out, [&](std::ostream& out) {
    render_timeline(out, format, report->loaded.incident, events, report->metrics,
                    report->settings);
  });
  return exit_success;
}

}  // namespace

Command add_timeline_command(CLI::App& app) {
  auto flags = std::make_shared<TimelineFlags>();
  CLI::App* command = app.add_subcommand("timeline", "Print the merged, ordered timeline");
  add_input_flags(*command, flags->input);
  command->add_option("-f,--format", flags->format, "md, text, json, jsonl, csv or mermaid (a gantt chart)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"md", "text", "json", "jsonl", "csv", "mermaid"}))
      ->capture_default_str();
  add_output_flags(*command, flags->output);
  command->add_option("--since", flags->since, "Only events at or after TIME")->type_name("TIME");
  command->add_option("--until", flags->until, "Only events at or before TIME")->type_name("TIME");
  command->add_option("--kind", flags->kinds, "Only events of KIND (repeatable)")
      ->type_name("KIND")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("--service", flags->services, "Only events of SERVICE (repeatable)")
      ->type_name("SERVICE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  return {command, [flags](Streams& streams) { return run(*flags, streams); }};
}

}  // namespace hindsight::cli
