#include <catch2/catch.hpp>

#include "hindsight/diagnostic.h"

namespace hindsight {
namespace {

TEST_CASE("diagnostics print as path:line:col: severity: message", "[core]") {
  CHECK(format_diagnostic({Severity::error, {"a.yaml", 3, 7}, "bad", ""}) ==
        "a.yaml:3:7: error: bad");
  CHECK(format_diagnostic({Severity::warning, {"a.yaml", 3, 0}, "meh", "fix it"}) ==
        "a.yaml:3: warning: meh\n  hint: fix it");
  CHECK(format_diagnostic({Severity::error, {"dir", 0, 0}, "empty", ""}) == "dir: error: empty");
  CHECK(format_diagnostic({Severity::error, {}, "no place", ""}) == "error: no place");
  CHECK(format_diagnostic({Severity::note, {"b.json", 12, 5}, "collapsed", "why"}) ==
        "b.json:12:5: note: collapsed\n  hint: why");
}

TEST_CASE("diagnostics print as one JSON object per line", "[core]") {
  CHECK(
      format_diagnostic_json({Severity::error, {"a.yaml", 3, 7}, "bad \"x\"", "fix"}) ==
      R"({"file":"a.yaml","line":3,"column":7,"severity":"error","message":"bad \"x\"","hint":"fix"})");
  CHECK(
      format_diagnostic_json({Severity::warning, {}, "m", ""}) ==
      R"({"file":null,"line":null,"column":null,"severity":"warning","message":"m","hint":null})");
  CHECK(format_diagnostic_json({Severity::note, {"b.json", 12, 5}, "n", ""}) ==
        R"({"file":"b.json","line":12,"column":5,"severity":"note","message":"n","hint":null})");
}

TEST_CASE("a lint finding names its rule after the message, and in JSON as the last key",
          "[core]") {
  Diagnostic finding;
  finding.severity = Severity::warning;
  finding.pos = {"pm.md", 4, 12};
  finding.message = "\"could have\" is a counterfactual";
  finding.hint = "say what happened";
  finding.rule = "counterfactual";
  CHECK(format_diagnostic(finding) ==
        "pm.md:4:12: warning: \"could have\" is a counterfactual [counterfactual]\n"
        "  hint: say what happened");
  CHECK(
      format_diagnostic_json(finding) ==
      R"({"file":"pm.md","line":4,"column":12,"severity":"warning","message":"\"could have\" is a counterfactual","hint":"say what happened","rule":"counterfactual"})");
}

TEST_CASE("JSON diagnostics survive invalid UTF-8", "[core]") {
  const std::string json = format_diagnostic_json({Severity::error, {"a.yaml", 1, 1}, "\xff", ""});
  CHECK(json.find("\"message\":\"\xEF\xBF\xBD\"") != std::string::npos);
}

TEST_CASE("counts separate errors, warnings and I/O problems", "[core]") {
  Diagnostics diagnostics;
  diagnostics.warning({}, "w");
  CHECK_FALSE(diagnostics.has_errors());
  diagnostics.error({}, "e");
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.warning_count() == 1);
  CHECK_FALSE(diagnostics.has_io_errors());
  diagnostics.io_error({"f", 0, 0}, "gone");
  CHECK(diagnostics.has_io_errors());
  CHECK(diagnostics.error_count() == 2);
}

TEST_CASE("notes are neither errors nor warnings", "[core]") {
  Diagnostics diagnostics;
  diagnostics.note({"b.json", 12, 5}, "collapsed");
  diagnostics.warning({}, "w");
  CHECK(diagnostics.note_count() == 1);
  CHECK(diagnostics.warning_count() == 1);
  CHECK(diagnostics.error_count() == 0);
  CHECK_FALSE(diagnostics.has_errors());
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].severity == Severity::note);
}

}  // namespace
}  // namespace hindsight
