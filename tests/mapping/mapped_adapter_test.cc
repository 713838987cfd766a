// A mapping at work: recognising documents by shape and turning records
// into events, field by field, with every record problem at its place.
#include <catch2/catch.hpp>

#include "mapping/mapping_testing.h"
#include "core/time_testing.h"

namespace hindsight {
namespace {

using namespace mapping_testing;

const char* const chat_mapping = R"(
mapping: chat
records: messages
match:
  has: [ts, text]
skip:
  - equals: {subtype: channel_join}
event:
  time: {path: ts, unit: seconds}
  kind:
    path: bot.name
    table: {Statuspage: status_update, DeployBot: deploy}
    default: note
  title: {path: [text, "attachments[0].title"], first_line: true}
  service: {value: checkout}
  actor: user.name
  actor_role: user.title
  source: {value: chat}
  id: {template: "chat/{$.channel}/{ts}"}
  link: "attachments[0].url"
  labels:
    channel: $.channel
    severity: "attachments[0].fields[title=Severity].value"
)";

TEST_CASE("Mappings: records become events field by field", "[mapping]") {
  const auto adapter = mapping(chat_mapping);
  const Converted converted = convert(*adapter, R"({
    "channel": "inc-42",
    "messages": [
      {"ts": "1781593960.000100", "text": "Looking at it\nmore later", "user": {"name": "Aino", "title": "SRE"}},
      {"ts": "1781594000", "text": "x joined", "subtype": "channel_join"},
      {"ts": "1781594370.5", "text": "", "bot": {"name": "statuspage"},
       "attachments": [{"title": "Investigating", "url": "https://status.example.com/1",
                        "fields": [{"title": "Severity", "value": "major"}]}]},
      {"ts": 1781594400, "text": "Rolled out 3.7.5", "bot": {"name": "DeployBot"}}
    ]})");
  CHECK(converted.messages.empty());
  CHECK(converted.events ==
        std::vector<std::string>{
            "2026-06-16T07:12:40.000100Z note | Looking at it | checkout | Aino/SRE | chat | "
            "chat/inc-42/1781593960.000100 |  | channel=inc-42",
            "2026-06-16T07:19:30.500Z status_update | Investigating | checkout |  | chat | "
            "chat/inc-42/1781594370.5 | https://status.example.com/1 | channel=inc-42 "
            "severity=major",
            "2026-06-16T07:20:00Z deploy | Rolled out 3.7.5 | checkout |  | chat | "
            "chat/inc-42/1781594400 |  | channel=inc-42",
        });
}

TEST_CASE("Mappings: recognition by shape, and what a near miss lacked", "[mapping]") {
  const auto adapter = mapping(chat_mapping);
  CHECK(adapter->recognize(document(R"({"messages": [{"ts": "1", "text": "a"}]})")).recognised);
  // An empty list under the named key is this source with nothing in it.
  CHECK(adapter->recognize(document(R"({"messages": []})")).recognised);

  const Recognition no_text = adapter->recognize(document(R"({"messages": [{"ts": "1"}]})"));
  CHECK_FALSE(no_text.recognised);
  CHECK(no_text.missing == "no `text`");
  CHECK(no_text.evidence == 2);  // `messages` and `ts`

  const Recognition no_list = adapter->recognize(document(R"({"items": []})"));
  CHECK_FALSE(no_list.recognised);
  CHECK(no_list.missing == "no `messages`");
  CHECK(no_list.evidence == 0);

  const Recognition not_a_list = adapter->recognize(document(R"({"messages": {"ts": 1}})"));
  CHECK_FALSE(not_a_list.recognised);
  CHECK(not_a_list.missing == "`messages` is a map, not a list of records");
}

TEST_CASE("Mappings: without `records`, a list of records or one record", "[mapping]") {
  const auto adapter = mapping(R"(
mapping: log
match: {has: [at, msg], equals: {type: event}}
event: {time: at, kind: {value: note}, title: msg}
)");
  CHECK(adapter->recognize(document(R"([{"at": "2026-06-16T10:00:00Z", "msg": "a", "type": "event"}])"))
            .recognised);
  CHECK(adapter->recognize(document(R"({"at": "2026-06-16T10:00:00Z", "msg": "a", "type": "event"})"))
            .recognised);
  const Recognition wrong_type =
      adapter->recognize(document(R"([{"at": "x", "msg": "a", "type": "metric"}])"));
  CHECK_FALSE(wrong_type.recognised);
  CHECK(wrong_type.missing == "`type` is \"metric\", not \"event\"");
  // A bare empty list could be anything.
  CHECK_FALSE(adapter->recognize(document("[]")).recognised);

  CHECK(convert(*adapter, R"({"at": "2026-06-16T10:00:00+03:00", "msg": "one", "type": "event"})")
            .events == std::vector<std::string>{"2026-06-16T07:00:00Z note | one |  |  |  |  |  |"});
}

