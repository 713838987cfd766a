// The Kubernetes Events adapter on broken or foreign input: every problem
// is a diagnostic at the offending node, and a broken Event is left out.
#include <catch2/catch.hpp>

#include "adapters/kubernetes_events.h"
#include "kubernetes_test_support.h"

namespace hindsight {
namespace {

using namespace kubernetes_testing;

// One core v1 Event; `fields` replaces its time fields.
std::string core_event(const std::string& fields) {
  return "apiVersion: v1\n"
         "kind: Event\n"
         "metadata:\n"
         "  name: graph-sync-x2k4q.189a3cc8e51b2f90\n"
         "  uid: 8d1f3b5a-7c9e-4a2b-b4d6-e8f0a2c4b637\n"
         "involvedObject:\n"
         "  kind: Pod\n"
         "  name: graph-sync-x2k4q\n"
         "  namespace: graph-sync\n"
         "reason: BackOff\n"
         "message: Back-off restarting failed container\n"
         "type: Warning\n" +
         fields;
}

Converted convert_text(const std::string& text) {
  return convert_all(kubernetes_events_adapter(), parse_text(text));
}

TEST_CASE("a malformed Event time is an error at the value", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      core_event("count: 3\nfirstTimestamp: yesterday\nlastTimestamp: \"2026-03-04T08:42:11Z\"\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:14:17: error: `firstTimestamp`: invalid timestamp \"yesterday\"\n"
            "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds"});
}

TEST_CASE("an Event time without an offset is an error, never a guess", "[adapters][kubernetes]") {
  const Converted out = convert_text(core_event("eventTime: \"2026-03-04T08:16:03.412907\"\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:13:12: error: `eventTime`: \"2026-03-04T08:16:03.412907\" has no UTC "
            "offset and no time zone to read it in\n"
            "  hint: add an offset (e.g. +02:00 or Z), set incident.timezone, or pass --assume-tz "
            "ZONE"});
}

TEST_CASE("an Event time without an offset is read in the zone the user gave",
          "[adapters][kubernetes]") {
  const std::vector<RawNode> documents =
      parse_text(core_event("eventTime: \"2026-03-04T10:16:03.412907\"\n"));
  const std::optional<Zone> helsinki = lookup_zone("Europe/Helsinki").zone;
  REQUIRE(helsinki);
  ConvertContext context;
  context.local_zone = &*helsinki;
  std::vector<Event> events;
  Diagnostics diagnostics;
  kubernetes_events_adapter().convert(documents[0], context, events, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(events.size() == 1);
  CHECK(format_utc(events[0].time) == "2026-03-04T08:16:03.412907Z");
}

TEST_CASE("an Event without any time is an error naming the fields looked at",
          "[adapters][kubernetes]") {
  const Converted out = convert_text(core_event("eventTime: null\nfirstTimestamp: null\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:1:1: error: Event \"graph-sync-x2k4q.189a3cc8e51b2f90\" has no time\n"
            "  hint: expected `eventTime`, `firstTimestamp`, `lastTimestamp` or "
            "`metadata.creationTimestamp`"});
}

TEST_CASE("a count that is not a whole number is an error", "[adapters][kubernetes]") {
  const Converted out =
      convert_text(core_event("count: many\nfirstTimestamp: \"2026-03-04T08:17:40Z\"\n"));
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:13:8: error: `count` must be a whole number, found \"many\""});
}

TEST_CASE("a last time before the first keeps the Event without its window",
          "[adapters][kubernetes]") {
  const Converted out =
      convert_text(core_event("count: 2\nfirstTimestamp: \"2026-03-04T08:17:40Z\"\n"
                              "lastTimestamp: \"2026-03-04T08:07:40Z\"\n"));
  REQUIRE(out.events.size() == 1);
  CHECK(line(out.events[0]) ==
        "alert 2026-03-04T08:17:40Z | Pod/graph-sync-x2k4q BackOff: Back-off restarting failed "
        "container | graph-sync | 8d1f3b5a-7c9e-4a2b-b4d6-e8f0a2c4b637 | type=Warning "
        "reason=BackOff object=Pod/graph-sync-x2k4q count=2");
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:15:16: warning: `lastTimestamp` (2026-03-04T08:07:40Z) is earlier than "
            "`firstTimestamp` (2026-03-04T08:17:40Z); the window is left out"});
}

