// Fingerprint dedup: the same happening exported by two tools, with no
// shared id, collapses when kind, service and normalized title match within
// the window.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "hindsight/merge.h"
#include "merge/fingerprints.h"
#include "merge/merge_test_events.h"

namespace hindsight {
namespace {

using merge_test::event;
using merge_test::utc;

// The alert as Alertmanager sent it, first on the command line.
Event am_alert(const std::string& time = "2026-03-04T08:21:30") {
  Event e = event(Kind::alert, "GraphApiThrottled: 97% of calls answered 429", time, 0,
                  "alertmanager.json", 12);
  e.service = "graph-sync";
  e.source = "alertmanager";
  e.id = "am/4f1c/2026-03-04T08:21:30Z";
  e.adapter = "alertmanager";
  return e;
}

// The same alert as Grafana annotated it, in another file.
Event grafana_alert(const std::string& time = "2026-03-04T08:22:10", std::size_t order = 5) {
  Event e = event(Kind::alert, "graphapithrottled  97 of calls answered 429!", time, order,
                  "grafana.json", 3);
  e.service = "graph-sync";
  e.source = "grafana";
  e.id = "grafana/881";
  e.link = "https://example.invalid/grafana/d/1";
  e.adapter = "grafana-annotations";
  return e;
}

std::vector<std::string> notes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::note) out.push_back(format_diagnostic(d));
  }
  return out;
}

MergeOptions window(Nanoseconds length) {
  MergeOptions options;
  options.dedup_window = length;
  return options;
}

TEST_CASE("fingerprint text: case folded, punctuation and space runs collapsed, trimmed",
          "[merge][fingerprint]") {
  CHECK(normalize_fingerprint_text("[FIRING:1]  Disk  full!") == "firing 1 disk full");
  CHECK(normalize_fingerprint_text("  GraphApiThrottled: 97% of calls\t(429)\n") ==
        "graphapithrottled 97 of calls 429");
  CHECK(normalize_fingerprint_text("config_change") == "config change");
  CHECK(normalize_fingerprint_text("api-v2.3.1") == "api v2 3 1");
  CHECK(normalize_fingerprint_text("...!!") == "");
  CHECK(normalize_fingerprint_text("") == "");
  // Non-ASCII text is compared as written: only ASCII letters fold.
  CHECK(normalize_fingerprint_text("Käyttäjä ÄÖ") == "käyttäjä ÄÖ");
  CHECK(normalize_fingerprint_text("a\x1f"
                                   "b") == "a b");
}

TEST_CASE("an event without one of the key's fields has no fingerprint", "[merge][fingerprint]") {
  const std::vector<FingerprintPart> key = default_dedup_key();
  Event alert = am_alert();
  CHECK_FALSE(merge_detail::fingerprint(alert, key).empty());
  alert.service = {};
  CHECK(merge_detail::fingerprint(alert, key).empty());
  Event punctuation = am_alert();
  punctuation.title = "!!!";
  CHECK(merge_detail::fingerprint(punctuation, key).empty());
  CHECK(merge_detail::fingerprint(am_alert(), {{FingerprintField::label, "team"}}).empty());
}

