// The PagerDuty adapter on incident lists and webhook payloads: each
// incident's page, ack and resolve; one event per v2 message and v3
// envelope; future `pending_actions` never become events.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <tuple>

#include "hindsight/adapter.h"
#include "hindsight/load.h"
#include "support/pagerduty_testing.h"

namespace hindsight {
namespace {

using namespace pagerduty_testing;

const std::string title_1204 = "GraphApiThrottled: 97% of partner Graph API calls answered 429";
const std::string link_1204 = "https://acme.pagerduty.com/incidents/Q2K8V4RZT1NB5X";

TEST_CASE("pagerduty recognises incident lists and webhooks", "[adapters][pagerduty]") {
  for (const char* name : {"incidents.json", "webhook-v2.json", "webhook-v3-triggered.json",
                           "webhook-v3-annotated.json", "webhook-v3-resolved.json"}) {
    INFO(name);
    CHECK(pagerduty().recognize(fixture(name)).recognised);
  }
}

TEST_CASE("pagerduty incidents become page, ack and resolve events", "[adapters][pagerduty]") {
  const Converted out = convert(fixture("incidents.json"));
  CHECK(out.diagnostics.empty());
  // #1204 resolved (no acknowledgements kept), #1205 acknowledged, #1206
  // triggered; no event for any pending action.
  REQUIRE(out.events.size() == 5);

  const Event& page = out.events[0];
  CHECK(page.kind == Kind::page);
  CHECK(format_utc(page.time) == "2026-03-04T08:22:05Z");
  CHECK(page.title == "Incident #1204: " + title_1204);
  CHECK(page.service == "graph-sync");
  CHECK(page.source == "pagerduty");
  CHECK(page.id == "Q2K8V4RZT1NB5X");
  CHECK(page.link == link_1204);
  CHECK(actor(page) == "-");
  CHECK(labels(page) ==
        "incident_id=Q2K8V4RZT1NB5X; incident_number=1204; status=resolved; urgency=high; "
        "priority=P1; escalation_policy=Data platform");

  const Event& resolved = out.events[1];
  CHECK(resolved.kind == Kind::resolve);
  CHECK(format_utc(resolved.time) == "2026-03-05T04:15:00Z");
  CHECK(resolved.title == "Incident #1204 resolved: " + title_1204);
  CHECK(resolved.id == "Q2K8V4RZT1NB5X/resolved");
  CHECK(actor(resolved) == "Maija Virtanen");

  const Event& page_1205 = out.events[2];
  CHECK(page_1205.kind == Kind::page);
  CHECK(format_utc(page_1205.time) == "2026-03-04T14:03:10Z");
  CHECK(page_1205.title == "Incident #1205: Insights freshness lag above 6 hours");
  CHECK(page_1205.service == "insights-api");
  CHECK(labels(page_1205) ==
        "incident_id=Q0LAGPR7M3VY2C; incident_number=1205; status=acknowledged; urgency=low; "
        "escalation_policy=Insights on-call");

  const Event& ack = out.events[3];
  CHECK(ack.kind == Kind::ack);
  CHECK(format_utc(ack.time) == "2026-03-04T14:09:54Z");
  CHECK(ack.title ==
        "Incident #1205 acknowledged by Aino Laine: Insights freshness lag above 6 hours");
  CHECK(ack.id == "Q0LAGPR7M3VY2C/acknowledgement/1");
  CHECK(actor(ack) == "Aino Laine");

  const Event& page_1206 = out.events[4];
  CHECK(page_1206.title == "Incident #1206: Partner webhook deliveries failing");
  CHECK(format_utc(page_1206.time) == "2026-03-04T15:40:00Z");
}

TEST_CASE("pagerduty incident status stands in for missing times", "[adapters][pagerduty]") {
  const Converted out = convert(parse(
      "i.json", R"({"incidents": [{"id": "Q7", "incident_number": 7,)"
                R"( "created_at": "2026-03-04T08:00:00Z",)"
                R"( "status": "acknowledged",)"
                R"( "last_status_change_at": "2026-03-04T08:05:00Z",)"
                R"( "last_status_change_by": {"type": "user_reference", "summary": "Aino Laine"}},)"
                R"( {"id": "Q8", "incident_number": 8,)"
                R"( "created_at": "2026-03-04T09:00:00Z", "status": "resolved",)"
                R"( "last_status_change_at": "2026-03-04T09:30:00Z"}]})")[0]);
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 4);
  CHECK(out.events[0].title == "Incident #7");
  CHECK(out.events[1].kind == Kind::ack);
  CHECK(format_utc(out.events[1].time) == "2026-03-04T08:05:00Z");
  CHECK(out.events[1].title == "Incident #7 acknowledged");
  CHECK(out.events[1].id == "Q7/acknowledged");
  CHECK(actor(out.events[1]) == "Aino Laine");
  CHECK(out.events[3].kind == Kind::resolve);
  CHECK(format_utc(out.events[3].time) == "2026-03-04T09:30:00Z");
  CHECK(out.events[3].id == "Q8/resolved");
}

TEST_CASE("pagerduty malformed incidents are reported where they are", "[adapters][pagerduty]") {
  const std::string text =
      "{\"incidents\": [\n"
      "  {\"incident_number\": 1, \"created_at\": \"2026-03-04T08:00:00Z\"},\n"
      "  {\"id\": \"Q2\", \"incident_number\": 2, \"created_at\": \"soon\"},\n"
      "  {\"id\": \"Q3\", \"incident_number\": 3, \"created_at\": \"2026-03-04T08:00:00Z\", "
      "\"acknowledgements\": [{\"acknowledger\": {}}]},\n"
      "  {\"id\": \"Q4\", \"incident_number\": 4, \"created_at\": \"2026-03-04T08:00:00Z\", "
      "\"resolved_at\": \"later\"},\n"
      "  {\"id\": \"Q5\", \"incident_number\": 5, \"created_at\": \"2026-03-04T08:00:00Z\", "
      "\"status\": \"resolved\"}\n"
      "], \"limit\": 25, \"offset\": 0, \"more\": false}\n";
  const Converted out = convert(parse("bad.json", text)[0]);
  // Q3, Q4 and Q5 still page; their broken ack or resolve is skipped.
  REQUIRE(out.events.size() == 3);
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "bad.json:2:3: error: incident has no `id`",
            "bad.json:3:52: error: `created_at`: invalid timestamp \"soon\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds",
            "bad.json:4:97: error: acknowledgement has no `at`",
            "bad.json:5:91: error: `resolved_at`: invalid timestamp \"later\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds",
            "bad.json:6:3: error: resolved incident has no `last_status_change_at`",
        });
}

