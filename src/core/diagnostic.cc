#include "hindsight/diagnostic.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace hindsight {

void Diagnostics::error(SourcePos pos, std::string message, std::string hint) {
  add({Severity::error, pos, std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string hint) {
  add({Severity::warning, pos, std::move(message), std::move(hint)});
}

void Diagnostics::io_error(SourcePos pos, std::string message, std::string hint) {
  add({Severity::error, pos, std::move(message), std::move(hint), true});
}

void Diagnostics::note(SourcePos pos, std::string message, std::string hint) {
  add({Severity::note, pos, std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

namespace {

std::size_t count_of(const std::vector<Diagnostic>& items, Severity severity) {
  return static_cast<std::size_t>(std::count_if(
      items.begin(), items.end(), [&](const auto& d) { return d.severity == severity; }));
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

}  // namespace

std::size_t Diagnostics::error_count() const { return count_of(items_, Severity::error); }

std::size_t Diagnostics::warning_count() const { return count_of(items_, Severity::warning); }

std::size_t Diagnostics::note_count() const { return count_of(items_, Severity::note); }

bool Diagnostics::has_io_errors() const {
  return std::any_of(items_.begin(), items_.end(), [](const auto& d) { return d.io; });
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string text;
  if (!diagnostic.pos.file.empty()) {
    text += diagnostic.pos.file;
    if (diagnostic.pos.line > 0) {
      text += ':' + std::to_string(diagnostic.pos.line);
      if (diagnostic.pos.column > 0) text += ':' + std::to_string(diagnostic.pos.column);
    }
    text += ": ";
  }
  text += severity_name(diagnostic.severity);
  text += ": ";
  text += diagnostic.message;
  if (!diagnostic.rule.empty()) text += " [" + diagnostic.rule + "]";
  if (!diagnostic.hint.empty()) {
    // A hint of several lines (the lines of a conflict) keeps them under
    // its first, so that the next diagnostic still starts at column 1.
    text += "\n  hint: ";
    for (const char c : diagnostic.hint) {
      text += c;
      if (c == '\n') text += "        ";
    }
  }
  return text;
}

std::string format_diagnostic_json(const Diagnostic& diagnostic) {
  nlohmann::ordered_json object;
  object["file"] = diagnostic.pos.file.empty() ? nlohmann::ordered_json()
                                               : nlohmann::ordered_json(diagnostic.pos.file);
  object["line"] = diagnostic.pos.line > 0 ? nlohmann::ordered_json(diagnostic.pos.line)
                                           : nlohmann::ordered_json();
  object["column"] = diagnostic.pos.column > 0 ? nlohmann::ordered_json(diagnostic.pos.column)
                                               : nlohmann::ordered_json();
  object["severity"] = severity_name(diagnostic.severity);
  object["message"] = diagnostic.message;
  object["hint"] =
      diagnostic.hint.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(diagnostic.hint);
  if (!diagnostic.rule.empty()) object["rule"] = diagnostic.rule;
  // Replace invalid UTF-8 rather than throw: a diagnostic about bad bytes
  // must still be printable.
  return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace hindsight
