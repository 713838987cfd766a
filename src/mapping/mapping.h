// Mapping: a source format described in a YAML file instead of code.
//
// This is what a mapping file says once read and checked (see
// docs/mappings.md for the file itself): which documents it takes, where
// their records are, and how each event field is found in a record.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "adapters/adapter_support.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/time.h"
#include "mapping/field_path.h"

namespace hindsight::mapping_detail {

// One piece of a `template`: literal text, or a path whose value goes in.
struct TemplatePart {
  std::string literal;
  std::optional<FieldPath> path;
};

// How one text field of an event is found in a record.
struct ValueRule {
  enum class Source { path, value, template_text };
  Source source = Source::path;
  std::vector<FieldPath> paths;       // Source::path: the first that has a value
  std::string value;                  // Source::value: this text, always
  std::vector<TemplatePart> parts;    // Source::template_text
  bool first_line = false;            // keep only the text's first line
  std::optional<std::string> fallback;  // when the record has no value
  SourcePos pos;                      // where the rule is written
};

struct TimeRule {
  ValueRule where;
  adapter_support::TimeEncoding unit = adapter_support::TimeEncoding::rfc3339;
  std::string format;        // when set: a strftime-style layout, instead of `unit`
  std::optional<Zone> zone;  // for times written without an offset
};

// A kind as the mapping names it: a built-in kind, or a custom `x-` one.
struct MappedKind {
  Kind kind = Kind::note;
  std::string custom;
};

struct KindRule {
  ValueRule where;
  // Source value (lowercased) -> kind. Empty: the value is itself a kind name.
  std::vector<std::pair<std::string, MappedKind>> table;
  std::optional<MappedKind> fallback;  // for values the table lacks, or none at all
};

// A test on a record: every `has` path has a value and every `equals`
// path has exactly that text.
struct Condition {
  std::vector<FieldPath> has;
  std::vector<std::pair<FieldPath, std::string>> equals;
  bool empty() const { return has.empty() && equals.empty(); }
};

struct Mapping {
  std::string name;
  std::string description;
  std::string example;
  std::string file;  // the mapping file, for `hindsight formats`

  // Where the records are in a document; unset: the document is a list of
  // records, or one record.
  std::optional<FieldPath> records;
  Condition match;  // on the first record: recognises the document
  // Records to leave out on purpose (joins, topic changes): a record that
  // passes any one of these is skipped.
  std::vector<Condition> skip;

  TimeRule time;
  std::optional<TimeRule> end;
  KindRule kind;
  ValueRule title;
  std::optional<ValueRule> service;
  std::optional<ValueRule> actor;
  std::optional<ValueRule> actor_role;
  std::optional<ValueRule> source;
  std::optional<ValueRule> id;
  std::optional<ValueRule> link;
  std::vector<std::pair<std::string, ValueRule>> labels;
};

}  // namespace hindsight::mapping_detail
