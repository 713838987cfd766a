// Merge de-duplication: events sharing an id collapse into the first one.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "hindsight/merge.h"
#include "merge/merge_test_events.h"

namespace hindsight {
namespace {

using merge_test::event;
using merge_test::utc;

// The diagnostics of one severity, as printed.
std::vector<std::string> printed(const Diagnostics& diagnostics, Severity severity) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == severity) out.push_back(format_diagnostic(d));
  }
  return out;
}

std::vector<Diagnostic> warnings(const Diagnostics& diagnostics) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::warning) out.push_back(d);
  }
  return out;
}

// The deploy as the deploy tool logged it, first on the command line.
Event logged_deploy() {
  Event e = event(Kind::deploy, "Deploy api v2.3.1", "2026-03-04T08:00:00", 0, "deploys.yaml", 4);
  e.id = "deploy-42";
  return e;
}

// The same deploy as a chat export logged it, later on the command line.
Event chat_copy() {
  Event e = event(Kind::deploy, "Deploy api v2.3.1", "2026-03-04T08:00:00", 7, "chat.yaml", 9);
  e.id = "deploy-42";
  return e;
}

TEST_CASE("identical duplicates collapse into the first with a note", "[merge][dedup]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events({logged_deploy(), chat_copy()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].origin.file == "deploys.yaml");
  CHECK(timeline[0].input_order == 0);
  CHECK(printed(diagnostics, Severity::note) ==
        std::vector<std::string>{
            "chat.yaml:9:3: note: collapsed into the event at deploys.yaml:4:3 (same id "
            "\"deploy-42\")"});
  CHECK(diagnostics.note_count() == diagnostics.all().size());
}

TEST_CASE("a collapsed duplicate's adapter and place are kept", "[merge][dedup]") {
  Event copy = chat_copy();
  copy.adapter = "argocd";
  Diagnostics diagnostics;
  const auto timeline = merge_events({logged_deploy(), copy}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].adapter == "native");
  REQUIRE(timeline[0].merged.size() == 1);
  CHECK(timeline[0].merged[0].adapter == "argocd");
  CHECK(timeline[0].merged[0].origin.file == "chat.yaml");
  CHECK(timeline[0].merged[0].origin.line == 9);
  CHECK(timeline[0].merged[0].input_order == 7);
}

TEST_CASE("the first in input order survives whatever the incoming order", "[merge][dedup]") {
  Diagnostics diagnostics;
  const auto timeline = merge_events({chat_copy(), logged_deploy()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].origin.file == "deploys.yaml");
}

TEST_CASE("a later duplicate leaves the first one's time alone, without a warning",
          "[merge][dedup]") {
  Event late_copy = chat_copy();
  late_copy.time = utc("2026-03-04T08:05:00");
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {
          logged_deploy(),
          event(Kind::note, "between", "2026-03-04T08:02:00", 3, "notes.yaml"),
          late_copy,
      },
      diagnostics);
  REQUIRE(timeline.size() == 2);
  CHECK(timeline[0].title == "Deploy api v2.3.1");
  CHECK(timeline[0].time == utc("2026-03-04T08:00:00"));
  CHECK(timeline[1].title == "between");
  CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("an earlier duplicate gives the merged event its time", "[merge][dedup]") {
  // The chat export noticed the deploy before the deploy tool logged it:
  // the event keeps the deploy tool's values and place, at the earlier time.
  Event first = logged_deploy();
  first.time = utc("2026-03-04T08:05:00");
  first.end = utc("2026-03-04T08:06:00");
  Diagnostics diagnostics;
  const auto timeline = merge_events(
      {
          first,
          event(Kind::note, "between", "2026-03-04T08:02:00", 3, "notes.yaml"),
          chat_copy(),
      },
      diagnostics);
  REQUIRE(timeline.size() == 2);
  CHECK(timeline[0].title == "Deploy api v2.3.1");
  CHECK(timeline[0].time == utc("2026-03-04T08:00:00"));
  CHECK(timeline[0].end == utc("2026-03-04T08:06:00"));
  CHECK(timeline[0].origin.file == "deploys.yaml");
  CHECK(timeline[1].title == "between");
  CHECK(diagnostics.warning_count() == 0);
  CHECK(diagnostics.note_count() == 1);
}

