// Applying a mapping's rules to one record.
#pragma once

#include <optional>
#include <string>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "mapping/mapping.h"

namespace hindsight::mapping_detail {

// Where a rule found its value, for messages about it.
struct FoundValue {
  std::string text;
  SourcePos pos;
  bool plain = false;  // an unquoted scalar: may be read as a number
};

// The text `rule` finds in `record`: the first of its paths with a value,
// its fixed value, or its template filled in (a template with any hole
// left empty finds nothing, so an id is never half made). Then `first_line`
// and `default` apply. A path that finds a list or map is an error naming
// `what`. nullopt when nothing is found.
std::optional<FoundValue> find_value(const ValueRule& rule, const RawNode& record,
                                     const RawNode& document, std::string_view what,
                                     Diagnostics& diagnostics);

// Whether `record` passes `condition`; `why_not` says what failed first
// ("no `ts`", "`type` is \"file_share\", not \"message\"").
bool meets(const Condition& condition, const RawNode& record, const RawNode& document,
           std::string* why_not = nullptr);

// How many of `condition`'s tests `record` passes.
int count_met(const Condition& condition, const RawNode& record, const RawNode& document);

}  // namespace hindsight::mapping_detail
