// Turning a zone name a person typed into a tz database zone.
//
// Only IANA "Area/Location" names (and UTC/GMT) are accepted. Abbreviations
// such as EST or IST mean different offsets in different places, and the
// tz database's legacy single-word names (EST, CET, Japan) are kept only for
// history, so both are refused with a hint rather than guessed at.
#include <algorithm>
#include <cctype>
#include <exception>
#include <vector>

#include <date/tz.h>

#include "core/time_text.h"
#include "hindsight/edit_distance.h"
#include "hindsight/time.h"

namespace hindsight {

namespace {

constexpr std::string_view kZoneNameHint =
    "use an IANA zone name such as \"America/New_York\" or a UTC offset in the timestamps";

const date::time_zone* find_in_tz_database(std::string_view name) {
  try {
    return date::locate_zone(std::string(name));
  } catch (const std::exception&) {
    // Not found, or no readable tz database at all: either way, no zone.
    return nullptr;
  }
}

// EST, MST7MDT, GMT0, W-SU: abbreviation-style names, as opposed to legacy
// place names such as "Japan".
bool looks_like_abbreviation(std::string_view name) {
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+';
  });
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Every "Area/Location" name the tz database knows, links included, which
// are the only names worth suggesting.
std::vector<std::string_view> area_location_names() {
  std::vector<std::string_view> names;
  const date::tzdb* database_or_null = nullptr;
  try {
    database_or_null = &date::get_tzdb();
  } catch (const std::exception&) {
    return names;
  }
  const date::tzdb& database = *database_or_null;
  for (const date::time_zone& zone : database.zones) {
    if (zone.name().find('/') != std::string::npos) names.emplace_back(zone.name());
  }
#if !USE_OS_TZDB
  for (const date::time_zone_link& link : database.links) {
    if (link.name().find('/') != std::string::npos) names.emplace_back(link.name());
  }
#endif
  return names;
}

ZoneLookup rejected(std::string error, std::string hint) {
  return ZoneLookup{std::nullopt, std::move(error), std::move(hint)};
}

ZoneLookup lookup_single_word(std::string_view name) {
  using time_detail::quoted;
  if (name.empty()) return rejected("time zone name is empty", std::string(kZoneNameHint));
  for (std::string_view utc_name : {"UTC", "GMT"}) {
    if (equals_ignoring_case(name, utc_name)) {
      return rejected("unknown time zone " + quoted(name),
                      "did you mean " + quoted(utc_name) + "?");
    }
  }
  if (find_in_tz_database(name) == nullptr) {
    return rejected("unknown time zone " + quoted(name), std::string(kZoneNameHint));
  }
  if (looks_like_abbreviation(name)) {
    return rejected("time zone abbreviation " + quoted(name) + " is ambiguous",
                    std::string(kZoneNameHint));
  }
  return rejected("time zone " + quoted(name) + " is a legacy alias, not an IANA zone name",
                  std::string(kZoneNameHint));
}

}  // namespace

ZoneLookup lookup_zone(std::string_view name) {
  if (name == "UTC" || name == "GMT") return ZoneLookup{Zone{nullptr, "UTC"}, {}, {}};
  if (name.find('/') == std::string_view::npos) return lookup_single_word(name);

  if (const date::time_zone* zone = find_in_tz_database(name)) {
    return ZoneLookup{Zone{zone, std::string(name)}, {}, {}};
  }
  const std::string suggestion = closest_match(name, area_location_names());
  return rejected("unknown time zone " + time_detail::quoted(name),
                  suggestion.empty() ? "use an IANA zone name such as \"Europe/Helsinki\""
                                     : "did you mean " + time_detail::quoted(suggestion) + "?");
}

}  // namespace hindsight
