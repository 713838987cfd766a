// Incident: the optional header that names and scopes an incident.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/time.h"

namespace hindsight {

// A header value and where it was set, so that a conflict between two
// inputs can name both places.
template <typename T>
struct Sourced {
  T value{};
  SourcePos pos;
};

struct Incident {
  std::optional<Sourced<std::string>> id;
  std::optional<Sourced<std::string>> title;
  std::optional<Sourced<std::string>> severity;
  std::optional<Sourced<std::string>> timezone;  // a valid IANA name
  std::optional<Sourced<std::vector<std::string>>> services;
  std::optional<Sourced<Timestamp>> impact_start;
  std::optional<Sourced<Timestamp>> impact_end;
  std::optional<Sourced<std::string>> summary;
  // `skew:`: clock corrections per source, added to that source's times.
  std::map<std::string, Sourced<Nanoseconds>> skew;

  bool empty() const {
    return !id && !title && !severity && !timezone && !services && !impact_start && !impact_end &&
           !summary;
  }
};

}  // namespace hindsight