TEST_CASE("every disagreeing field is named, in a fixed order", "[merge][dedup]") {
  Event first = logged_deploy();
  first.end = utc("2026-03-04T08:10:00");
  first.service = "api";
  first.actor = Actor{"arto", "data engineer"};
  first.source = "argo";
  first.link = "https://example.invalid/deploys/42";
  first.labels = {{"version", "2.3.1"}};

  Event copy = chat_copy();
  copy.time = utc("2026-03-04T08:00:30");
  copy.end = utc("2026-03-04T08:12:00");
  copy.kind = Kind::rollback;
  copy.title = "Roll back api";
  copy.service = "graph-sync";
  copy.actor = Actor{"mia", ""};
  copy.source = "slack";
  copy.link = "https://example.invalid/chat/1";
  copy.labels = {{"version", "2.3.0"}, {"canary", "true"}};

  Diagnostics diagnostics;
  const auto timeline = merge_events({first, copy}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].kind == Kind::deploy);
  CHECK(timeline[0].title == "Deploy api v2.3.1");
  CHECK(timeline[0].labels == first.labels);

  const std::string prefix = "event \"deploy-42\" repeats an earlier event with a different ";
  std::vector<std::string> expected = {
      prefix + "end (2026-03-04T08:12:00Z vs 2026-03-04T08:10:00Z at deploys.yaml:4:3)",
      prefix + "kind (rollback vs deploy at deploys.yaml:4:3)",
      prefix + "title (\"Roll back api\" vs \"Deploy api v2.3.1\" at deploys.yaml:4:3)",
      prefix + "service (\"graph-sync\" vs \"api\" at deploys.yaml:4:3)",
      prefix + "actor (\"mia\" vs \"arto (data engineer)\" at deploys.yaml:4:3)",
      prefix + "source (\"slack\" vs \"argo\" at deploys.yaml:4:3)",
      prefix +
          "link (\"https://example.invalid/chat/1\" vs \"https://example.invalid/deploys/42\" at "
          "deploys.yaml:4:3)",
      prefix + "labels ({version: 2.3.0, canary: true} vs {version: 2.3.1} at deploys.yaml:4:3)",
  };
  std::vector<std::string> actual;
  for (const Diagnostic& d : warnings(diagnostics)) {
    CHECK(d.severity == Severity::warning);
    CHECK(d.pos.file == "chat.yaml");
    CHECK(d.pos.line == 9);
    actual.push_back(d.message);
  }
  CHECK(actual == expected);
}