TEST_CASE("Mappings: epoch units are the mapping's word, never guessed", "[mapping]") {
  for (const auto& [unit, value, expected] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"seconds", "1781593960", "2026-06-16T07:12:40Z"},
           {"seconds", "\"1781593960.123456789\"", "2026-06-16T07:12:40.123456789Z"},
           {"milliseconds", "1781593960123", "2026-06-16T07:12:40.123Z"},
           {"microseconds", "\"1781593960123456\"", "2026-06-16T07:12:40.123456Z"},
           {"nanoseconds", "1781593960123456789", "2026-06-16T07:12:40.123456789Z"},
           {"rfc3339", "\"2026-06-16T10:12:40.5+03:00\"", "2026-06-16T07:12:40.500Z"},
       }) {
    const auto adapter = mapping("mapping: t\nmatch: {has: [t]}\nevent:\n  time: {path: t, unit: " +
                                 unit + "}\n  kind: {value: note}\n  title: {value: x}\n");
    const Converted converted = convert(*adapter, "[{\"t\": " + value + "}]");
    INFO(unit << " " << value);
    CHECK(converted.messages.empty());
    REQUIRE(converted.events.size() == 1);
    CHECK(converted.events.front().substr(0, expected.size()) == expected);
  }
}

TEST_CASE("Mappings: a zone applies to local times only", "[mapping]") {
  const auto adapter = mapping(R"(
mapping: local
match: {has: [when]}
event:
  time: {path: when, format: "%d.%m.%Y %H:%M:%S", zone: Europe/Helsinki}
  end: {path: until}
  kind: {value: x-maintenance}
  title: {value: window}
)");
  const Converted converted = convert(*adapter, R"([
    {"when": "16.06.2026 10:00:00", "until": "2026-06-16T08:00:00Z"},
    {"when": "29.03.2026 03:30:00"},
    {"when": "16.06.2026 10:00:00", "until": "2026-06-16T06:00:00Z"},
    {"when": "2026-06-16 10:00:00"}
  ])");
  CHECK(converted.events == std::vector<std::string>{
                                "2026-06-16T07:00:00Z..2026-06-16T08:00:00Z x-maintenance | window "
                                "|  |  |  |  |  |"});
  REQUIRE(converted.messages.size() == 3);
  CHECK(converted.messages[0].rfind("in.json:3:14: error: time: local time \"29.03.2026 03:30:00\" "
                                    "does not exist in Europe/Helsinki",
                                    0) == 0);
  CHECK(converted.messages[1] ==
        "in.json:4:5: error: local record ends (2026-06-16T06:00:00Z) before it starts "
        "(2026-06-16T07:00:00Z)");
  CHECK(converted.messages[2] ==
        "in.json:5:14: error: time: time \"2026-06-16 10:00:00\" does not match the format "
        "\"%d.%m.%Y %H:%M:%S\"\n"
        "  hint: check the mapping's `format` against a value from the source");
}

TEST_CASE("Mappings: local RFC 3339 times fall back to the run's zone", "[mapping]") {
  const auto adapter = mapping(
      "mapping: t\nmatch: {has: [t]}\nevent: {time: t, kind: {value: note}, title: {value: x}}\n");
  const Zone helsinki = testing::zone("Europe/Helsinki");
  CHECK(convert(*adapter, R"([{"t": "2026-06-16 10:00:00"}])", &helsinki).events ==
        std::vector<std::string>{"2026-06-16T07:00:00Z note | x |  |  |  |  |  |"});
  const Converted without = convert(*adapter, R"([{"t": "2026-06-16 10:00:00"}])");
  CHECK(without.events.empty());
  REQUIRE(without.messages.size() == 1);
  CHECK(without.messages.front().find("has no UTC offset") != std::string::npos);
}

