// no-timeline, timeline-no-detection and timeline-no-resolution: without
// the moment the problem was noticed and the moment it ended, time to
// detect and time to resolve cannot be measured.
//
// Timeline entries are the non-blank rows of the tables under the Timeline
// heading, and the list items there. A table with a Kind column (as
// `hindsight draft` writes it) is read by kind, with the synonyms of
// docs/format.md; otherwise an entry's words are read.
#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "hindsight/event.h"
#include "lint/phrase_matcher.h"
#include "lint/rules.h"
#include "lint/table_columns.h"

namespace hindsight::lint_detail {
namespace {

const std::vector<std::string_view> section_titles = {"timeline", "incident timeline",
                                                      "detailed timeline"};

// What an entry tells: how the problem was noticed, that it was resolved.
struct EntryFacts {
  bool detection = false;
  bool resolution = false;
};

EntryFacts facts_of_kind(std::string_view text) {
  std::string spelling(text);
  std::replace(spelling.begin(), spelling.end(), ' ', '_');
  const KindParse parsed = parse_kind(spelling);
  if (!parsed.kind) return {};
  const Kind kind = *parsed.kind;
  return {kind == Kind::alert || kind == Kind::page || kind == Kind::detect ||
              kind == Kind::customer_report,
          kind == Kind::resolve};
}

// Without a Kind column: words that say the same. "page" alone is not one,
// since postmortems speak of web pages as often as of paging.
EntryFacts facts_of_words(std::string_view text) {
  static const std::vector<std::string> detection = {"alert",    "alerts",    "alerted",
                                                     "alarm",    "alarms",    "paged",
                                                     "detected", "detection", "reported"};
  static const std::vector<std::string> resolution = {"resolve", "resolved", "resolution"};
  EntryFacts facts;
  for (const Word& word : split_words(text)) {
    const auto is = [&](const std::vector<std::string>& set) {
      return std::find(set.begin(), set.end(), word.spelling) != set.end();
    };
    facts.detection = facts.detection || is(detection);
    facts.resolution = facts.resolution || is(resolution);
  }
  return facts;
}

struct Timeline {
  const Section* section = nullptr;
  std::size_t entries = 0;
  EntryFacts facts;
};

std::optional<Timeline> read_timeline(const Document& document) {
  const Section* section = find_section(document, section_titles);
  if (!section) return std::nullopt;
  Timeline timeline{section, 0, {}};
  const auto add = [&](EntryFacts facts) {
    ++timeline.entries;
    timeline.facts.detection = timeline.facts.detection || facts.detection;
    timeline.facts.resolution = timeline.facts.resolution || facts.resolution;
  };
  for (const Table* table : tables_in(document, *section)) {
    const std::optional<std::size_t> kind = column_named(*table, {"kind"});
    for (const TableRow& row : table->rows) {
      if (is_blank_row(row)) continue;
      if (kind) {
        const InlineText* text = cell(row, *kind);
        add(text ? facts_of_kind(text->trimmed()) : EntryFacts{});
      } else {
        std::string words;
        for (const InlineText& text : row.cells) words += text.text + ' ';
        add(facts_of_words(words));
      }
    }
  }
  for (const ListItem* item : list_items_in(document, *section)) add(facts_of_words(item->text));
  return timeline;
}

}  // namespace

void check_no_timeline(const Document& document, Findings& findings) {
  const std::optional<Timeline> timeline = read_timeline(document);
  if (!timeline) {
    findings.push_back({"no-timeline",
                        {1, 1},
                        "the postmortem has no Timeline section",
                        "add a \"## Timeline\" section; `hindsight timeline -f md LOGS` writes "
                        "its table"});
  } else if (timeline->entries == 0) {
    findings.push_back({"no-timeline", timeline->section->heading.title.start,
                        fmt::format("the \"{}\" section lists no events",
                                    timeline->section->heading.title.trimmed()),
                        "list the events in order; `hindsight timeline -f md LOGS` writes the "
                        "table"});
  }
}

void check_timeline_no_detection(const Document& document, Findings& findings) {
  const std::optional<Timeline> timeline = read_timeline(document);
  if (!timeline || timeline->entries == 0 || timeline->facts.detection) return;
  findings.push_back(
      {"timeline-no-detection", timeline->section->heading.title.start,
       "the timeline does not say how the problem was detected: no alert, page, detect or "
       "customer_report entry",
       "add the event that told the team about the problem, so that time to detect can be "
       "measured"});
}

void check_timeline_no_resolution(const Document& document, Findings& findings) {
  const std::optional<Timeline> timeline = read_timeline(document);
  if (!timeline || timeline->entries == 0 || timeline->facts.resolution) return;
  findings.push_back({"timeline-no-resolution", timeline->section->heading.title.start,
                      "the timeline does not say when the incident was resolved: no resolve "
                      "entry",
                      "add the event that ended the incident (kind resolve), so that time to "
                      "resolve can be measured"});
}

}  // namespace hindsight::lint_detail
