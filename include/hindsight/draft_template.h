// Draft templates: the postmortem draft rendered through a Mustache
// template (docs/templates.md).
//
// The built-in draft is itself such a template; teams with their own
// postmortem format write theirs from it (`hindsight template --dump`). A
// template is checked against the data model before anything is rendered,
// so a misspelt field is an error at its line rather than a silent blank.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"

namespace hindsight {

class DraftTemplate {
 public:
  struct Builtin {
    std::string_view name;
    std::string_view description;
  };

  // The templates compiled in (share/hindsight/templates/*.mustache), the
  // draft's own ("default") first.
  static const std::vector<Builtin>& builtins();
  // A built-in template by name; nullopt for a name that is not one.
  static std::optional<DraftTemplate> builtin(std::string_view name);
  // The built-in draft.
  static const DraftTemplate& standard();

  // Checks `text` against the data model; nullopt after reporting every
  // problem at its line and column of `path`.
  static std::optional<DraftTemplate> parse(std::string path, std::string text,
                                            Diagnostics& diagnostics);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The fields of the data model's root that the template names: only
  // those are filled in (a year of events is not copied into an `events`
  // list that no tag reads).
  const std::set<std::string>& used_fields() const { return used_fields_; }

 private:
  DraftTemplate(std::string path, std::string text, std::set<std::string> used_fields)
      : path_(std::move(path)), text_(std::move(text)), used_fields_(std::move(used_fields)) {}

  std::string path_;  // "builtin:NAME" for a built-in template
  std::string text_;
  std::set<std::string> used_fields_;
};

// The fields of the data model with their types and descriptions, one per
// line, indented by nesting: `hindsight template --fields`.
std::string describe_template_fields();

}  // namespace hindsight
