// Draft templates (see hindsight/draft_template.h).
#include "hindsight/draft_template.h"

#include <sstream>

#include "render/embedded_templates.h"
#include "render/template_check.h"
#include "render/template_fields.h"

namespace hindsight {
namespace {

// One line each for `hindsight template --list`; a built-in template
// without one is a build mistake that the tests catch.
std::string_view builtin_description(std::string_view name) {
  if (name == "default") return "the built-in draft: every section, with prompts";
  if (name == "sre") return "Google SRE book style: summary, impact, root causes, trigger, "
                            "resolution, detection, action items, lessons, timeline";
  if (name == "review") return "a short incident review: what happened, the numbers, the "
                               "timeline, follow-ups";
  return {};
}

void describe(std::ostream& out, const render_detail::TemplateField& field,
              const std::string& prefix, int depth) {
  for (const render_detail::TemplateField& child : field.fields) {
    out << std::string(static_cast<std::size_t>(depth) * 2, ' ') << prefix << child.name << " ("
        << render_detail::field_type_name(child.type) << "): " << child.description << '\n';
    if (child.type == render_detail::FieldType::object) {
      describe(out, child, prefix + child.name + ".", depth + 1);
    } else if (child.type == render_detail::FieldType::list) {
      describe(out, child, "", depth + 1);
    }
  }
}

}  // namespace

const std::vector<DraftTemplate::Builtin>& DraftTemplate::builtins() {
  static const std::vector<Builtin> list = [] {
    std::vector<Builtin> builtins;
    for (const auto& embedded : render_detail::embedded_templates()) {
      Builtin builtin{embedded.name, builtin_description(embedded.name)};
      if (builtin.name == "default") {
        builtins.insert(builtins.begin(), builtin);
      } else {
        builtins.push_back(builtin);
      }
    }
    return builtins;
  }();
  return list;
}

std::optional<DraftTemplate> DraftTemplate::builtin(std::string_view name) {
  for (const auto& embedded : render_detail::embedded_templates()) {
    if (embedded.name == name) {
      // Built-in templates pass the check (a test keeps it so); it is run
      // for the fields they use.
      Diagnostics unused;
      std::set<std::string> used;
      render_detail::check_template(embedded.text, "builtin", render_detail::draft_data_model(),
                                    unused, &used);
      return DraftTemplate("builtin:" + std::string(name), std::string(embedded.text),
                           std::move(used));
    }
  }
  return std::nullopt;
}

const DraftTemplate& DraftTemplate::standard() {
  static const DraftTemplate draft = *builtin("default");
  return draft;
}

std::optional<DraftTemplate> DraftTemplate::parse(std::string path, std::string text,
                                                  Diagnostics& diagnostics) {
  std::set<std::string> used;
  if (!render_detail::check_template(text, path, render_detail::draft_data_model(), diagnostics,
                                     &used)) {
    return std::nullopt;
  }
  return DraftTemplate(std::move(path), std::move(text), std::move(used));
}

std::string describe_template_fields() {
  std::ostringstream out;
  describe(out, render_detail::draft_data_model(), "", 0);
  return out.str();
}

}  // namespace hindsight
