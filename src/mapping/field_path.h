// Field paths: where a mapping finds a value inside a record.
//
// A path is a chain of steps separated by dots, read from the record:
//   user.name            keys of nested maps
//   items.0 / items[0]   item 0 of a list; items[-1] is the last item
//   fields[title=Env]    the first item of a list whose `title` is "Env"
//   labels["app.kubernetes.io/name"]  a key that itself holds dots
//   $.channel            from the document's root instead of the record
// Paths are parsed once, when the mapping is read, so a typo in one is
// reported against the mapping file, not once per record.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/raw_node.h"

namespace hindsight::mapping_detail {

struct PathStep {
  enum class Type {
    key,    // a map key; all digits also selects a list item ("items.0")
    index,  // a list item, from the end when negative
    match,  // the first list item whose `key` has the text `value`
  };
  Type type = Type::key;
  std::string key;
  long index = 0;
  std::string value;
};

struct FieldPath {
  std::string text;  // as written, for messages
  bool from_document = false;
  std::vector<PathStep> steps;
};

struct FieldPathParse {
  std::optional<FieldPath> path;
  std::string error;  // what is wrong, when `path` is empty
};

FieldPathParse parse_field_path(std::string_view text);

// The node `path` names, or nullptr when any step finds nothing.
const RawNode* resolve(const FieldPath& path, const RawNode& record, const RawNode& document);

// The scalar text at `path`; nullopt when missing, null, or not a scalar.
std::optional<std::string> text_at(const FieldPath& path, const RawNode& record,
                                   const RawNode& document);

}  // namespace hindsight::mapping_detail
