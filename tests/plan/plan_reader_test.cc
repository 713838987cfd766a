// Reading a plan file: every field, the kinds, the planned window, and a
// clear error for every bad field.
#include <catch2/catch.hpp>

#include "plan/plan_testing.h"
#include "support/memory_file_system.h"

namespace hindsight {
namespace {

using test::read_plan_fields;
using test::read_plan_text;

Timestamp utc(const char* text) { return *parse_timestamp(text, nullptr).time; }

// The only message of a read that must fail.
std::string only_error(const test::PlanRead& read) {
  CHECK_FALSE(read.plan);
  REQUIRE(read.messages().size() == 1);
  return read.messages().front();
}

TEST_CASE("a full plan is read field by field", "[plan]") {
  const test::PlanRead read = read_plan_text(R"(hindsight: 1
plan:
  title: Backfill of page insights since 2024
  kind: backfill
  owner: data engineering
  timezone: Europe/Helsinki
  start: 2026-03-04 10:00
  duration: 5h
  services: [graph-sync, insights-api]
  on_call: data-platform on-call
  rollback: Pause the DAG.
  alerts: [GraphApiThrottled]
  notes: Runs once.
  volume:
    items: 9_480_000
    requests_per_item: 2
    requests: 18960000
    rate: 1200/s
    concurrency: 24
    rate_per_worker: 50/s
    retries: 3
  dependencies:
    - name: partner Graph API
      limit: {requests: 1_080_000, per: 1h}
      quota: {requests: 20_000_000, per: 24h, resets_at: 2026-03-05T00:00:00Z}
      shared_with:
        - {name: page-sync, rate: 40/s}
        - insights-api
      notes: App-wide.
)");
  CHECK(read.messages().empty());
  REQUIRE(read.plan);
  const Plan& plan = *read.plan;
  CHECK(plan.title == "Backfill of page insights since 2024");
  CHECK(plan.kind == PlanKind::backfill);
  CHECK(plan.owner == "data engineering");
  CHECK(plan.timezone == "Europe/Helsinki");
  // An offset-less time is read in the plan's timezone.
  CHECK(plan.start == utc("2026-03-04T08:00:00Z"));
  CHECK(plan.end == utc("2026-03-04T13:00:00Z"));
  CHECK(plan.duration == Nanoseconds(std::chrono::hours(5)));
  CHECK(plan.services == std::vector<std::string>{"graph-sync", "insights-api"});
  CHECK(plan.on_call == "data-platform on-call");
  CHECK(plan.rollback == "Pause the DAG.");
  CHECK(plan.alerts == std::vector<std::string>{"GraphApiThrottled"});
  CHECK(plan.notes == "Runs once.");
  const PlanVolume& volume = plan.volume;
  CHECK(volume.items == 9'480'000u);
  CHECK(volume.requests_per_item == 2u);
  CHECK(volume.requests == 18'960'000u);
  REQUIRE(volume.rate);
  CHECK(volume.rate->requests == 1200);
  CHECK(volume.rate->per_seconds == 1);
  CHECK(volume.concurrency == 24u);
  CHECK(volume.rate_per_worker->requests == 50);
  CHECK(volume.retries == 3u);
  REQUIRE(plan.dependencies.size() == 1);
  const Dependency& api = plan.dependencies[0];
  CHECK(api.name == "partner Graph API");
  CHECK(api.limit->requests == 1'080'000);
  CHECK(api.limit->per_seconds == 3600);
  CHECK(api.quota->requests == 20'000'000);
  CHECK(api.quota->per_seconds == 86'400);
  CHECK(api.quota->resets_at == utc("2026-03-05T00:00:00Z"));
  REQUIRE(api.shared_with.size() == 2);
  CHECK(api.shared_with[0].name == "page-sync");
  CHECK(api.shared_with[0].rate->requests == 40);
  CHECK(api.shared_with[1].name == "insights-api");
  CHECK_FALSE(api.shared_with[1].rate);
  CHECK(api.notes == "App-wide.");
}

TEST_CASE("only a title and a kind are required", "[plan]") {
  const test::PlanRead read = read_plan_text("plan: {title: Rename a column, kind: migration}\n");
  CHECK(read.messages().empty());
  REQUIRE(read.plan);
  CHECK(read.plan->kind == PlanKind::migration);
  CHECK_FALSE(read.plan->start);
  CHECK_FALSE(read.plan->volume.rate);
  CHECK(read.plan->dependencies.empty());
}

TEST_CASE("plan kinds are read like event kinds", "[plan]") {
  for (const auto& [text, kind] :
       std::vector<std::pair<std::string, PlanKind>>{{"backfill", PlanKind::backfill},
                                                     {"Job", PlanKind::backfill},
                                                     {"migration", PlanKind::migration},
                                                     {"schema-migration", PlanKind::migration},
                                                     {"DEPLOY", PlanKind::deploy},
                                                     {"release", PlanKind::deploy},
                                                     {"config-change", PlanKind::config_change},
                                                     {"config", PlanKind::config_change},
                                                     {"other", PlanKind::other}}) {
    const test::PlanRead read = read_plan_text("plan: {title: t, kind: " + text + "}\n");
    INFO(text);
    REQUIRE(read.plan);
    CHECK(read.plan->kind == kind);
  }
  CHECK(plan_kind_name(PlanKind::config_change) == "config_change");
}

TEST_CASE("end and duration give each other", "[plan]") {
  const test::PlanRead by_end =
      read_plan_fields("start: 2026-03-04T10:00:00+02:00\nend: 2026-03-04T12:30:00+02:00");
  REQUIRE(by_end.plan);
  CHECK(by_end.plan->duration == Nanoseconds(std::chrono::minutes(150)));
  const test::PlanRead duration_only = read_plan_fields("duration: 90m");
  REQUIRE(duration_only.plan);
  CHECK(duration_only.plan->duration == Nanoseconds(std::chrono::minutes(90)));
  CHECK_FALSE(duration_only.plan->end);
}

TEST_CASE("a file that is not a plan says what a plan looks like", "[plan]") {
  CHECK(only_error(read_plan_text("")) ==
        "plan.yaml: error: empty plan file\n"
        "  hint: write `plan:` with at least `title:` and `kind:` beneath; see docs/premortem.md");
  CHECK(only_error(read_plan_text("- a\n- b\n")) ==
        "plan.yaml:1:1: error: a plan file must be a map, found a list\n"
        "  hint: write `plan:` with at least `title:` and `kind:` beneath; see docs/premortem.md");
  CHECK(only_error(read_plan_text("title: x\nkind: backfill\n")) ==
        "plan.yaml:1:1: error: plan file has no `plan:`\n"
        "  hint: put the plan's fields under a `plan:` key");
  CHECK(only_error(read_plan_text("plan: {title: a, kind: other}\n---\nplan: {title: b}\n")) ==
        "plan.yaml:3:1: error: plan file holds more than one document\n"
        "  hint: write one plan per file");
  CHECK(only_error(read_plan_text("plan: [a]\n")) ==
        "plan.yaml:1:7: error: plan must be a map, found a list\n"
        "  hint: write `plan:` with at least `title:` and `kind:` beneath; see docs/premortem.md");
  CHECK(only_error(read_plan_text("hindsight: 2\nplan: {title: a, kind: other}\n")) ==
        "plan.yaml:1:12: error: unsupported format version \"2\"\n"
        "  hint: this hindsight reads `hindsight: 1`; leave the key out or set it to 1");
}

TEST_CASE("unknown keys are warnings with a suggestion", "[plan]") {
  const test::PlanRead read = read_plan_text(
      "hindsight: 1\nplans: x\nplan:\n  title: t\n  kind: backfill\n  onwer: me\n"
      "  volume: {rate: 5/s, retires: 2}\n");
  REQUIRE(read.plan);  // warnings still give a plan
  CHECK(read.messages() ==
        std::vector<std::string>{
            "plan.yaml:2:1: warning: unknown plan file key \"plans\" is ignored\n"
            "  hint: did you mean \"plan\"?",
            "plan.yaml:6:3: warning: unknown plan key \"onwer\" is ignored\n"
            "  hint: did you mean \"owner\"?",
            "plan.yaml:7:23: warning: unknown volume key \"retires\" is ignored\n"
            "  hint: did you mean \"retries\"?"});
}

TEST_CASE("a missing or bad title or kind is an error", "[plan]") {
  CHECK(only_error(read_plan_text("plan: {kind: backfill}\n")) ==
        "plan.yaml:1:7: error: plan has no `title`\n"
        "  hint: say in a few words what the change is, e.g. `title: Backfill of page insights "
        "since 2024`");
  CHECK(only_error(read_plan_text("plan: {title: '', kind: backfill}\n")) ==
        "plan.yaml:1:15: error: title is empty\n"
        "  hint: say in a few words what the change is");
  CHECK(only_error(read_plan_text("plan: {title: [a], kind: backfill}\n")) ==
        "plan.yaml:1:15: error: title must be a single value, found a list");
  CHECK(only_error(read_plan_text("plan: {title: t}\n")) ==
        "plan.yaml:1:7: error: plan has no `kind`\n"
        "  hint: the kind chooses the failure modes to consider: backfill, migration, deploy, "
        "config_change or other");
  CHECK(only_error(read_plan_text("plan: {title: t, kind: deploi}\n")) ==
        "plan.yaml:1:24: error: unknown plan kind \"deploi\"\n"
        "  hint: did you mean \"deploy\"?");
  CHECK(only_error(read_plan_text("plan: {title: t, kind: outage}\n")) ==
        "plan.yaml:1:24: error: unknown plan kind \"outage\"\n"
        "  hint: use backfill, migration, deploy, config_change or other");
}

TEST_CASE("bad text fields and lists are errors at their place", "[plan]") {
  CHECK(only_error(read_plan_fields("owner: {name: x}")) ==
        "plan.yaml:4:10: error: owner must be a single value, found a map");
  CHECK(only_error(read_plan_fields("services: {a: b}")) ==
        "plan.yaml:4:13: error: services must be a list, found a map\n"
        "  hint: write `services: [first, second]`");
  CHECK(only_error(read_plan_fields("alerts: [[nested]]")) ==
        "plan.yaml:4:12: error: alerts entry must be a single value, found a list");
  const test::PlanRead one = read_plan_fields("services: graph-sync");
  REQUIRE(one.plan);
  CHECK(one.plan->services == std::vector<std::string>{"graph-sync"});
}

TEST_CASE("bad times and windows are errors that say how to fix them", "[plan]") {
  CHECK(only_error(read_plan_fields("timezone: Europe/Helsinky")) ==
        "plan.yaml:4:13: error: timezone: unknown time zone \"Europe/Helsinky\"\n"
        "  hint: did you mean \"Europe/Helsinki\"?");
  CHECK(only_error(read_plan_fields("start: 2026-03-04 10:00")) ==
        "plan.yaml:4:10: error: start: \"2026-03-04 10:00\" has no UTC offset and no time zone to "
        "read it in\n"
        "  hint: add an offset (e.g. +02:00 or Z), or set the plan's `timezone:`");
  CHECK(only_error(read_plan_fields("duration: 5 hours")) ==
        "plan.yaml:4:13: error: duration: \"5 hours\" is not a duration\n"
        "  hint: write a duration such as 5h, 90m or 1d12h");
  CHECK(only_error(read_plan_fields("start: 2026-03-04T10:00:00Z\nend: 2026-03-04T12:00:00Z\n"
                                    "duration: 2h")) ==
        "plan.yaml:6:13: error: give `end` or `duration`, not both\n"
        "  hint: keep the one that was decided; the other follows from `start`");
  CHECK(only_error(read_plan_fields("end: 2026-03-04T12:00:00Z")) ==
        "plan.yaml:4:8: error: `end` without `start`\n"
        "  hint: add `start`, or give the length of the change as `duration`");
  CHECK(only_error(read_plan_fields("start: 2026-03-04T12:00:00Z\nend: 2026-03-04T10:00:00Z")) ==
        "plan.yaml:5:8: error: end (2026-03-04T10:00:00Z) is earlier than start "
        "(2026-03-04T12:00:00Z)\n"
        "  hint: check the dates and offsets");
}

TEST_CASE("every bad volume field is an error at its place", "[plan]") {
  const std::pair<std::string, std::string> cases[] = {
      {"volume: 1200/s",
       "plan.yaml:4:11: error: volume must be a map, found a single value\n"
       "  hint: write `volume: {requests: 18960000, rate: 1200/s}`"},
      {"volume: {items: lots}",
       "plan.yaml:4:19: error: volume.items: \"lots\" is not a number\n"
       "  hint: write a whole number such as 1200 or 1_200_000"},
      {"volume: {requests_per_item: 1.5}",
       "plan.yaml:4:31: error: volume.requests_per_item: \"1.5\" is not a whole number\n"
       "  hint: write a whole number such as 1200 or 1_200_000"},
      {"volume: {requests: -1}",
       "plan.yaml:4:22: error: volume.requests: \"-1\" is negative\n"
       "  hint: write a whole number such as 1200 or 1_200_000"},
      {"volume: {rate: 1200}",
       "plan.yaml:4:18: error: volume.rate: \"1200\" has no period after a `/`\n"
       "  hint: write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, "
       "per: 1h}"},
      {"volume: {concurrency: 0}",
       "plan.yaml:4:25: error: volume.concurrency: must be at least 1, found 0"},
      {"volume: {rate_per_worker: [50/s]}",
       "plan.yaml:4:29: error: volume.rate_per_worker must be a rate, found a list\n"
       "  hint: write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, "
       "per: 1h}"},
      {"volume: {retries: 99999999999999999999}",
       "plan.yaml:4:21: error: volume.retries: \"99999999999999999999\" is larger than 10^15, "
       "the largest count a plan may give\n"
       "  hint: write a whole number such as 1200 or 1_200_000"},
  };
  for (const auto& [fields, error] : cases) {
    INFO(fields);
    CHECK(only_error(read_plan_fields(fields)) == error);
  }
}

TEST_CASE("every bad dependency field is an error at its place", "[plan]") {
  const std::pair<std::string, std::string> plans[] = {
      {"dependencies: {name: api}",
       "plan.yaml:4:17: error: dependencies must be a list, found a map\n"
       "  hint: write each dependency as `- name: ...` under `dependencies:`"},
      {"dependencies: [api]",
       "plan.yaml:4:18: error: a dependency must be a map, found a single value\n"
       "  hint: write each dependency as `- name: ...` with `limit:` or `quota:` beneath"},
  };
  for (const auto& [fields, error] : plans) {
    INFO(fields);
    CHECK(only_error(read_plan_fields(fields)) == error);
  }
  // One dependency with these fields.
  const std::pair<std::string, std::string> dependencies[] = {
      {"limit: 5/s",
       "plan.yaml:5:7: error: dependency has no `name`\n"
       "  hint: name the system, e.g. `name: partner Graph API`"},
      {"name: ''",
       "plan.yaml:5:13: error: dependency.name is empty"},
      {"{name: api, limit: {requests: 10}}",
       "plan.yaml:5:26: error: dependency.limit has no `per`\n"
       "  hint: write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, "
       "per: 1h}"},
      {"{name: api, limit: {per: 1h}}",
       "plan.yaml:5:26: error: dependency.limit has no `requests`\n"
       "  hint: write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, "
       "per: 1h}"},
      {"{name: api, limit: {requests: 10, per: 1.5h}}",
       "plan.yaml:5:46: error: dependency.limit.per: \"1.5h\" is not a duration\n"
       "  hint: write a duration such as 1s, 1h, 24h or 1h30m"},
      {"{name: api, quota: 5/d}",
       "plan.yaml:5:26: error: dependency.quota must be a map, found a single value\n"
       "  hint: write `quota: {requests: 4800000, per: 24h, resets_at: 2026-03-05T00:00:00Z}`"},
      {"{name: api, quota: {per: 24h}}",
       "plan.yaml:5:26: error: dependency.quota has no `requests`\n"
       "  hint: a quota is `requests` per `per`, e.g. {requests: 4800000, per: 24h}"},
      {"{name: api, quota: {requests: 10, per: 250ms}}",
       "plan.yaml:5:46: error: dependency.quota.per: \"250ms\" is not a whole number of "
       "seconds\n"
       "  hint: write a duration such as 1s, 1h, 24h or 1h30m"},
      {"{name: api, quota: {requests: 10, per: 1h, resets_at: noon}}",
       "plan.yaml:5:61: error: dependency.quota.resets_at: invalid timestamp \"noon\"\n"
       "  hint: expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds"},
      {"{name: api, shared_with: [[x]]}",
       "plan.yaml:5:33: error: a shared_with entry must be a name or a map, found a list\n"
       "  hint: write `- page-sync` or `- {name: page-sync, rate: 40/s}`"},
      {"{name: api, shared_with: [{rate: 5/s}]}",
       "plan.yaml:5:33: error: shared_with entry has no `name`\n"
       "  hint: name the other user: `{name: page-sync, rate: 40/s}`"},
      {"{name: api, shared_with: [{name: x, rate: fast}]}",
       "plan.yaml:5:49: error: shared_with.rate: \"fast\" has no period after a `/`\n"
       "  hint: write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, "
       "per: 1h}"},
      {"{name: api, notes: [a]}",
       "plan.yaml:5:26: error: dependency.notes must be a single value, found a list"},
  };
  for (const auto& [fields, error] : dependencies) {
    INFO(fields);
    CHECK(only_error(read_plan_fields("dependencies:\n  - " + fields)) == error);
  }
}

TEST_CASE("unknown dependency keys are warnings", "[plan]") {
  const test::PlanRead read = read_plan_fields(
      "dependencies:\n  - {name: api, limt: 5/s, quota: {requests: 1, per: 1h, reset: x}}");
  REQUIRE(read.plan);
  CHECK(read.messages() ==
        std::vector<std::string>{
            "plan.yaml:5:19: warning: unknown dependency key \"limt\" is ignored\n"
            "  hint: did you mean \"limit\"?",
            "plan.yaml:5:60: warning: unknown dependency.quota key \"reset\" is ignored\n"
            "  hint: known dependency.quota keys: requests, per, resets_at"});
}

TEST_CASE("load_plan reads files and stdin and reports I/O problems", "[plan]") {
  testing::MemoryFileSystem fs;
  fs.add_file("plan.yaml", "plan: {title: t, kind: deploy}\n");
  fs.add_directory("plans");
  fs.add_unreadable("secret.yaml");
  std::istringstream no_input;
  Diagnostics diagnostics;
  const std::optional<Plan> plan = load_plan("plan.yaml", fs, no_input, diagnostics);
  REQUIRE(plan);
  CHECK(plan->kind == PlanKind::deploy);

  std::istringstream stdin_plan("plan: {title: from stdin, kind: [x]}\n");
  Diagnostics stdin_problems;
  CHECK_FALSE(load_plan("-", fs, stdin_plan, stdin_problems));
  REQUIRE(stdin_problems.all().size() == 1);
  CHECK(format_diagnostic(stdin_problems.all()[0]) ==
        "<stdin>:1:33: error: kind must be a single value, found a list");

  for (const auto& [path, message] : std::vector<std::pair<std::string, std::string>>{
           {"missing.yaml", "missing.yaml: error: no such file or directory"},
           {"plans",
            "plans: error: is a directory, not a plan file\n"
            "  hint: give the plan's YAML file itself"},
           {"secret.yaml", "secret.yaml: error: cannot read file: Permission denied"}}) {
    Diagnostics problems;
    CHECK_FALSE(load_plan(path, fs, no_input, problems));
    REQUIRE(problems.all().size() == 1);
    CHECK(problems.has_io_errors());
    CHECK(format_diagnostic(problems.all()[0]) == message);
  }
}

}  // namespace
}  // namespace hindsight
