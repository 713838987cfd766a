// Field paths: the grammar (keys, indexes, selections, quoted keys, the
// document root) and what each finds in a record.
#include <catch2/catch.hpp>

#include "mapping/field_path.h"
#include "mapping/mapping_testing.h"

namespace hindsight::mapping_detail {
namespace {

using mapping_testing::document;

FieldPath path(std::string_view text) {
  FieldPathParse parsed = parse_field_path(text);
  INFO(text << ": " << parsed.error);
  REQUIRE(parsed.path);
  return *parsed.path;
}

std::optional<std::string> find(std::string_view text, const RawNode& record) {
  return text_at(path(text), record, record);
}

const RawNode& message() {
  static const RawNode record = document(R"(
ts: "1781593960.000100"
user: {name: Aino, "team.name": payments}
labels: {app.kubernetes.io/name: checkout}
attachments:
  - title: Investigating
    fields:
      - {title: Component, value: Checkout}
      - {title: Severity, value: major}
  - title: Second
)");
  return record;
}

TEST_CASE("Field paths: keys, indexes and selections", "[mapping][path]") {
  CHECK(find("ts", message()) == "1781593960.000100");
  CHECK(find("user.name", message()) == "Aino");
  CHECK(find("attachments[0].title", message()) == "Investigating");
  CHECK(find("attachments.1.title", message()) == "Second");
  CHECK(find("attachments[-1].title", message()) == "Second");
  CHECK(find("attachments[0].fields[title=Severity].value", message()) == "major");
  CHECK(find("attachments[0].fields[1].value", message()) == "major");
  CHECK(find("labels[\"app.kubernetes.io/name\"]", message()) == "checkout");
  CHECK(find("user['team.name']", message()) == "payments");
}

TEST_CASE("Field paths: what is not there finds nothing", "[mapping][path]") {
  CHECK_FALSE(find("missing", message()));
  CHECK_FALSE(find("user.missing", message()));
  CHECK_FALSE(find("attachments[2].title", message()));
  CHECK_FALSE(find("attachments[-3].title", message()));
  CHECK_FALSE(find("attachments[0].fields[title=Owner].value", message()));
  CHECK_FALSE(find("ts[0]", message()));
  CHECK_FALSE(find("ts.x", message()));
  CHECK_FALSE(find("user", message()));  // a map is not text
}

TEST_CASE("Field paths: $. reads from the document root", "[mapping][path]") {
  const RawNode root = document("channel: inc-payments\nmessages: [{text: hi}]\n");
  const RawNode& record = root.find("messages")->items.front();
  CHECK(text_at(path("$.channel"), record, root) == "inc-payments");
  CHECK(text_at(path("text"), record, root) == "hi");
  CHECK_FALSE(text_at(path("channel"), record, root));
}

TEST_CASE("Field paths: mistakes say which character is wrong", "[mapping][path]") {
  const auto error = [](std::string_view text) {
    FieldPathParse parsed = parse_field_path(text);
    CHECK_FALSE(parsed.path);
    return parsed.error;
  };
  CHECK(error("") == "the path is empty");
  CHECK(error("a..b") == "empty step at character 3");
  CHECK(error(".a") == "empty step at character 1");
  CHECK(error("a.") == "the path ends with `.`");
  CHECK(error("a[0") == "`[` at character 2 is never closed");
  CHECK(error("a]") == "unexpected `]` at character 2");
  CHECK(error("a[x]") ==
        "`[x]` is not a list selector: use `[0]`, `[-1]`, `[key=value]` or `[\"key\"]`");
  CHECK(error("a[]").find("is not a list selector") != std::string::npos);
  CHECK(error("a[=x]") == "`[=x]` needs a key before `=`, e.g. `[name=severity]`");
  CHECK(error("a[0]b") == "expected `.` or `[` at character 5");
  CHECK(error("$") == "`$` alone names the whole document; add a key, e.g. `$.channel`");
  CHECK(error("a[99999999999999999999]").find("is not a list selector") != std::string::npos);
}

}  // namespace
}  // namespace hindsight::mapping_detail
