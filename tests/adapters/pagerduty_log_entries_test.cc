// The PagerDuty adapter on REST log entries: recognition (and declining
// other formats), the exact events, and every malformed entry.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "hindsight/adapter.h"
#include "hindsight/load.h"
#include "support/pagerduty_testing.h"

namespace hindsight {
namespace {

using namespace pagerduty_testing;

const std::string incident_summary =
    "[#1204] GraphApiThrottled: 97% of partner Graph API calls answered 429";
const std::string incident_labels = "incident_id=Q2K8V4RZT1NB5X; incident=" + incident_summary;
const std::string incident_link = "https://acme.pagerduty.com/incidents/Q2K8V4RZT1NB5X";

TEST_CASE("pagerduty recognises log entry pages, lists and single entries",
          "[adapters][pagerduty]") {
  for (const char* name : {"incident-log-entries.json", "account-log-entries-helsinki.json"}) {
    INFO(name);
    const Recognition recognition = pagerduty().recognize(fixture(name));
    CHECK(recognition.recognised);
    CHECK(recognition.evidence >= 3);
  }
  const auto single =
      parse("one.json", R"({"log_entry": {"id": "RX1", "type": "resolve_log_entry",)"
                        R"( "created_at": "2026-03-04T08:00:00Z"}})");
  CHECK(pagerduty().recognize(single[0]).recognised);
  const auto empty_page =
      parse("empty.json", R"({"log_entries": [], "limit": 25, "offset": 0, "more": false})");
  CHECK(pagerduty().recognize(empty_page[0]).recognised);
  CHECK(convert(empty_page[0]).events.empty());
}

TEST_CASE("pagerduty declines native logs and other formats", "[adapters][pagerduty]") {
  for (const char* name : {"alerts.yaml", "backfill.yaml", "deploys.yaml", "incident.yaml",
                           "notes.yaml", "pages.yaml", "resolution.yaml"}) {
    INFO(name);
    for (const RawNode& document : load(std::string("examples/backfill-outage/") + name)) {
      CHECK_FALSE(pagerduty().recognize(document).recognised);
    }
  }
  const char* others[] = {
      // Alertmanager webhook
      R"({"version": "4", "status": "firing", "receiver": "pd", "groupKey": "{}",)"
      R"( "alerts": [{"status": "firing", "labels": {"alertname": "X"},)"
      R"( "startsAt": "2026-03-04T08:00:00Z", "endsAt": "0001-01-01T00:00:00Z"}]})",
      // Datadog v1 event, wrapped in `event` like a v3 webhook
      R"({"event": {"id": 1377281704830403917, "title": "Deploy", "date_happened": 1772611200}})",
      // Opsgenie alert list
      R"({"data": [{"id": "70413a06", "message": "High CPU", "createdAt": "2026-03-04T08:00:00Z"}]})",
      // Kubernetes EventList
      (R"({"apiVersion": "v1", "kind": "List", "items": [{"kind": "Event", "type": "Warning",)"
       R"( "reason": "BackOff", "lastTimestamp": "2026-03-04T08:00:00Z"}]})"),
      // A list whose items have a `type` but are not log entries
      R"([{"type": "deployment", "created_at": "2026-03-04T08:00:00Z"}])",
      // Incident references without the incident fields
      R"({"incidents": [{"id": "Q1", "summary": "x"}]})",
  };
  for (const char* text : others) {
    INFO(text);
    const Recognition recognition = pagerduty().recognize(parse("other.json", text)[0]);
    CHECK_FALSE(recognition.recognised);
    CHECK(recognition.missing ==
          "no `log_entries` of `*_log_entry` items with `created_at`, no `incidents` with "
          "`incident_number`, no webhook `messages` or `event` envelope");
  }
}

TEST_CASE("pagerduty near-misses count their marks", "[adapters][pagerduty]") {
  CHECK(pagerduty().recognize(parse("a.json", R"({"log_entries": {}})")[0]).evidence == 1);
  CHECK(pagerduty().recognize(parse("b.json", R"({"log_entries": [{"x": 1}]})")[0]).evidence == 2);
  CHECK(pagerduty().recognize(parse("c.json", R"({"title": "x"})")[0]).evidence == 0);
}

TEST_CASE("pagerduty incident log entries become events", "[adapters][pagerduty]") {
  const Converted out = convert(fixture("incident-log-entries.json"));
  CHECK(out.diagnostics.empty());
  // Seven entries; the snooze's `changed_actions` and the service's
  // `scheduled_actions` are future plans, not events.
  REQUIRE(out.events.size() == 7);

  const Event& trigger = out.events[0];
  CHECK(trigger.kind == Kind::page);
  CHECK(format_utc(trigger.time) == "2026-03-04T08:22:05Z");
  CHECK(trigger.title == "Triggered through the API: " + incident_summary);
  CHECK(trigger.service == "graph-sync");
  CHECK(trigger.source == "pagerduty");
  CHECK(trigger.id == "R3KQZ8N2XW4LMA1F5BDT0YHC7J");
  CHECK(trigger.link ==
        "https://acme.pagerduty.com/incidents/Q2K8V4RZT1NB5X/log_entries/"
        "R3KQZ8N2XW4LMA1F5BDT0YHC7J");
  CHECK(actor(trigger) == "-");
  CHECK(labels(trigger) == "log_entry_type=trigger_log_entry; " + incident_labels +
                               "; channel=api; agent=Alertmanager");
  CHECK(trigger.adapter == "pagerduty");
  CHECK(trigger.origin.file == "tests/adapters/fixtures/pagerduty/incident-log-entries.json");
  CHECK(trigger.origin.line == 3);
  CHECK(trigger.origin.column == 5);
  CHECK_FALSE(trigger.end);

  const Event& notify = out.events[1];
  CHECK(notify.kind == Kind::page);
  CHECK(format_utc(notify.time) == "2026-03-04T08:22:07Z");
  CHECK(notify.title == "Notified Maija Virtanen by SMS");
  CHECK(notify.id == "R0NOTIFYSMS7Q2K8V4RZT1NB5X");
  CHECK(notify.link == incident_link);  // the entry's own html_url is null
  CHECK(actor(notify) == "-");
  CHECK(labels(notify) == "log_entry_type=notify_log_entry; " + incident_labels +
                              "; channel=auto; agent=graph-sync; notified=Maija Virtanen; "
                              "notification=sms_notification; notification_status=success");

  const Event& escalate = out.events[2];
  CHECK(escalate.kind == Kind::escalate);
  CHECK(format_utc(escalate.time) == "2026-03-04T08:52:07Z");
  CHECK(escalate.title == "Escalated to level 2 by timeout");
  CHECK(labels(escalate) == "log_entry_type=escalate_log_entry; " + incident_labels +
                                "; channel=timeout; agent=graph-sync");

  const Event& ack = out.events[3];
  CHECK(ack.kind == Kind::ack);
  CHECK(format_utc(ack.time) == "2026-03-04T08:55:41.250Z");
  CHECK(ack.title == "Acknowledged by Juha Korhonen");
  CHECK(ack.id == "R8ACKNOWLEDGEQ2K8V4RZT1NB5");
  CHECK(actor(ack) == "Juha Korhonen");
  CHECK(ack.actor->role.empty());

  const Event& note = out.events[4];
  CHECK(note.kind == Kind::note);
  CHECK(format_utc(note.time) == "2026-03-04T09:10:00Z");
  CHECK(note.title ==
        "Note added: Backfill insights_backfill is still running at 1200 req/s; pausing it.");
  CHECK(actor(note) == "Juha Korhonen");

  const Event& snooze = out.events[5];
  CHECK(snooze.kind == Kind::note);
  CHECK(format_utc(snooze.time) == "2026-03-04T09:15:00Z");
  CHECK(snooze.title == "Snoozed for 4 hours by Juha Korhonen");

  const Event& resolve = out.events[6];
  CHECK(resolve.kind == Kind::resolve);
  CHECK(format_utc(resolve.time) == "2026-03-05T04:15:00Z");
  CHECK(resolve.title == "Resolved by Maija Virtanen");
  CHECK(resolve.service == "graph-sync");  // a full service object from include[]=services
  CHECK(resolve.id == "R9RESOLVEQ2K8V4RZT1NB5XPQR");
  CHECK(actor(resolve) == "Maija Virtanen");
}

TEST_CASE("pagerduty bare log entry lists keep offsets and fill missing summaries",
          "[adapters][pagerduty]") {
  const Converted out = convert(fixture("account-log-entries-helsinki.json"));
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 4);
  CHECK(out.events[0].kind == Kind::note);
  CHECK(format_utc(out.events[0].time) == "2026-03-04T09:25:41Z");
  CHECK(out.events[0].title == "Unacknowledged due to timeout");
  CHECK(labels(out.events[0]) ==
        "log_entry_type=unacknowledge_log_entry; " + incident_labels + "; channel=timeout");
  CHECK(out.events[1].kind == Kind::note);
  CHECK(format_utc(out.events[1].time) == "2026-03-04T09:30:00.500Z");
  CHECK(out.events[1].title == "Assigned to Aino Laine by Juha Korhonen");
  CHECK(actor(out.events[1]) == "Juha Korhonen");
  CHECK(out.events[2].kind == Kind::note);
  CHECK(format_utc(out.events[2].time) == "2026-03-04T10:02:13Z");
  CHECK(out.events[3].kind == Kind::note);
  CHECK(format_utc(out.events[3].time) == "2026-03-05T07:00:00Z");
  CHECK(out.events[3].title == "Urgency change: " + incident_summary);
  CHECK(out.events[3].id == "RQ7URGENCY00000000000000004");
}

TEST_CASE("pagerduty log entry kinds", "[adapters][pagerduty]") {
  const std::pair<const char*, Kind> table[] = {
      {"trigger_log_entry", Kind::page},
      {"notify_log_entry", Kind::page},
      {"acknowledge_log_entry", Kind::ack},
      {"unacknowledge_log_entry", Kind::note},
      {"escalate_log_entry", Kind::escalate},
      {"delegate_log_entry", Kind::escalate},
      {"repeat_escalation_path_log_entry", Kind::escalate},
      {"exhaust_escalation_path_log_entry", Kind::note},
      {"assign_log_entry", Kind::note},
      {"annotate_log_entry", Kind::note},
      {"snooze_log_entry", Kind::note},
      {"reach_trigger_limit_log_entry", Kind::note},
      {"resolve_log_entry", Kind::resolve},
  };
  for (const auto& [type, kind] : table) {
    INFO(type);
    const std::string text = std::string(R"([{"id": "R1", "type": ")") + type +
                             R"(", "created_at": "2026-03-04T08:00:00Z"}])";
    const Converted out = convert(parse("k.json", text)[0]);
    REQUIRE(out.events.size() == 1);
    CHECK(out.events[0].kind == kind);
  }
}

