#include <catch2/catch.hpp>

#include "hindsight/event.h"

namespace hindsight {
namespace {

Kind kind_of(std::string_view text) {
  KindParse parsed = parse_kind(text);
  REQUIRE(parsed.kind);
  return *parsed.kind;
}

TEST_CASE("canonical kinds round-trip through their names", "[kind]") {
  for (std::string_view name : canonical_kind_names()) {
    CHECK(kind_name(kind_of(name)) == name);
  }
  CHECK(canonical_kind_names().size() == 16);
}

TEST_CASE("kinds match case-insensitively with - and _ alike", "[kind]") {
  CHECK(kind_of("DEPLOY") == Kind::deploy);
  CHECK(kind_of("Config-Change") == Kind::config_change);
  CHECK(kind_of("customer-report") == Kind::customer_report);
  CHECK(kind_of("Impact_Start") == Kind::impact_start);
}

TEST_CASE("the documented synonyms map to their kinds", "[kind]") {
  CHECK(kind_of("deployment") == Kind::deploy);
  CHECK(kind_of("deployed") == Kind::deploy);
  CHECK(kind_of("acknowledge") == Kind::ack);
  CHECK(kind_of("Acknowledged") == Kind::ack);
  CHECK(kind_of("resolved") == Kind::resolve);
  CHECK(kind_of("mitigation") == Kind::mitigate);
  CHECK(kind_of("mitigated") == Kind::mitigate);
  CHECK(kind_of("paged") == Kind::page);
  CHECK(kind_of("alarm") == Kind::alert);
  CHECK(kind_of("job") == Kind::backfill);
  CHECK(kind_of("batch") == Kind::backfill);
  CHECK(kind_of("config") == Kind::config_change);
}

TEST_CASE("x- kinds are custom and keep their spelling", "[kind]") {
  KindParse parsed = parse_kind("x-Partner-Ticket");
  REQUIRE(parsed.kind == Kind::custom);
  CHECK(parsed.custom == "x-Partner-Ticket");
  Event event;
  event.kind = Kind::custom;
  event.custom_kind = parsed.custom;
  CHECK(display_kind(event) == "x-Partner-Ticket");
  CHECK_FALSE(parse_kind("x-").kind);
}

TEST_CASE("unknown kinds suggest the closest canonical name", "[kind]") {
  KindParse typo = parse_kind("deploi");
  CHECK_FALSE(typo.kind);
  CHECK(typo.suggestion == "deploy");
  CHECK(parse_kind("acknowlegded").suggestion == "ack");
  CHECK(parse_kind("incident").suggestion.empty());
}

}  // namespace
}  // namespace hindsight
