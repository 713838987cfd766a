// The CLI run in-process: flags, exit codes and where output goes.
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/cli.h"
#include "hindsight/lint.h"

namespace hindsight {
namespace {

struct Result {
  int status;
  std::string out;
  std::string err;
};

Result run(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), "hindsight");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int status = run_cli(static_cast<int>(argv.size()), argv.data(), in, out, err);
  return {status, out.str(), err.str()};
}

const std::string example = std::string(HINDSIGHT_SOURCE_DIR) + "/examples/backfill-outage";
const std::string fixtures = std::string(HINDSIGHT_SOURCE_DIR) + "/tests/e2e/fixtures/";

TEST_CASE("help lists the subcommands and the exit codes", "[cli]") {
  Result result = run({"--help"});
  CHECK(result.status == exit_success);
  for (const char* text : {"draft", "timeline", "metrics", "validate", "lint",
                           "Exit codes:", "2  usage error", "3  I/O error"}) {
    CHECK_THAT(result.out, Catch::Contains(text));
  }
}

TEST_CASE("a missing subcommand or unknown flag is a usage error", "[cli]") {
  CHECK(run({}).status == exit_usage);
  CHECK(run({"explode"}).status == exit_usage);
  Result flag = run({"timeline", "--colour", example});
  CHECK(flag.status == exit_usage);
  CHECK_THAT(flag.err, Catch::Contains("--colour"));
  CHECK(run({"timeline", "--format", "yaml", example}).status == exit_usage);
  CHECK(run({"timeline"}).status == exit_usage);  // inputs are required
}

TEST_CASE("bad zone and duration flags are usage errors that say why", "[cli]") {
  Result tz = run({"timeline", "--tz", "Mars/Olympus", example});
  CHECK(tz.status == exit_usage);
  CHECK_THAT(tz.err, Catch::StartsWith("hindsight: error: --tz Mars/Olympus: "));
  CHECK(run({"draft", "--trigger-window", "soon", example}).status == exit_usage);
  CHECK(run({"timeline", "--since", "yesterday", example}).status == exit_usage);
}

TEST_CASE("bad flags are usage errors even when the input is broken too", "[cli]") {
  const std::string broken = fixtures + "unknown-kind.yaml";
  CHECK(run({"timeline", "--tz", "EST", broken}).status == exit_usage);
  CHECK(run({"timeline", "--kind", "deploi", broken}).status == exit_usage);
  CHECK(run({"timeline", "--since", "soon", broken}).status == exit_usage);
  CHECK(run({"draft", "--tz", "Nowhere/Town", broken}).status == exit_usage);
  CHECK(run({"metrics", "--trigger-window", "1w", broken}).status == exit_usage);
}

TEST_CASE("bad dedup flags are usage errors that name the flag, on every merging command",
          "[cli][dedup]") {
  const std::string broken = fixtures + "unknown-kind.yaml";
  for (const char* command : {"draft", "timeline", "metrics", "validate"}) {
    Result negative = run({command, "--dedup-window=-2m", broken});
    CHECK(negative.status == exit_usage);
    CHECK(negative.err ==
          "hindsight: error: --dedup-window -2m: a window cannot be negative (0 turns fingerprint "
          "dedup off)\n");
    Result malformed = run({command, "--dedup-window", "2 minutes", example});
    CHECK(malformed.status == exit_usage);
    CHECK_THAT(malformed.err, Catch::StartsWith("hindsight: error: --dedup-window 2 minutes: "));
    Result key = run({command, "--dedup-key", "kind,titel", broken});
    CHECK(key.status == exit_usage);
    CHECK(key.err ==
          "hindsight: error: --dedup-key kind,titel: unknown field \"titel\" (did you mean "
          "\"title\"?)\n");
  }
  CHECK(run({"validate", "--dedup-key", "", example}).status == exit_usage);
  CHECK(run({"validate", "--dedup-window", "1.5m", example}).status == exit_usage);
}