TEST_CASE("copies from two tools collapse into the earliest", "[merge][fingerprint]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events({grafana_alert(), am_alert()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  const Event& merged = timeline[0];
  CHECK(merged.title == "GraphApiThrottled: 97% of calls answered 429");
  CHECK(merged.time == utc("2026-03-04T08:21:30"));
  CHECK(merged.source == "alertmanager");
  CHECK(merged.id == "am/4f1c/2026-03-04T08:21:30Z");
  CHECK(merged.link == "https://example.invalid/grafana/d/1");  // a gap, filled
  CHECK(merged.adapter == "alertmanager");
  REQUIRE(merged.merged.size() == 1);
  CHECK(merged.merged[0].adapter == "grafana-annotations");
  CHECK(merged.merged[0].origin.file == "grafana.json");
  CHECK(notes(diagnostics) ==
        std::vector<std::string>{
            "grafana.json:3:3: note: collapsed into the event at alertmanager.json:12:3 (same "
            "kind, service and title, 40s apart)\n"
            "  hint: --dedup-window 0 turns this off"});
  CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("the earliest copy survives even when it comes later in input order",
          "[merge][fingerprint]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {am_alert("2026-03-04T08:22:00"), grafana_alert("2026-03-04T08:21:00")}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].adapter == "grafana-annotations");
  CHECK(timeline[0].time == utc("2026-03-04T08:21:00"));
  REQUIRE(timeline[0].merged.size() == 1);
  CHECK(timeline[0].merged[0].adapter == "alertmanager");
  CHECK(notes(diagnostics) ==
        std::vector<std::string>{
            "alertmanager.json:12:3: note: collapsed into the event at grafana.json:3:3 (same "
            "kind, service and title, 1m 00s apart)\n"
            "  hint: --dedup-window 0 turns this off"});
}

TEST_CASE("exactly the window apart collapses; a nanosecond more does not",
          "[merge][fingerprint]") {
  Diagnostics at_edge;
  CHECK(
      merge_events({am_alert("2026-03-04T08:21:30"), grafana_alert("2026-03-04T08:23:30")}, at_edge)
          .size() == 1);

  Event late = grafana_alert("2026-03-04T08:23:30");
  late.time += Nanoseconds(1);
  Diagnostics past_edge;
  CHECK(merge_events({am_alert("2026-03-04T08:21:30"), late}, past_edge).size() == 2);
  CHECK(past_edge.empty());
}

TEST_CASE("copies at the same instant say so", "[merge][fingerprint]") {
  Diagnostics diagnostics;
  merge_events({am_alert(), grafana_alert("2026-03-04T08:21:30")}, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "collapsed into the event at alertmanager.json:12:3 (same kind, service and title, at "
        "the same time)");
}

TEST_CASE("the window is measured from the earliest copy, not the latest", "[merge][fingerprint]") {
  Event third = grafana_alert("2026-03-04T08:23:40", 9);
  third.origin.file = "datadog.json";
  third.id = "datadog/1";
  Diagnostics diagnostics;
  // 08:21:30, 08:22:10 (collapses), 08:23:40: 2m 10s after the first.
  const auto timeline = merge_events({am_alert(), grafana_alert(), third}, diagnostics);
  REQUIRE(timeline.size() == 2);
  CHECK(timeline[0].merged.size() == 1);
  CHECK(timeline[1].origin.file == "datadog.json");
}

TEST_CASE("events from one file never collapse by fingerprint", "[merge][fingerprint]") {
  Event again = am_alert("2026-03-04T08:21:40");
  again.input_order = 1;
  again.origin.line = 40;
  again.id = "am/4f1c/2026-03-04T08:21:40Z";
  Diagnostics diagnostics;
  CHECK(merge_events({am_alert(), again}, diagnostics).size() == 2);
  CHECK(diagnostics.empty());
}

TEST_CASE("a group takes one copy per file; the next from that file starts its own",
          "[merge][fingerprint]") {
  // Two identical notes in one file are two events: a copy from another
  // file collapses into the first, and a second copy from that other file
  // into the second.
  Event first = am_alert("2026-03-04T08:21:30");
  Event second = am_alert("2026-03-04T08:21:50");
  second.input_order = 1;
  second.origin.line = 30;
  second.id = "am/4f1c/2026-03-04T08:21:50Z";
  Event copy_one = grafana_alert("2026-03-04T08:21:40", 5);
  Event copy_two = grafana_alert("2026-03-04T08:22:00", 6);
  copy_two.origin.line = 9;
  copy_two.id = "grafana/882";
  Diagnostics diagnostics;
  const auto timeline = merge_events({copy_two, second, copy_one, first}, diagnostics);
  REQUIRE(timeline.size() == 2);
  REQUIRE(timeline[0].merged.size() == 1);
  CHECK(timeline[0].merged[0].origin.line == 3);
  REQUIRE(timeline[1].merged.size() == 1);
  CHECK(timeline[1].merged[0].origin.line == 9);
}

TEST_CASE("an id's copies count with all their files", "[merge][fingerprint]") {
  // Alertmanager's firing and resolved notifications (one id, two files)
  // are one event first; Grafana's copy from a third file then joins it,
  // and the origins list every place in input order.
  Event resolved = am_alert();
  resolved.input_order = 3;
  resolved.origin = {"alertmanager-resolved.json", 4, 3};
  resolved.end = utc("2026-03-05T00:06:15");
  Diagnostics diagnostics;
  const auto timeline = merge_events({grafana_alert(), resolved, am_alert()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].end == utc("2026-03-05T00:06:15"));
  REQUIRE(timeline[0].merged.size() == 2);
  CHECK(timeline[0].merged[0].origin.file == "alertmanager-resolved.json");
  CHECK(timeline[0].merged[1].origin.file == "grafana.json");
  CHECK(diagnostics.note_count() == 2);

  // A copy from a file the id's copies were read from stays apart.
  Event same_file = grafana_alert();
  same_file.origin.file = "alertmanager-resolved.json";
  Diagnostics apart;
  CHECK(merge_events({same_file, resolved, am_alert()}, apart).size() == 2);
}

TEST_CASE("the survivor keeps its end and takes a missing one", "[merge][fingerprint]") {
  Event copy = grafana_alert();
  copy.end = utc("2026-03-04T09:00:00");
  Diagnostics diagnostics;
  auto timeline = merge_events({am_alert(), copy}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].end == utc("2026-03-04T09:00:00"));

  Event survivor = am_alert();
  survivor.end = utc("2026-03-04T08:50:00");
  timeline = merge_events({survivor, copy}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].end == utc("2026-03-04T08:50:00"));
}

