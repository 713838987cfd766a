#include <catch2/catch.hpp>

#include <date/tz.h>

#include "hindsight/time.h"

namespace hindsight {
namespace {

TEST_CASE("lookup_zone maps UTC and GMT to the built-in UTC zone") {
  for (const char* name : {"UTC", "GMT"}) {
    const ZoneLookup lookup = lookup_zone(name);
    REQUIRE(lookup.zone);
    CHECK(lookup.zone->zone == nullptr);
    CHECK(lookup.zone->name == "UTC");
    CHECK(lookup.error.empty());
    CHECK(lookup.hint.empty());
  }
}

TEST_CASE("lookup_zone finds IANA names in the tz database and keeps the name given") {
  for (const char* name : {"Europe/Helsinki", "America/New_York", "Asia/Kolkata", "Etc/UTC",
                           "Etc/GMT+2", "US/Eastern", "America/Argentina/Buenos_Aires"}) {
    const ZoneLookup lookup = lookup_zone(name);
    INFO(name);
    REQUIRE(lookup.zone);
    REQUIRE(lookup.zone->zone != nullptr);
    CHECK(lookup.zone->name == name);
    CHECK(lookup.error.empty());
  }
}

TEST_CASE("lookup_zone rejects abbreviations as ambiguous") {
  for (const char* name : {"EST", "CET", "EET", "MST7MDT", "PST8PDT", "GMT0", "UCT"}) {
    const ZoneLookup lookup = lookup_zone(name);
    INFO(name);
    CHECK_FALSE(lookup.zone);
    CHECK(lookup.error == "time zone abbreviation \"" + std::string(name) + "\" is ambiguous");
    CHECK(lookup.hint ==
          "use an IANA zone name such as \"America/New_York\" or a UTC offset in the timestamps");
  }
}

TEST_CASE("lookup_zone rejects unknown single-word names") {
  const ZoneLookup pst = lookup_zone("PST");
  CHECK_FALSE(pst.zone);
  CHECK(pst.error == "unknown time zone \"PST\"");
  CHECK(pst.hint ==
        "use an IANA zone name such as \"America/New_York\" or a UTC offset in the timestamps");

  CHECK(lookup_zone("XYZ").error == "unknown time zone \"XYZ\"");
  CHECK(lookup_zone("").error == "time zone name is empty");
}

TEST_CASE("lookup_zone rejects the tz database's legacy single-word aliases") {
  const ZoneLookup japan = lookup_zone("Japan");
  CHECK_FALSE(japan.zone);
  CHECK(japan.error == "time zone \"Japan\" is a legacy alias, not an IANA zone name");
  CHECK(japan.hint ==
        "use an IANA zone name such as \"America/New_York\" or a UTC offset in the timestamps");
}

TEST_CASE("lookup_zone suggests the right spelling of UTC") {
  const ZoneLookup lookup = lookup_zone("utc");
  CHECK_FALSE(lookup.zone);
  CHECK(lookup.error == "unknown time zone \"utc\"");
  CHECK(lookup.hint == "did you mean \"UTC\"?");
  CHECK(lookup_zone("Gmt").hint == "did you mean \"GMT\"?");
}

TEST_CASE("lookup_zone suggests the closest IANA name for a misspelling") {
  const ZoneLookup typo = lookup_zone("Europe/Helsinky");
  CHECK_FALSE(typo.zone);
  CHECK(typo.error == "unknown time zone \"Europe/Helsinky\"");
  CHECK(typo.hint == "did you mean \"Europe/Helsinki\"?");

  CHECK(lookup_zone("europe/helsinki").hint == "did you mean \"Europe/Helsinki\"?");
  CHECK(lookup_zone("America/New York").hint == "did you mean \"America/New_York\"?");
}

TEST_CASE("lookup_zone points to an example when nothing is close") {
  const ZoneLookup lookup = lookup_zone("Mars/Olympus_Mons");
  CHECK_FALSE(lookup.zone);
  CHECK(lookup.error == "unknown time zone \"Mars/Olympus_Mons\"");
  CHECK(lookup.hint == "use an IANA zone name such as \"Europe/Helsinki\"");
}

TEST_CASE("lookup_zone does not treat names as paths") {
  for (const char* name :
       {"Europe/../Europe/Helsinki", "../../etc/passwd", "/etc/localtime", "right/UTC"}) {
    INFO(name);
    CHECK_FALSE(lookup_zone(name).zone);
  }
}

TEST_CASE("lookup_zone quotes odd names safely in its message") {
  CHECK(lookup_zone("Bad/\"Zone\"\n").error == "unknown time zone \"Bad/\\\"Zone\\\"\\x0a\"");
}

}  // namespace
}  // namespace hindsight