TEST_CASE("pagerduty v2 webhook messages", "[adapters][pagerduty]") {
  const Converted out = convert(fixture("webhook-v2.json"));
  CHECK(out.diagnostics.empty());
  REQUIRE(out.events.size() == 2);
  const Event& trigger = out.events[0];
  CHECK(trigger.kind == Kind::page);
  CHECK(format_utc(trigger.time) == "2026-03-04T08:22:05Z");
  CHECK(trigger.title == "Incident #1204 triggered: " + title_1204);
  CHECK(trigger.service == "graph-sync");
  CHECK(trigger.id == "5ac64822-1aa4-11f1-8e25-22000a1583f0");
  CHECK(trigger.link == link_1204);
  CHECK(actor(trigger) == "-");
  CHECK(labels(trigger) ==
        "webhook_event=incident.trigger; incident_id=Q2K8V4RZT1NB5X; incident_number=1204; "
        "status=triggered; urgency=high; log_entry=R3KQZ8N2XW4LMA1F5BDT0YHC7J; "
        "log_entry_summary=Triggered through the API.");
  const Event& ack = out.events[1];
  CHECK(ack.kind == Kind::ack);
  CHECK(format_utc(ack.time) == "2026-03-04T08:55:41Z");
  CHECK(ack.title == "Incident #1204 acknowledged: " + title_1204);
  CHECK(ack.id == "79b0e3f0-1aa8-11f1-a8c4-22000a15839c");
  CHECK(actor(ack) == "Juha Korhonen");
}

