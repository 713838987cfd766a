// Reading plans from YAML text in tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "hindsight/load.h"
#include "hindsight/plan.h"

namespace hindsight::test {

struct PlanRead {
  std::optional<Plan> plan;
  Diagnostics diagnostics;

  // Every diagnostic as the CLI prints it.
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
  }
};

inline PlanRead read_plan_text(const std::string& text) {
  PlanRead read;
  std::vector<RawNode> documents;
  if (parse_documents("plan.yaml", text, documents, read.diagnostics)) {
    read.plan = read_plan(documents, "plan.yaml", read.diagnostics);
  }
  return read;
}

// "plan:\n  title: t\n  kind: backfill\n" followed by `fields`, each line
// indented under `plan:`.
inline PlanRead read_plan_fields(const std::string& fields) {
  std::string text = "plan:\n  title: A change\n  kind: backfill\n";
  std::istringstream lines(fields);
  for (std::string line; std::getline(lines, line);) text += "  " + line + "\n";
  return read_plan_text(text);
}

}  // namespace hindsight::test