TEST_CASE("gaps in the first event are filled from a duplicate", "[merge][dedup]") {
  Event copy = chat_copy();
  copy.end = utc("2026-03-04T08:10:00");
  copy.service = "api";
  copy.actor = Actor{"arto", "data engineer"};
  copy.source = "argo";
  copy.link = "https://example.invalid/deploys/42";
  copy.labels = {{"version", "2.3.1"}};

  Diagnostics diagnostics;
  const auto timeline = merge_events({logged_deploy(), copy}, diagnostics);
  REQUIRE(timeline.size() == 1);
  const Event& merged = timeline[0];
  CHECK(merged.end == utc("2026-03-04T08:10:00"));
  CHECK(merged.service == "api");
  REQUIRE(merged.actor);
  CHECK(merged.actor->name == "arto");
  CHECK(merged.actor->role == "data engineer");
  CHECK(merged.source == "argo");
  CHECK(merged.link == "https://example.invalid/deploys/42");
  CHECK(merged.labels == copy.labels);
  CHECK(merged.origin.file == "deploys.yaml");
  CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("a value missing from a duplicate is no disagreement", "[merge][dedup]") {
  Event first = logged_deploy();
  first.service = "api";
  first.actor = Actor{"arto", ""};
  Diagnostics diagnostics;
  const auto timeline = merge_events({first, chat_copy()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].service == "api");
  CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("an actor's role completes the same actor without a warning", "[merge][dedup]") {
  Event first = logged_deploy();
  first.actor = Actor{"arto", ""};
  Event copy = chat_copy();
  copy.actor = Actor{"arto", "data engineer"};
  Diagnostics diagnostics;
  const auto timeline = merge_events({first, copy}, diagnostics);
  REQUIRE(timeline[0].actor);
  CHECK(timeline[0].actor->role == "data engineer");
  CHECK(diagnostics.warning_count() == 0);

  Event other_role = chat_copy();
  other_role.actor = Actor{"arto", "release manager"};
  first.actor = Actor{"arto", "data engineer"};
  Diagnostics conflict;
  merge_events({first, other_role}, conflict);
  REQUIRE(warnings(conflict).size() == 1);
  CHECK(warnings(conflict)[0].message ==
        "event \"deploy-42\" repeats an earlier event with a different actor (\"arto (release "
        "manager)\" vs \"arto (data engineer)\" at deploys.yaml:4:3)");
}

TEST_CASE("labels in another order are the same labels", "[merge][dedup]") {
  Event first = logged_deploy();
  first.labels = {{"a", "1"}, {"b", "2"}};
  Event copy = chat_copy();
  copy.labels = {{"b", "2"}, {"a", "1"}};
  Diagnostics diagnostics;
  const auto timeline = merge_events({first, copy}, diagnostics);
  CHECK(timeline[0].labels == first.labels);
  CHECK(diagnostics.warning_count() == 0);
}

TEST_CASE("a custom kind is compared as written", "[merge][dedup]") {
  Event first = logged_deploy();
  first.kind = Kind::custom;
  first.custom_kind = "x-canary";
  Event copy = chat_copy();
  copy.kind = Kind::custom;
  copy.custom_kind = "x-experiment";
  Diagnostics diagnostics;
  merge_events({first, copy}, diagnostics);
  REQUIRE(warnings(diagnostics).size() == 1);
  CHECK(warnings(diagnostics)[0].message ==
        "event \"deploy-42\" repeats an earlier event with a different kind (x-experiment vs "
        "x-canary at deploys.yaml:4:3)");
}

TEST_CASE("a warning points at where the kept value came from", "[merge][dedup]") {
  // The second copy fills in the service; the third disagrees with it.
  Event second = chat_copy();
  second.service = "api";
  Event third = event(Kind::deploy, "Deploy api v2.3.1", "2026-03-04T08:00:00", 9, "argo.json", 2);
  third.id = "deploy-42";
  third.service = "graph-sync";
  Diagnostics diagnostics;
  const auto timeline = merge_events({logged_deploy(), second, third}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].service == "api");
  REQUIRE(warnings(diagnostics).size() == 1);
  CHECK(format_diagnostic(warnings(diagnostics)[0])
            .rfind("argo.json:2:3: warning: event \"deploy-42\" repeats an earlier event with a "
                   "different service (\"graph-sync\" vs \"api\" at chat.yaml:9:3)",
                   0) == 0);
}

TEST_CASE("warnings keep quotes and line breaks on one escaped line", "[merge][dedup]") {
  Event first = logged_deploy();
  first.id = "say \"hi\"";
  Event copy = chat_copy();
  copy.id = first.id;
  copy.title = "line one\nline \"two\"\t\x1b";
  Diagnostics diagnostics;
  merge_events({first, copy}, diagnostics);
  REQUIRE(warnings(diagnostics).size() == 1);
  CHECK(warnings(diagnostics)[0].message ==
        "event \"say \\\"hi\\\"\" repeats an earlier event with a different title (\"line "
        "one\\nline \\\"two\\\"\\t\\u001b\" vs \"Deploy api v2.3.1\" at deploys.yaml:4:3)");
}

TEST_CASE("duplicates of several ids are reported in input order", "[merge][dedup]") {
  Event a1 = event(Kind::alert, "A", "2026-03-04T08:21:00", 0, "alerts.yaml", 2);
  a1.id = "a";
  Event b1 = event(Kind::page, "B", "2026-03-04T08:22:00", 1, "alerts.yaml", 8);
  b1.id = "b";
  Event b2 = event(Kind::page, "B again", "2026-03-04T08:22:00", 2, "pages.yaml", 3);
  b2.id = "b";
  Event a2 = event(Kind::alert, "A again", "2026-03-04T08:21:00", 3, "pages.yaml", 7);
  a2.id = "a";
  Diagnostics diagnostics;
  const auto timeline = merge_events({a2, b2, b1, a1}, diagnostics);
  REQUIRE(timeline.size() == 2);
  CHECK(timeline[0].title == "A");
  CHECK(timeline[1].title == "B");
  // Each duplicate's note, then its warning, duplicates in input order.
  std::vector<std::string> seen;
  for (const Diagnostic& d : diagnostics.all()) {
    seen.push_back(format_diagnostic({d.severity, d.pos, d.message.substr(0, 14), ""}));
  }
  CHECK(seen == std::vector<std::string>{
                    "pages.yaml:3:3: note: collapsed into",
                    "pages.yaml:3:3: warning: event \"b\" repe",
                    "pages.yaml:7:3: note: collapsed into",
                    "pages.yaml:7:3: warning: event \"a\" repe",
                });
}

TEST_CASE("copies of an id from three files are listed in input order", "[merge][dedup]") {
  Event third = event(Kind::deploy, "Deploy api v2.3.1", "2026-03-04T07:59:58", 9, "argo.json", 2);
  third.id = "deploy-42";
  third.adapter = "argocd";
  Diagnostics diagnostics;
  const auto timeline = merge_events({third, chat_copy(), logged_deploy()}, diagnostics);
  REQUIRE(timeline.size() == 1);
  CHECK(timeline[0].origin.file == "deploys.yaml");
  CHECK(timeline[0].time == utc("2026-03-04T07:59:58"));
  REQUIRE(timeline[0].merged.size() == 2);
  CHECK(timeline[0].merged[0].origin.file == "chat.yaml");
  CHECK(timeline[0].merged[1].origin.file == "argo.json");
  CHECK(timeline[0].merged[1].adapter == "argocd");
}

}  // namespace
}  // namespace hindsight