TEST_CASE("pagerduty v2 webhook kinds", "[adapters][pagerduty]") {
  const std::pair<const char*, Kind> table[] = {
      {"incident.trigger", Kind::page},       {"incident.acknowledge", Kind::ack},
      {"incident.unacknowledge", Kind::note}, {"incident.resolve", Kind::resolve},
      {"incident.assign", Kind::note},        {"incident.escalate", Kind::escalate},
      {"incident.delegate", Kind::escalate},  {"incident.annotate", Kind::note},
  };
  for (const auto& [name, kind] : table) {
    INFO(name);
    const std::string text =
        std::string(R"({"messages": [{"id": "m1", "event": ")") + name +
        R"(", "created_on": "2026-03-04T08:00:00Z", "incident": {"incident_number": 5, "title": "T"}}]})";
    const Converted out = convert(parse("k.json", text)[0]);
    REQUIRE(out.events.size() == 1);
    CHECK(out.events[0].kind == kind);
  }
}

TEST_CASE("pagerduty v3 webhook envelopes", "[adapters][pagerduty]") {
  const Converted triggered = convert(fixture("webhook-v3-triggered.json"));
  CHECK(triggered.diagnostics.empty());
  REQUIRE(triggered.events.size() == 1);
  const Event& page = triggered.events[0];
  CHECK(page.kind == Kind::page);
  CHECK(format_utc(page.time) == "2026-03-04T08:22:05.412Z");
  CHECK(page.title == "Incident #1204 triggered: " + title_1204);
  CHECK(page.service == "graph-sync");
  CHECK(page.id == "01DEN6Q1KJXWBKSYG2AN4ZL6CQ");
  CHECK(page.link == link_1204);
  CHECK(actor(page) == "-");
  CHECK(labels(page) ==
        "event_type=incident.triggered; incident_id=Q2K8V4RZT1NB5X; incident_number=1204; "
        "status=triggered; urgency=high; priority=P1");

  const Converted annotated = convert(fixture("webhook-v3-annotated.json"));
  REQUIRE(annotated.events.size() == 1);
  const Event& note = annotated.events[0];
  CHECK(note.kind == Kind::note);
  CHECK(format_utc(note.time) == "2026-03-04T09:10:00.118Z");
  CHECK(note.title ==
        "Note: Backfill insights_backfill is still running at 1200 req/s; pausing it.");
  CHECK(note.service.empty());
  CHECK(note.link == link_1204);
  CHECK(actor(note) == "Juha Korhonen");
  CHECK(labels(note) ==
        "event_type=incident.annotated; incident_id=Q2K8V4RZT1NB5X; incident=" + title_1204);

  const Converted resolved = convert(fixture("webhook-v3-resolved.json"));
  REQUIRE(resolved.events.size() == 1);
  CHECK(resolved.events[0].kind == Kind::resolve);
  CHECK(format_utc(resolved.events[0].time) == "2026-03-05T04:15:00.902Z");
  CHECK(resolved.events[0].title == "Incident #1204 resolved: " + title_1204);
  CHECK(actor(resolved.events[0]) == "Maija Virtanen");
}

