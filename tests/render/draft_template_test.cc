// Draft templates end to end in the library: the data matches the model
// the check uses, every built-in template checks and renders with sealed
// regions, event text is never read as template syntax, and the docs hold
// the model as `hindsight template --fields` prints it.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "hindsight/draft_update.h"
#include "render/draft_data.h"
#include "render/draft_regions.h"
#include "render/draft_test_story.h"
#include "render/generated_region.h"
#include "render/markdown_blocks.h"
#include "render/template_fields.h"

namespace hindsight {
namespace {

using render_detail::FieldType;
using render_detail::TemplateField;

// Every field of `model` is in `data` with its type, and `data` has no
// other; lists are checked item by item. Returns the paths that differ.
void compare(const TemplateField& model, const mstch::node& data, const std::string& path,
             std::vector<std::string>& differences) {
  switch (model.type) {
    case FieldType::text:
      if (!boost::get<std::string>(&data)) differences.push_back(path + ": not text");
      return;
    case FieldType::number:
      if (!boost::get<int>(&data)) differences.push_back(path + ": not a number");
      return;
    case FieldType::flag:
      if (!boost::get<bool>(&data)) differences.push_back(path + ": not a flag");
      return;
    case FieldType::list: {
      const auto* items = boost::get<mstch::array>(&data);
      if (!items) {
        differences.push_back(path + ": not a list");
        return;
      }
      TemplateField item = model;
      item.type = FieldType::object;
      for (const mstch::node& element : *items) compare(item, element, path + "[]", differences);
      return;
    }
    case FieldType::object: {
      const auto* map = boost::get<mstch::map>(&data);
      if (!map) {
        differences.push_back(path + ": not an object");
        return;
      }
      for (const TemplateField& field : model.fields) {
        const auto found = map->find(field.name);
        if (found == map->end()) {
          differences.push_back(path + "." + field.name + ": missing");
        } else {
          compare(field, found->second, path + "." + field.name, differences);
        }
      }
      for (const auto& entry : *map) {
        if (!model.find(entry.first)) differences.push_back(path + "." + entry.first + ": extra");
      }
      return;
    }
  }
}

std::vector<std::string> differences_from_model(const test::Story& story) {
  const render_detail::DraftContext context{story.incident, story.timeline, story.metrics,
                                            story.settings};
  std::vector<std::string> differences;
  compare(render_detail::draft_data_model(), render_detail::draft_data(context), "",
          differences);
  return differences;
}

test::Story empty_story() {
  test::Story story;
  story.metrics = test::unknown_metrics();
  return story;
}

std::string rendered(const test::Story& story, const DraftTemplate& draft_template) {
  std::ostringstream out;
  render_draft(out, story.incident, story.timeline, story.metrics, story.settings,
               draft_template);
  return out.str();
}

// The regions pair up and each checksum matches what is between its markers.
void check_sealed(const std::string& draft, std::size_t expected_regions) {
  Diagnostics diagnostics;
  const auto regions = render_detail::find_regions(draft, "draft.md", diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(regions.size() == expected_regions);
  for (const auto& region : regions) {
    INFO(region.name);
    CHECK(render_detail::region_checksum(std::string_view(draft).substr(
              region.content_start, region.content_end - region.content_start)) ==
          region.checksum);
  }
}

DraftTemplate parsed(const std::string& text) {
  Diagnostics diagnostics;
  auto draft_template = DraftTemplate::parse("t.mustache", text, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.all()) UNSCOPED_INFO(format_diagnostic(diagnostic));
  REQUIRE(draft_template);
  return *draft_template;
}

}  // namespace

TEST_CASE("draft data: exactly the fields of the model, with their types", "[template]") {
  CHECK(differences_from_model(test::backfill_story()).empty());
  CHECK(differences_from_model(empty_story()).empty());
}

TEST_CASE("draft templates: the built-in ones check, render and seal their regions",
          "[template]") {
  const auto& builtins = DraftTemplate::builtins();
  REQUIRE(builtins.size() == 3);
  CHECK(builtins.front().name == "default");
  for (const auto& builtin : builtins) {
    INFO(builtin.name);
    CHECK_FALSE(builtin.description.empty());
    const std::optional<DraftTemplate> draft_template = DraftTemplate::builtin(builtin.name);
    REQUIRE(draft_template);
    CHECK(draft_template->path() == "builtin:" + std::string(builtin.name));
    Diagnostics diagnostics;
    CHECK(DraftTemplate::parse(draft_template->path(), draft_template->text(), diagnostics));
    CHECK(diagnostics.empty());
    const std::size_t regions = builtin.name == "default" ? 9 : builtin.name == "sre" ? 6 : 2;
    check_sealed(rendered(test::backfill_story(), *draft_template), regions);
    // With no events the default draft leaves its chart out, and so does sre.
    check_sealed(rendered(empty_story(), *draft_template),
                 builtin.name == "review" ? regions : regions - 1);
  }
  CHECK_FALSE(DraftTemplate::builtin("nope"));
}

TEST_CASE("draft templates: only the fields a template names are filled in", "[template]") {
  CHECK(DraftTemplate::standard().used_fields() ==
        std::set<std::string>{"preamble", "incident", "generated", "has_events", "has_triggers"});
  const DraftTemplate mine = parsed("{{#events}}{{title}} {{incident.zone}}{{/events}}");
  CHECK(mine.used_fields() == std::set<std::string>{"events", "incident"});

  const test::Story story = test::backfill_story();
  const render_detail::DraftContext context{story.incident, story.timeline, story.metrics,
                                            story.settings};
  const mstch::map data = render_detail::draft_data(context, &mine.used_fields());
  CHECK(boost::get<mstch::array>(data.at("events")).size() == story.timeline.size());
  CHECK(boost::get<mstch::array>(data.at("pages")).empty());
  CHECK(boost::get<std::string>(data.at("mermaid")).empty());
  // Still every field of the model, so a template never meets a missing one.
  std::vector<std::string> differences;
  compare(render_detail::draft_data_model(), data, "", differences);
  CHECK(differences.empty());
}

TEST_CASE("draft templates: the standard draft is the default template", "[template]") {
  const test::Story story = test::backfill_story();
  std::ostringstream standard;
  render_draft(standard, story.incident, story.timeline, story.metrics, story.settings);
  CHECK(standard.str() == rendered(story, *DraftTemplate::builtin("default")));
  CHECK(standard.str().rfind(std::string(render_detail::kDraftPreamble), 0) == 0);
}

TEST_CASE("draft templates: the draft's action items are the pre-mortem's table", "[template]") {
  std::ostringstream section;
  render_detail::write_action_items_section(
      section,
      "For each contributing factor, what change to the system would prevent it, detect it "
      "sooner or limit its impact? Type: prevent, detect, mitigate or process.");
  CHECK(rendered(test::backfill_story(), DraftTemplate::standard()).find(section.str()) !=
        std::string::npos);
}

TEST_CASE("draft templates: event text is printed, never read as a template", "[template]") {
  test::Story story = test::backfill_story();
  story.timeline[1].title = "{{incident.title}} {{#events}}x{{/events}} <!-- hindsight:end t -->";
  const std::string draft =
      rendered(story, parsed("<!-- hindsight:begin t -->\n{{#events}}{{title}}\n{{/events}}\n"
                             "<!-- hindsight:end t -->\n"));
  CHECK(draft.find("{{incident.title}} {{\\#events}}x{{/events}} &lt;\\!-- hindsight:end t --&gt;") !=
        std::string::npos);
  check_sealed(draft, 1);
}

TEST_CASE("draft templates: --update regenerates a template's own regions", "[template]") {
  const DraftTemplate mine = parsed(
      "# {{incident.title}}\n\n<!-- hindsight:begin counts -->\n{{event_count}} events\n"
      "<!-- hindsight:end counts -->\n\nNotes:\n");
  test::Story story = test::backfill_story();
  const std::string first = rendered(story, mine);
  const std::string edited = first + "Written by a person.\n";
  story.timeline.push_back(test::make_event(test::utc(2026, 3, 5, 5, 0, 0), Kind::note, "late"));
  Diagnostics diagnostics;
  const std::optional<std::string> updated =
      update_draft("pm.md", edited, rendered(story, mine), {}, diagnostics);
  REQUIRE(updated);
  CHECK(diagnostics.empty());
  CHECK(updated->find("8 events\n") != std::string::npos);
  CHECK(updated->find("Written by a person.\n") != std::string::npos);
}

TEST_CASE("draft templates: unpaired markers are left for the check to catch", "[template]") {
  std::string text = "<!-- hindsight:begin a -->\nx\n";
  render_detail::seal_regions(text);
  CHECK(text == "<!-- hindsight:begin a -->\nx\n");
}

TEST_CASE("docs/templates.md holds the data model as `template --fields` prints it",
          "[template][docs]") {
  std::ifstream file(HINDSIGHT_SOURCE_DIR "/docs/templates.md");
  REQUIRE(file);
  const std::string docs((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  CHECK(docs.find(describe_template_fields()) != std::string::npos);
}

}  // namespace hindsight