TEST_CASE("pagerduty ids survive exactly", "[adapters][pagerduty]") {
  const Converted out =
      convert(parse("ids.json", R"([{"id": 9007199254740993123, "type": "resolve_log_entry",)"
                                R"( "created_at": "2026-03-04T08:00:00Z"},)"
                                R"( {"id": "0042", "type": "resolve_log_entry",)"
                                R"( "created_at": "2026-03-04T08:00:00Z"}])")[0]);
  REQUIRE(out.events.size() == 2);
  CHECK(out.events[0].id == "9007199254740993123");
  CHECK(out.events[1].id == "0042");
}

TEST_CASE("pagerduty malformed log entries are reported where they are", "[adapters][pagerduty]") {
  const std::string text =
      "{\"log_entries\": [\n"
      "  {\"id\": \"R1\", \"type\": \"acknowledge_log_entry\", \"created_at\": "
      "\"2026-03-04T08:00:00Z\"},\n"
      "  {\"id\": \"R2\", \"type\": \"acknowledge_log_entry\"},\n"
      "  {\"id\": \"R3\", \"type\": \"acknowledge_log_entry\", \"created_at\": \"yesterday\"},\n"
      "  {\"id\": \"R4\", \"type\": {\"name\": \"x\"}, \"created_at\": \"2026-03-04T08:00:00Z\"},\n"
      "  {\"id\": [\"R5\"], \"type\": \"acknowledge_log_entry\", \"created_at\": "
      "\"2026-03-04T08:00:00Z\"},\n"
      "  \"R6\",\n"
      "  {\"id\": \"R7\", \"created_at\": \"2026-03-04T08:00:00\"},\n"
      "  {\"id\": \"R8\", \"type\": \"\", \"created_at\": null}\n"
      "], \"limit\": 100, \"offset\": 0, \"more\": false}\n";
  const Converted out = convert(parse("bad.json", text)[0]);
  REQUIRE(out.events.size() == 1);
  CHECK(out.events[0].id == "R1");
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "bad.json:3:3: error: log entry has no `created_at`",
            "bad.json:4:63: error: `created_at`: invalid timestamp \"yesterday\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds",
            "bad.json:5:24: error: log entry `type` must be a single value, found a map",
            "bad.json:6:10: error: log entry `id` must be a single value, found a list",
            "bad.json:7:3: error: log entry must be a map, found a single value",
            "bad.json:8:3: error: log entry has no `type`",
            "bad.json:8:30: error: `created_at`: \"2026-03-04T08:00:00\" has no UTC offset and no "
            "time zone to read it in\n"
            "  hint: add an offset (e.g. +02:00 or Z), set incident.timezone, or pass --assume-tz "
            "ZONE",
            "bad.json:9:24: error: log entry has no `type`",
            "bad.json:9:42: error: log entry has no `created_at`",
        });
}

TEST_CASE("pagerduty forced onto another format says so", "[adapters][pagerduty]") {
  const Converted out = convert(parse("x.json", R"({"events": []})")[0]);
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "x.json:1:1: error: not a PagerDuty export: no `log_entries` of `*_log_entry` items "
            "with `created_at`, no `incidents` with `incident_number`, no webhook `messages` or "
            "`event` envelope\n"
            "  hint: see docs/sources/pagerduty.md for the shapes this adapter reads"});
}

}  // namespace
}  // namespace hindsight
