// Reading Grafana annotation lists: which documents are one, and each
// annotation as an alert, resolve, deploy or note event.
//
// Kept apart from the Adapter class (grafana_annotations.cc) because adapters/adapter_support.h,
// which this reader uses, cannot share a translation unit with
// hindsight/adapter.h: the namespace `hindsight::adapters` collides with the
// function `hindsight::adapters()`.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::grafana {

// How much a document looks like this export.
struct Match {
  bool recognised = false;
  int evidence = 0;
};

Match match(const RawNode& document);

// What a document that is no such export lacks.
inline constexpr std::string_view missing_marks =
    "no list of annotations with `time`, `timeEnd` and dashboard or alert ids";

// Appends the document's events; problems go to `diagnostics`.
void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::grafana
