#include <catch2/catch.hpp>

#include "adapters/adapter_support.h"
#include "hindsight/load.h"

namespace hindsight {
namespace {

RawNode parse_one(const std::string& text) {
  std::vector<RawNode> documents;
  Diagnostics diagnostics;
  REQUIRE(parse_documents("x.json", text, documents, diagnostics));
  REQUIRE(documents.size() == 1);
  return documents[0];
}

TEST_CASE("dotted paths walk maps and list indexes", "[adapters]") {
  const RawNode doc = parse_one(R"({"a": {"b": [{"c": "deep"}, {"c": 2}]}, "n": null})");
  CHECK(adapter_support::text_at(doc, "a.b.0.c") == "deep");
  CHECK(adapter_support::text_at(doc, "a.b.1.c") == "2");
  CHECK(adapter_support::at(doc, "a.b.2") == nullptr);
  CHECK(adapter_support::at(doc, "a.x.c") == nullptr);
  CHECK(adapter_support::text_at(doc, "n").empty());
  CHECK(adapter_support::has_all(doc, {"a.b", "n"}));
  CHECK(adapter_support::count_present(doc, {"a", "n", "missing"}) == 2);
}

TEST_CASE("times are read in the unit the field documents", "[adapters]") {
  const RawNode doc = parse_one(
      R"({"iso": "2026-03-04T08:15:00.5Z", "ms": 1772612100500, "ns": "1772612100500000000",)"
      R"( "bad": "yesterday"})");
  Diagnostics diagnostics;
  using adapter_support::TimeEncoding;
  const auto read = [&](const char* path, TimeEncoding encoding) {
    return adapter_support::time_at(doc, path, encoding, "alert", true, nullptr, diagnostics);
  };
  CHECK(format_utc(*read("iso", TimeEncoding::rfc3339)) == "2026-03-04T08:15:00.500Z");
  CHECK(format_utc(*read("ms", TimeEncoding::epoch_millis)) == "2026-03-04T08:15:00.500Z");
  CHECK(format_utc(*read("ns", TimeEncoding::epoch_nanos)) == "2026-03-04T08:15:00.500Z");
  CHECK(diagnostics.empty());
  CHECK_FALSE(read("bad", TimeEncoding::rfc3339));
  CHECK_FALSE(read("absent", TimeEncoding::rfc3339));
  REQUIRE(diagnostics.error_count() == 2);
  CHECK(format_diagnostic(diagnostics.all()[1]) == "x.json:1:1: error: alert has no `absent`");
}

}  // namespace
}  // namespace hindsight