TEST_CASE("pagerduty v3 event types", "[adapters][pagerduty]") {
  const std::tuple<const char*, Kind, const char*> table[] = {
      {"incident.triggered", Kind::page, "Incident #5 triggered: T"},
      {"incident.acknowledged", Kind::ack, "Incident #5 acknowledged: T"},
      {"incident.unacknowledged", Kind::note, "Incident #5 unacknowledged: T"},
      {"incident.resolved", Kind::resolve, "Incident #5 resolved: T"},
      {"incident.escalated", Kind::escalate, "Incident #5 escalated: T"},
      {"incident.delegated", Kind::escalate, "Incident #5 delegated: T"},
      {"incident.reassigned", Kind::note, "Incident #5 reassigned: T"},
      {"incident.reopened", Kind::note, "Incident #5 reopened: T"},
      {"incident.priority_updated", Kind::note, "Incident #5 priority updated: T"},
  };
  for (const auto& [type, kind, title] : table) {
    INFO(type);
    const std::string text =
        std::string(R"({"event": {"id": "E1", "event_type": ")") + type +
        R"(", "resource_type": "incident", "occurred_at": "2026-03-04T08:00:00Z",)"
        R"( "data": {"id": "Q5", "type": "incident", "number": 5, "title": "T"}}})";
    const Converted out = convert(parse("k.json", text)[0]);
    REQUIRE(out.events.size() == 1);
    CHECK(out.events[0].kind == kind);
    CHECK(out.events[0].title == title);
  }
  const Converted update = convert(parse(
      "s.json",
      R"({"event": {"id": "E2", "event_type": "incident.status_update_published",)"
      R"( "resource_type": "incident", "occurred_at": "2026-03-04T08:00:00Z",)"
      R"( "data": {"incident": {"id": "Q5", "summary": "T"}, "message": "Ingestion restored",)"
      R"( "type": "status_update"}}})")[0]);
  REQUIRE(update.events.size() == 1);
  CHECK(update.events[0].kind == Kind::status_update);
  CHECK(update.events[0].title == "Status update: Ingestion restored");
  const Converted service = convert(
      parse("s.json",
            R"({"event": {"id": "E3", "event_type": "service.updated", "resource_type": "service",)"
            R"( "occurred_at": "2026-03-04T08:00:00Z", "data": {"id": "P1", "type": "service",)"
            R"( "summary": "graph-sync"}}})")[0]);
  REQUIRE(service.events.size() == 1);
  CHECK(service.events[0].kind == Kind::note);
  CHECK(service.events[0].title == "Service updated: graph-sync");
}

TEST_CASE("pagerduty malformed webhooks are reported where they are", "[adapters][pagerduty]") {
  const std::string v2 =
      "{\"messages\": [\n"
      "  {\"id\": \"m1\", \"event\": \"incident.trigger\", \"created_on\": "
      "\"2026-03-04T08:00:00Z\"},\n"
      "  {\"id\": \"m2\", \"event\": \"incident.resolve\"},\n"
      "  {\"id\": \"m3\", \"event\": [], \"created_on\": \"2026-03-04\"}\n"
      "]}\n";
  const Converted out = convert(parse("v2.json", v2)[0]);
  REQUIRE(out.events.size() == 1);
  CHECK(out.events[0].title == "Incident triggered");
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "v2.json:3:3: error: webhook message has no `created_on`",
            "v2.json:4:25: error: webhook message `event` must be a single value, found a list",
            "v2.json:4:43: error: `created_on`: invalid timestamp \"2026-03-04\": it has a date "
            "but no time of day\n"
            "  hint: add a time and offset, e.g. 2026-03-04T00:00:00Z",
        });
  const std::string v3 =
      "{\"event\": {\"id\": \"E1\", \"event_type\": \"incident.resolved\",\n"
      "  \"resource_type\": \"incident\", \"occurred_at\": \"1772611200\"}}\n";
  const Converted bad_v3 = convert(parse("v3.json", v3)[0]);
  CHECK(bad_v3.events.empty());
  CHECK(messages(bad_v3.diagnostics) ==
        std::vector<std::string>{
            "v3.json:2:47: error: `occurred_at`: invalid timestamp \"1772611200\"\n"
            "  hint: epoch seconds must be written as a plain number, not a quoted string"});
}

}  // namespace
}  // namespace hindsight