TEST_CASE("Mappings: kinds through the table, the default, or the value itself", "[mapping]") {
  const auto tabled = mapping(R"(
mapping: k
match: {has: [t]}
event: {time: t, kind: {path: type, table: {Fired: alert, OK: resolve}}, title: {value: x}}
)");
  const Converted converted = convert(*tabled, R"([
    {"t": "2026-06-16T10:00:00Z", "type": "fired"},
    {"t": "2026-06-16T10:01:00Z", "type": "paused"},
    {"t": "2026-06-16T10:02:00Z"}
  ])");
  CHECK(converted.events == std::vector<std::string>{"2026-06-16T10:00:00Z alert | x |  |  |  |  |  |"});
  CHECK(converted.messages ==
        std::vector<std::string>{
            "in.json:3:43: error: k record's kind \"paused\" is not in the mapping's kind table\n"
            "  hint: add it to `kind.table`, or give `kind.default`",
            "in.json:4:5: error: k record has no kind at `type`\n"
            "  hint: give `kind.default` for records without one",
        });

  const auto direct = mapping(
      "mapping: k\nmatch: {has: [t]}\nevent: {time: t, kind: type, title: {value: x}}\n");
  const Converted read_as_kinds = convert(*direct, R"([
    {"t": "2026-06-16T10:00:00Z", "type": "Deployment"},
    {"t": "2026-06-16T10:01:00Z", "type": "x-chaos"},
    {"t": "2026-06-16T10:02:00Z", "type": "alret"}
  ])");
  CHECK(read_as_kinds.events ==
        std::vector<std::string>{"2026-06-16T10:00:00Z deploy | x |  |  |  |  |  |",
                                 "2026-06-16T10:01:00Z x-chaos | x |  |  |  |  |  |"});
  CHECK(read_as_kinds.messages ==
        std::vector<std::string>{
            "in.json:4:43: error: unknown kind \"alret\"\n"
            "  hint: map the source's values to kinds with `kind.table`, or give `kind.default`"});
}

TEST_CASE("Mappings: missing values, fallbacks, and paths that find a map", "[mapping]") {
  const auto adapter = mapping(R"yaml(
mapping: m
match: {has: [t]}
event:
  time: t
  kind: {value: note}
  title: {path: [summary, text], default: "(no text)"}
  service: svc
  id: {template: "m/{id}"}
)yaml");
  const Converted converted = convert(*adapter, R"([
    {"t": "2026-06-16T10:00:00Z", "summary": "first wins", "text": "second", "id": 7},
    {"t": "2026-06-16T10:01:00Z", "text": "fallback path", "svc": null},
    {"t": "2026-06-16T10:02:00Z"},
    {"t": "2026-06-16T10:03:00Z", "summary": "s", "svc": {"name": "checkout"}},
    {"text": "no time"},
    "not a record"
  ])");
  CHECK(converted.events ==
        std::vector<std::string>{
            "2026-06-16T10:00:00Z note | first wins |  |  |  | m/7 |  |",
            "2026-06-16T10:01:00Z note | fallback path |  |  |  |  |  |",
            "2026-06-16T10:02:00Z note | (no text) |  |  |  |  |  |",
        });
  CHECK(converted.messages ==
        std::vector<std::string>{
            "in.json:5:58: error: service path `svc` finds a map, not a single value\n"
            "  hint: point the mapping at a value inside it, e.g. `svc.name` or `svc[0]`",
            "in.json:6:5: error: m record has no time at `t`\n"
            "  hint: every record needs a time; list fallbacks in `path: [a, b]` or `skip` "
            "records that are not events",
            "in.json:7:5: error: m record must be a map, found a single value",
        });
}

TEST_CASE("Mappings: ids survive exactly, however long", "[mapping]") {
  const auto adapter = mapping(
      "mapping: m\nmatch: {has: [t]}\nevent: {time: t, kind: {value: note}, title: {value: x}, "
      "id: id}\n");
  CHECK(convert(*adapter, R"([{"t": "2026-06-16T10:00:00Z", "id": 18446744073709551615}])")
            .events ==
        std::vector<std::string>{"2026-06-16T10:00:00Z note | x |  |  |  | 18446744073709551615 |  |"});
}

}  // namespace
}  // namespace hindsight