TEST_CASE("dedup flags accept 0, durations and custom keys", "[cli][dedup]") {
  for (const char* window : {"0", "0s", "90s", "1h30m"}) {
    CHECK(run({"validate", "--dedup-window", window, example}).status == exit_success);
  }
  CHECK(run({"timeline", "--dedup-key", "kind,label:team,actor,source", example}).status ==
        exit_success);
}

TEST_CASE("only validate prints notes", "[cli][dedup]") {
  // The example logs one Airflow action in two files: merged, with a note.
  for (const char* command : {"draft", "timeline", "metrics"}) {
    Result result = run({command, example});
    CHECK(result.status == exit_success);
    CHECK(result.err.empty());
  }
  Result strict = run({"validate", "--strict", example});
  CHECK(strict.status == exit_success);
  CHECK_THAT(strict.err, Catch::Contains(": note: "));
}

TEST_CASE("validate passes the example and counts what it read", "[cli]") {
  Result result = run({"validate", example});
  CHECK(result.status == exit_success);
  CHECK_THAT(result.out, Catch::StartsWith("ok: 7 files, "));
  CHECK_THAT(result.out, Catch::EndsWith(" (1 collapsed)\n"));
  // The example logs one Airflow action twice: a note, no warning.
  CHECK_THAT(result.err, Catch::Contains(": note: collapsed into the event at "));
  CHECK_THAT(result.err, !Catch::Contains("warning"));
}

TEST_CASE("a missing input is an I/O error", "[cli]") {
  Result result = run({"validate", fixtures + "nope.yaml"});
  CHECK(result.status == exit_io);
  CHECK_THAT(result.err, Catch::Contains("nope.yaml: error: no such file or directory"));
}

TEST_CASE("invalid input exits 1 and writes nothing", "[cli]") {
  Result result = run({"timeline", fixtures + "unknown-kind.yaml"});
  CHECK(result.status == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::EndsWith("hindsight: 2 errors, 0 warnings; no output written\n"));
}

TEST_CASE("warnings pass unless --strict", "[cli]") {
  CHECK(run({"validate", fixtures + "unknown-key.yaml"}).status == exit_success);
  CHECK(run({"validate", "--strict", fixtures + "unknown-key.yaml"}).status == exit_invalid_input);
}

TEST_CASE("JSON diagnostics print one object per problem", "[cli]") {
  Result result = run({"validate", "--diagnostics", "json", fixtures + "end-before-time.yaml"});
  CHECK(result.status == exit_invalid_input);
  CHECK_THAT(result.err, Catch::StartsWith("{\"file\":\""));
  CHECK_THAT(result.err, Catch::Contains("\"line\":3,\"column\":10,\"severity\":\"error\""));
}

TEST_CASE("the input - reads standard input", "[cli]") {
  Result result = run({"timeline", "--format", "jsonl", "-"},
                      "- {time: 2026-03-04T10:00:00Z, kind: alarm, title: from stdin}\n");
  CHECK(result.status == exit_success);
  CHECK_THAT(result.out, Catch::Contains("\"kind\":\"alert\""));
  CHECK_THAT(result.out, Catch::Contains("\"file\":\"<stdin>\""));
}

TEST_CASE("the same input gives the same bytes", "[cli]") {
  for (const char* format : {"md", "text", "json", "jsonl", "csv"}) {
    CHECK(run({"timeline", "--format", format, example}).out ==
          run({"timeline", "--format", format, example}).out);
  }
  CHECK(run({"draft", example}).out == run({"draft", example}).out);
}

