// Diagnostics: the one way the library reports a problem with its input.
//
// The library never prints. Every stage appends to a `Diagnostics` list and
// carries on where it can, so that `validate` reports every problem in one
// run; the CLI decides how to show them (`path:line:col: error: ...` or JSON)
// and which exit code they mean.
//
// Besides problems, a stage may leave a *note*: something it did to the input
// that a person checking the logs should be able to see (the merge stage
// collapsing two events into one). Notes are never problems: they are not
// counted as errors or warnings and never fail a run, even under --strict.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "hindsight/interned_string.h"

namespace hindsight {

// Where a value came from. Lines and columns are 1-based, as editors show
// them; 0 means "not known" (e.g. a problem with a whole file).
struct SourcePos {
  InternedString file;
  int line = 0;
  int column = 0;
};

enum class Severity { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
  // How to fix it, when we can say; shown on its own line after the message.
  std::string hint;
  // The problem is with reading or writing a file (missing, unreadable),
  // not with what the file says. The CLI maps it to its own exit code.
  bool io = false;
  // The `hindsight lint` rule that found it ("counterfactual"); empty for
  // every other diagnostic.
  std::string rule = {};
};

class Diagnostics {
 public:
  void error(SourcePos pos, std::string message, std::string hint = {});
  void warning(SourcePos pos, std::string message, std::string hint = {});
  void io_error(SourcePos pos, std::string message, std::string hint = {});
  void note(SourcePos pos, std::string message, std::string hint = {});
  void add(Diagnostic diagnostic);

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  std::size_t note_count() const;
  bool has_io_errors() const;
  bool has_errors() const { return error_count() > 0; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

// "path:line:col: error: message" (or `warning:`, `note:`) plus an indented "hint: ..." line when
// there is a hint. Unknown line/column parts are left out. A lint finding's
// message ends with its rule: "... [counterfactual]".
std::string format_diagnostic(const Diagnostic& diagnostic);

// One JSON object on one line: {"file","line","column","severity","message","hint"},
// severity "error", "warning" or "note", and a last key "rule" for a lint finding.
std::string format_diagnostic_json(const Diagnostic& diagnostic);

// Thrown for failures that stop a whole run (e.g. an unknown --tz zone, an
// unwritable output file). Input problems are reported through Diagnostics.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace hindsight
