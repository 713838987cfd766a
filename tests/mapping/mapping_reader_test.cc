// Reading mapping files: every mistake is an error at its place in the
// file, with a hint, and a mapping with any mistake is not used.
#include <catch2/catch.hpp>

#include "mapping/mapping_testing.h"

namespace hindsight {
namespace {

using namespace mapping_testing;

const std::string minimal_event = "event: {time: t, kind: {value: note}, title: x}\n";

TEST_CASE("Mapping files: a minimal mapping reads", "[mapping][reader]") {
  const auto adapter = mapping("mapping: tiny\nmatch: {has: [t]}\n" + minimal_event);
  CHECK(adapter->name() == "tiny");
  CHECK(adapter->description() == "user mapping from m.yaml");
  CHECK(adapter->example() == "hindsight timeline --mapping m.yaml FILE");
}

TEST_CASE("Mapping files: top-level mistakes", "[mapping][reader]") {
  CHECK(problems("- a\n- b\n") ==
        std::vector<std::string>{
            "m.yaml:1:1: error: a mapping file must be a map starting with `mapping: NAME`\n"
            "  hint: see docs/mappings.md and the mappings in examples/mappings/"});
  CHECK(problems("mapping: Slack Export\nmatch: {has: [t]}\n" + minimal_event) ==
        std::vector<std::string>{
            "m.yaml:1:10: error: mapping name \"Slack Export\" is not a format name\n"
            "  hint: use lowercase letters, digits and dashes, e.g. `slack` or `app-log`"});
  CHECK(problems("mapping: s\nmatchs: {has: [t]}\n" + minimal_event) ==
        std::vector<std::string>{
            "m.yaml:2:1: error: unknown mapping key \"matchs\"\n  hint: did you mean \"match\"?",
            "m.yaml:1:1: error: mapping has no `match`\n"
            "  hint: say which documents it reads, e.g. `match: {has: [ts, text]}`; without it "
            "every document would look like this source"});
  CHECK(problems("mapping: s\nmatch: {}\n" + minimal_event) ==
        std::vector<std::string>{"m.yaml:2:8: error: `match` tests nothing\n"
                                 "  hint: list the keys every record has under `has`, or values "
                                 "under `equals`"});
  CHECK(problems("mapping: s\nmatch: {has: [t]}\nskip: {}\n" + minimal_event) ==
        std::vector<std::string>{
            "m.yaml:3:7: error: `skip` condition tests nothing, so it would skip every record\n"
            "  hint: give it `has` or `equals`, or remove it"});
  CHECK(problems("mapping: s\nmapping: t\nmatch: {has: [t]}\n" + minimal_event).front() ==
        "m.yaml:2:1: error: mapping key \"mapping\" appears twice");
  CHECK(problems("mapping: s\nmatch: {has: [t]}\n") ==
        std::vector<std::string>{
            "m.yaml:1:1: error: mapping has no `event`\n"
            "  hint: say how a record becomes an event: `event: {time: ..., kind: ..., title: "
            "...}`"});
}

TEST_CASE("Mapping files: event rule mistakes", "[mapping][reader]") {
  const std::string head = "mapping: s\nmatch: {has: [t]}\n";
  CHECK(problems(head + "event: {kind: {value: note}}\n") ==
        std::vector<std::string>{
            "m.yaml:3:8: error: mapping `event` has no `time`\n"
            "  hint: every event needs a time, a kind and a title; see docs/mappings.md",
            "m.yaml:3:8: error: mapping `event` has no `title`\n"
            "  hint: every event needs a time, a kind and a title; see docs/mappings.md"});
  CHECK(problems(head + "event: {time: t, kind: {value: note}, title: x, titel: y}\n") ==
        std::vector<std::string>{
            "m.yaml:3:49: error: unknown event key \"titel\"\n  hint: did you mean \"title\"?"});
  CHECK(problems(head + "event: {time: {path: t, unit: secs}, kind: {value: note}, title: x}\n") ==
        std::vector<std::string>{
            "m.yaml:3:31: error: unknown time unit \"secs\"\n"
            "  hint: use rfc3339, seconds, milliseconds, microseconds or nanoseconds (of the Unix "
            "epoch), or give a `format` instead"});
  CHECK(problems(head +
                 "event: {time: {path: t, unit: seconds, format: \"%s\"}, kind: {value: note}, "
                 "title: x}\n") ==
        std::vector<std::string>{
            "m.yaml:3:48: error: time has both `unit` and `format`\n"
            "  hint: `unit` is for epoch counts and RFC 3339, `format` for any other layout"});
  CHECK(problems(head + "event: {time: {path: t, format: \"%Y\", zone: CET}, kind: {value: note}, "
                        "title: x}\n")
            .front()
            .rfind("m.yaml:3:45: error: ", 0) == 0);
  CHECK(problems(head + "event: {time: \"a..b\", kind: {value: note}, title: x}\n") ==
        std::vector<std::string>{
            "m.yaml:3:15: error: time: bad path \"a..b\": empty step at character 3\n"
            "  hint: paths look like `user.name`, `items[0].id`, `fields[title=Env].value` or "
            "`$.channel`"});
  CHECK(problems(head + "event: {time: t, kind: {value: nope}, title: x}\n") ==
        std::vector<std::string>{
            "m.yaml:3:32: error: kind: unknown kind \"nope\"\n"
            "  hint: did you mean \"note\"?"});
  CHECK(problems(head + "event: {time: t, kind: {path: k, table: {a: alret}}, title: x}\n") ==
        std::vector<std::string>{
            "m.yaml:3:45: error: kind table: unknown kind \"alret\"\n"
            "  hint: did you mean \"alert\"?"});
  CHECK(problems(head + "event: {time: t, kind: {value: note}, title: {path: a, value: b}}\n") ==
        std::vector<std::string>{
            "m.yaml:3:46: error: title needs exactly one of `path`, `value` and `template`\n"
            "  hint: `path` reads the record, `value` is fixed text, `template` mixes both: "
            "\"{user} deployed {version}\""});
  CHECK(problems(head + "event: {time: t, kind: {value: note}, title: {template: \"{a\"}}\n") ==
        std::vector<std::string>{"m.yaml:3:57: error: title: `{` at character 1 is never closed\n"
                                 "  hint: write `{{` for a literal brace"});
  CHECK(problems(head + "event: {time: t, kind: {value: note}, title: x, labels: [a]}\n") ==
        std::vector<std::string>{
            "m.yaml:3:57: error: `labels` must be a map of label name to field, found a list"});
}

TEST_CASE("Mapping files: templates keep literal braces", "[mapping][reader]") {
  const auto adapter = mapping(
      "mapping: s\nmatch: {has: [t]}\nevent: {time: t, kind: {value: note}, title: {template: "
      "\"{{{name}}} {{x}}\"}}\n");
  CHECK(convert(*adapter, R"([{"t": "2026-06-16T10:00:00Z", "name": "a"}])").events ==
        std::vector<std::string>{"2026-06-16T10:00:00Z note | {a} {x} |  |  |  |  |  |"});
}

TEST_CASE("Mapping files: names must be free", "[mapping][reader]") {
  const std::string body = "match: {has: [t]}\n" + minimal_event;
  ReadResult builtin = read({{"a.yaml", "mapping: pagerduty\n" + body}});
  CHECK(builtin.adapters.empty());
  CHECK(builtin.messages ==
        std::vector<std::string>{
            "a.yaml:1:10: error: mapping name \"pagerduty\" is a built-in format's\n"
            "  hint: choose another name; `hindsight formats` lists the taken ones"});

  ReadResult twice = read({{"a.yaml", "mapping: chat\n" + body}, {"b.yaml", "mapping: chat\n" + body}});
  CHECK(twice.adapters.size() == 1);
  CHECK(twice.messages == std::vector<std::string>{
                              "b.yaml:1:10: error: mapping name \"chat\" is taken by a.yaml\n"
                              "  hint: give each mapping a name of its own"});
}

TEST_CASE("Mapping files: unreadable, empty and multi-document files", "[mapping][reader]") {
  testing::MemoryFileSystem fs;
  fs.add_file("empty.yaml", "");
  fs.add_file("two.yaml", "mapping: a\n---\nmapping: b\n");
  fs.add_directory("dir");
  Diagnostics diagnostics;
  const auto adapters =
      read_mappings({"missing.yaml", "empty.yaml", "two.yaml", "dir"}, fs, diagnostics);
  CHECK(adapters.empty());
  const std::vector<std::string> messages = messages_of(diagnostics);
  REQUIRE(messages.size() == 4);
  CHECK(messages[0].rfind("missing.yaml: error: cannot read mapping file", 0) == 0);
  CHECK(messages[1] == "empty.yaml: error: mapping file is empty\n"
                       "  hint: write one mapping per file; see docs/mappings.md");
  CHECK(messages[2] == "two.yaml:3: error: mapping file holds more than one document\n"
                       "  hint: write one mapping per file; see docs/mappings.md");
  CHECK(messages[3] == "dir: error: mapping is a directory, not a file\n"
                       "  hint: give each mapping file with its own --mapping");
  CHECK(diagnostics.has_io_errors());
}

}  // namespace
}  // namespace hindsight