TEST_CASE("lint reads stdin and exits 1 on findings, 0 when clean", "[cli][lint]") {
  Result blaming = run({"lint", "-"}, "# P\n\nIt was human error.\n");
  CHECK(blaming.status == exit_invalid_input);
  CHECK_THAT(blaming.err, Catch::Contains("<stdin>:3:8: warning: \"human error\""));
  CHECK_THAT(blaming.err, Catch::Contains("[blaming-language]"));
  CHECK(blaming.out.empty());

  Result clean = run({"lint", "--rule", "no-timeline=off", "--rule", "no-action-items=off", "-"},
                     "# P\n\nThe deploy raised the error rate.\n");
  CHECK(clean.status == exit_success);
  CHECK(clean.out == "ok: 1 file\n");
  CHECK(clean.err.empty());
}

TEST_CASE("lint --help lists every rule with its default level", "[cli][lint]") {
  Result help = run({"lint", "--help"});
  CHECK(help.status == exit_success);
  CHECK_THAT(help.out, Catch::Contains("  leftover-prompt         error    a `> **Prompt:**`"));
  for (const LintRule& rule : lint_rules()) {
    CHECK_THAT(help.out, Catch::Contains(std::string(rule.id)));
  }
}

TEST_CASE("lint: a bad --rule is a usage error before any file is read", "[cli][lint]") {
  Result bad = run({"lint", "--rule", "counterfactual=loud", "does-not-exist.md"});
  CHECK(bad.status == exit_usage);
  CHECK(bad.err ==
        "hindsight: error: --rule counterfactual=loud: expected off, warning or error after "
        "`=`\n");
  CHECK(run({"lint"}).status == exit_usage);  // files are required
  CHECK(run({"lint", "--diagnostics", "xml", "-"}).status == exit_usage);
}

const std::string plan_example =
    std::string(HINDSIGHT_SOURCE_DIR) + "/examples/premortem/plan.yaml";

Result run_premortem(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), "premortem");
  return run(std::move(args), stdin_text);
}

TEST_CASE("premortem writes the document and maps problems to exit codes", "[cli][premortem]") {
  const Result ok = run_premortem({plan_example});
  CHECK(ok.status == exit_success);
  CHECK_THAT(ok.out, Catch::StartsWith("# Pre-mortem: Backfill of page insights since 2024\n"));
  CHECK(ok.err.empty());

  const Result from_stdin = run_premortem({"-"}, "plan: {title: Flip a flag, kind: config}\n");
  CHECK(from_stdin.status == exit_success);
  CHECK_THAT(from_stdin.out, Catch::Contains("| Kind | config\\_change |"));

  const Result bad = run_premortem({"-"}, "plan: {title: Flip a flag, kind: flag}\n");
  CHECK(bad.status == exit_invalid_input);
  CHECK(bad.out.empty());
  CHECK(bad.err ==
        "<stdin>:1:34: error: unknown plan kind \"flag\"\n"
        "  hint: use backfill, migration, deploy, config_change or other\n"
        "hindsight: 1 error, 0 warnings; no output written\n");

  const std::string warning = "plan: {title: t, kind: other, ownr: me}\n";
  CHECK(run_premortem({"-"}, warning).status == exit_success);
  CHECK(run_premortem({"--strict", "-"}, warning).status == exit_invalid_input);

  CHECK(run_premortem({"/no/such/plan.yaml"}).status == exit_io);
}

TEST_CASE("premortem usage errors", "[cli][premortem]") {
  CHECK(run_premortem({}).status == exit_usage);  // the plan is required
  CHECK(run_premortem({"--diagnostics", "xml", plan_example}).status == exit_usage);
  const Result tz = run_premortem({"--tz", "Mars/Olympus", plan_example});
  CHECK(tz.status == exit_usage);
  CHECK_THAT(tz.err, Catch::StartsWith("hindsight: error: --tz Mars/Olympus: "));
  // Input flags of the log commands do not apply to a plan.
  CHECK(run_premortem({"--assume-tz", "UTC", plan_example}).status == exit_usage);
}

TEST_CASE("help lists premortem", "[cli][premortem]") {
  const Result help = run({"--help"});
  CHECK(help.status == exit_success);
  CHECK_THAT(help.out, Catch::Contains("premortem"));
}

}  // namespace
}  // namespace hindsight
