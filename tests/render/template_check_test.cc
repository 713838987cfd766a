// Checking draft templates against the data model: names in and out of
// scope, sections, printing lists and flags, literal region markers.
#include <catch2/catch.hpp>

#include "render/template_check.h"

namespace hindsight::render_detail {
namespace {

std::vector<std::string> problems(std::string_view text) {
  Diagnostics diagnostics;
  const bool ok = check_template(text, "t.mustache", draft_data_model(), diagnostics);
  CHECK(ok == diagnostics.empty());
  std::vector<std::string> all;
  for (const Diagnostic& diagnostic : diagnostics.all()) all.push_back(format_diagnostic(diagnostic));
  return all;
}

}  // namespace

TEST_CASE("template check: fields of the model pass, in and out of sections", "[template]") {
  CHECK(problems("# {{incident.title}}\n"
                 "{{#events}}- {{time}} {{kind}} {{incident.zone}} {{#service}}({{.}}){{/service}}\n"
                 "{{/events}}\n"
                 "{{#incident.services}}{{name}}{{/incident.services}}\n"
                 "{{#metrics}}{{ttd.text}} {{#ttd.known}}{{ttd.value}}{{/ttd.known}}{{/metrics}}\n"
                 "{{#metrics.detected}}{{time}}{{/metrics.detected}} {{event_count}}\n"
                 "{{^has_events}}none{{/has_events}}{{{generated.timeline}}}")
            .empty());
}

TEST_CASE("template check: an unknown field is named at its line, with a suggestion",
          "[template]") {
  CHECK(problems("ok\n  {{incident.titel}}") ==
        std::vector<std::string>{"t.mustache:2:3: error: unknown field `incident.titel`\n"
                                 "  hint: did you mean `incident.title`?"});
  CHECK(problems("{{#events}}{{titl}}{{/events}}") ==
        std::vector<std::string>{"t.mustache:1:12: error: unknown field `titl`\n"
                                 "  hint: did you mean `title`?"});
  CHECK(problems("{{author}}") ==
        std::vector<std::string>{"t.mustache:1:1: error: unknown field `author`\n"
                                 "  hint: the fields are listed in docs/templates.md and by "
                                 "`hindsight template --fields`"});
}

TEST_CASE("template check: an item's fields are out of scope outside its list", "[template]") {
  CHECK(problems("{{#events}}{{/events}}{{title}}").size() == 1);
  CHECK(problems("{{#has_events}}{{title}}{{/has_events}}").size() == 1);
  CHECK(problems("{{events.title}}") ==
        std::vector<std::string>{"t.mustache:1:1: error: `events` is a list, so it has no field "
                                 "`title`\n"
                                 "  hint: open the list with {{#events}} and name `title` "
                                 "inside it"});
}

TEST_CASE("template check: lists, objects and flags are sections, not values", "[template]") {
  CHECK(problems("{{events}}").size() == 1);
  CHECK(problems("{{metrics.ttd}}").size() == 1);
  CHECK(problems("{{has_events}}").front().find("is a yes/no flag") != std::string::npos);
  CHECK(problems("{{.}}").front().find("`.` outside any section") != std::string::npos);
}

TEST_CASE("template check: sections close in order, with their own name", "[template]") {
  CHECK(problems("{{#events}}\n{{#pages}}\n{{/events}}\n{{/pages}}").front() ==
        "t.mustache:3:1: error: {{/events}} closes `events`, but the open section is `pages`, "
        "from line 2\n"
        "  hint: close `pages` first with {{/pages}}");
  CHECK(problems("{{/events}}").front().find("never opened") != std::string::npos);
  CHECK(problems("\n{{#events}}") ==
        std::vector<std::string>{"t.mustache:2:1: error: the section `events` is never closed\n"
                                 "  hint: close it with {{/events}}"});
}

TEST_CASE("template check: partials are refused", "[template]") {
  CHECK(problems("{{> header}}").front().find("partials") != std::string::npos);
}

TEST_CASE("template check: every problem is reported in one run", "[template]") {
  CHECK(problems("{{a}} {{b}}\n{{events}}\n{{#c}}{{/c}}").size() == 4);
}

TEST_CASE("template check: literal region markers pair up and carry no checksum",
          "[template]") {
  CHECK(problems("<!-- hindsight:begin mine -->\n{{metrics.ttd.text}}\n"
                 "<!-- hindsight:end mine -->\n")
            .empty());
  CHECK(problems("<!-- hindsight:begin mine 0123456789abcdef -->\n<!-- hindsight:end mine -->")
            .front()
            .find("carries a checksum") != std::string::npos);
  CHECK(problems("<!-- hindsight:begin a -->\n<!-- hindsight:begin b -->\n"
                 "<!-- hindsight:end b -->\n<!-- hindsight:end a -->")
            .front()
            .rfind("t.mustache:2:1: error: `hindsight:begin b` inside the section `a`", 0) == 0);
  CHECK(problems("x\n<!-- hindsight:end a -->").front().rfind("t.mustache:2:1:", 0) == 0);
  CHECK(problems("<!-- hindsight:begin a -->\n").front().find("never ended") !=
        std::string::npos);
}

}  // namespace hindsight::render_detail