TEST_CASE("different kinds, services or titles do not collapse", "[merge][fingerprint]") {
  Event page = grafana_alert();
  page.kind = Kind::page;
  Event other_service = grafana_alert();
  other_service.service = "insights-api";
  Event other_title = grafana_alert();
  other_title.title = "GraphApiThrottled: 98% of calls answered 429";
  for (const Event& other : {page, other_service, other_title}) {
    Diagnostics diagnostics;
    CHECK(merge_events({am_alert(), other}, diagnostics).size() == 2);
  }
}

TEST_CASE("window 0 turns fingerprint collapse off, not id collapse", "[merge][fingerprint]") {
  Event id_copy = grafana_alert("2026-03-04T08:30:00", 7);
  id_copy.id = am_alert().id;
  id_copy.title = "something else";
  Diagnostics diagnostics;
  const auto timeline = merge_events({am_alert(), grafana_alert(), id_copy}, diagnostics,
                                     window(Nanoseconds::zero()));
  CHECK(timeline.size() == 2);
  CHECK(diagnostics.note_count() == 1);
}

TEST_CASE("a custom key compares the fields it names", "[merge][fingerprint]") {
  Event other_service = grafana_alert();
  other_service.service = "graph-sync-eu";
  MergeOptions options;
  options.dedup_key = parse_dedup_key("kind,title").key;
  Diagnostics diagnostics;
  CHECK(merge_events({am_alert(), other_service}, diagnostics, options).size() == 1);
  CHECK(diagnostics.all().at(0).message ==
        "collapsed into the event at alertmanager.json:12:3 (same kind and title, 40s apart)");

  Event team_a = am_alert();
  team_a.labels = {{"team", "Data Platform"}};
  Event team_b = grafana_alert();
  team_b.title = "unrelated text";
  team_b.labels = {{"team", "data-platform"}};
  options.dedup_key = parse_dedup_key("kind,label:team").key;
  Diagnostics by_label;
  CHECK(merge_events({team_a, team_b}, by_label, options).size() == 1);
  CHECK(by_label.all().at(0).message ==
        "collapsed into the event at alertmanager.json:12:3 (same kind and label \"team\", 40s "
        "apart)");
  // Without the label on either side, nothing to compare: no collapse.
  Diagnostics unlabelled;
  CHECK(merge_events({am_alert(), grafana_alert()}, unlabelled, options).size() == 2);
}

TEST_CASE("fingerprint collapse does not depend on the incoming arrangement",
          "[merge][fingerprint]") {
  std::vector<Event> events;
  const char* files[] = {"a.json", "b.json", "c.json"};
  for (std::size_t i = 0; i < 12; ++i) {
    // Four titles, each logged in three files at times 0s, 50s, 100s apart.
    Event e = event(Kind::alert, "alert " + std::to_string(i % 4),
                    "2026-03-04T08:0" + std::to_string(i / 4) + ":00", i, files[i / 4],
                    static_cast<int>(i));
    e.time += std::chrono::seconds(10 * (i % 4));
    e.service = "svc";
    events.push_back(e);
  }
  const auto summary = [](const std::vector<Event>& timeline, const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Event& e : timeline) {
      std::string line = e.title + "@" + e.origin.file.str();
      for (const Provenance& p : e.merged) line += "+" + p.origin.file.str();
      out.push_back(line);
    }
    for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
  };
  Diagnostics reference_diagnostics;
  const auto reference =
      summary(merge_events(events, reference_diagnostics), reference_diagnostics);
  CHECK(reference_diagnostics.note_count() == 8);

  std::mt19937 shuffler(2041);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(events.begin(), events.end(), shuffler);
    Diagnostics diagnostics;
    CHECK(summary(merge_events(events, diagnostics), diagnostics) == reference);
  }
}

TEST_CASE("dedup key names: known fields, label:NAME, typos", "[merge][fingerprint]") {
  DedupKeyParse parse = parse_dedup_key("kind,service,title,source,actor,label:team,kind");
  CHECK(parse.error.empty());
  REQUIRE(parse.key.size() == 6);
  CHECK(parse.key[5].field == FingerprintField::label);
  CHECK(parse.key[5].label == "team");

  CHECK(parse_dedup_key("titel").error == "unknown field \"titel\" (did you mean \"title\"?)");
  CHECK(parse_dedup_key("lable:x").error ==
        "unknown field \"lable:x\" (did you mean \"label:x\"?)");
  CHECK(parse_dedup_key("kind:x").error ==
        "unknown field \"kind:x\" (fields: kind, service, title, source, actor, label:NAME)");
  CHECK(parse_dedup_key("labels").error ==
        "unknown field \"labels\" (did you mean \"label:NAME\"?)");
  CHECK(parse_dedup_key("zzz").error ==
        "unknown field \"zzz\" (fields: kind, service, title, source, actor, label:NAME)");
  CHECK(parse_dedup_key("label:").error == "label: needs a label name, e.g. label:team");
  CHECK_FALSE(parse_dedup_key("").error.empty());
  CHECK_FALSE(parse_dedup_key("kind,,title").error.empty());
  CHECK(parse_dedup_key("kind,").key.empty());
}

}  // namespace
}  // namespace hindsight