TEST_CASE("an involvedObject that is not a map is an error", "[adapters][kubernetes]") {
  const Converted out = convert_text(
      "apiVersion: v1\nkind: Event\ninvolvedObject: Pod/graph-sync-x2k4q\n"
      "firstTimestamp: \"2026-03-04T08:17:40Z\"\n");
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:3:17: error: `involvedObject` must be a map, found a single value"});
}

TEST_CASE("an Event without reason or message is still titled by its object",
          "[adapters][kubernetes]") {
  const Converted out = convert_text(
      "apiVersion: v1\nkind: Event\ninvolvedObject: {kind: Node, name: node-b}\n"
      "metadata: {creationTimestamp: \"2026-03-04T08:17:40Z\"}\n");
  REQUIRE(out.events.size() == 1);
  CHECK(line(out.events[0]) ==
        "note 2026-03-04T08:17:40Z | Node/node-b |  |  | object=Node/node-b");
  CHECK(out.diagnostics.empty());
}

TEST_CASE("a List mixing Events and Jobs is not claimed, and reported item by item when forced",
          "[adapters][kubernetes]") {
  const std::vector<RawNode> documents = parse_text(
      "apiVersion: v1\nkind: List\nitems:\n"
      "- apiVersion: v1\n  kind: Event\n  involvedObject: {kind: Pod, name: a, namespace: n}\n"
      "  firstTimestamp: \"2026-03-04T08:17:40Z\"\n"
      "- apiVersion: batch/v1\n  kind: Job\n  metadata: {name: b}\n  spec: {}\n");
  const Recognition recognition = kubernetes_events_adapter().recognize(documents[0]);
  CHECK_FALSE(recognition.recognised);
  CHECK(recognition.missing == "item 2 is `kind: Job`, not `kind: Event`");
  CHECK(recognition.evidence == 3);
  CHECK(detected_format(documents[0]) == "none");

  const Converted out = convert_all(kubernetes_events_adapter(), documents);
  CHECK(out.events.size() == 1);
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{"export.yaml:8:3: error: list item is `kind: Job`, not a "
                                 "Kubernetes Event\n  hint: export each kind of object to its "
                                 "own file"});
}

TEST_CASE("a document that is no Event, forced to this format, is an error",
          "[adapters][kubernetes]") {
  const std::vector<RawNode> documents =
      parse_text("apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n");
  const Recognition recognition = kubernetes_events_adapter().recognize(documents[0]);
  CHECK_FALSE(recognition.recognised);
  CHECK(recognition.evidence == 1);
  CHECK(recognition.missing == "no `kind: Event` with `involvedObject` or `regarding`");
  const Converted out = convert_all(kubernetes_events_adapter(), documents);
  CHECK(out.events.empty());
  CHECK(messages(out.diagnostics) ==
        std::vector<std::string>{
            "export.yaml:1:1: error: not a Kubernetes Event or list of them\n"
            "  hint: the document has no `kind: Event` with `involvedObject` or `regarding`"});
}

TEST_CASE("an empty kubectl List is an empty Event list", "[adapters][kubernetes]") {
  const std::vector<RawNode> documents =
      parse_text("apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n");
  CHECK(detected_format(documents[0]) == "kubernetes-events");
  const Converted out = convert_all(kubernetes_events_adapter(), documents);
  CHECK(out.events.empty());
  CHECK(out.diagnostics.empty());
}

}  // namespace
}  // namespace hindsight
