// Checking a draft template (see template_check.h).
#include "render/template_check.h"

#include <vector>

#include <fmt/format.h>

#include "hindsight/edit_distance.h"
#include "render/generated_region.h"
#include "render/mustache_tags.h"

namespace hindsight::render_detail {
namespace {

std::vector<std::string> split_name(const std::string& name) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

// A section open where a tag stands: the field it opened and the object
// whose fields it brings into scope (none for text, flags and inverted
// sections).
struct OpenSection {
  std::string name;
  SourcePos pos;
  const TemplateField* scope = nullptr;
};

class TemplateChecker {
 public:
  TemplateChecker(const TemplateField& model, Diagnostics& diagnostics,
                  std::set<std::string>* used)
      : model_(model), diagnostics_(diagnostics), used_(used) {}

  void check(const MustacheTag& tag) {
    switch (tag.type) {
      case MustacheTag::Type::partial:
        error(tag.pos, fmt::format("partials (`{{{{>{}}}}}`) are not supported", tag.name),
              "a draft template is one file: paste the partial's text in its place");
        return;
      case MustacheTag::Type::close:
        close(tag);
        return;
      case MustacheTag::Type::variable:
        variable(tag);
        return;
      case MustacheTag::Type::section:
      case MustacheTag::Type::inverted:
        open(tag);
        return;
    }
  }

  void finish() {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      error(it->pos, fmt::format("the section `{}` is never closed", it->name),
            fmt::format("close it with {{{{/{}}}}}", it->name));
    }
  }

 private:
  // The field `name` refers to where the tag stands, or nullptr after
  // reporting it. "." is the current item.
  const TemplateField* resolve(const std::string& name, const SourcePos& pos) {
    if (name == ".") {
      if (open_.empty()) {
        error(pos, "`.` outside any section", "use `.` inside a section, for the current item");
      }
      return &current_item_;
    }
    const std::vector<std::string> parts = split_name(name);
    const TemplateField* field = nullptr;
    for (auto it = open_.rbegin(); it != open_.rend() && !field; ++it) {
      if (it->scope) field = it->scope->find(parts.front());
    }
    if (!field) {
      field = model_.find(parts.front());
      if (field && used_) used_->insert(parts.front());
    }
    if (!field) {
      unknown(name, parts.front(), pos, in_scope_names());
      return nullptr;
    }
    std::string path = parts.front();
    for (std::size_t i = 1; i < parts.size(); ++i) {
      if (field->type != FieldType::object) {
        error(pos,
              fmt::format("`{}` is a {}, so it has no field `{}`", path,
                          field_type_name(field->type), parts[i]),
              field->type == FieldType::list
                  ? fmt::format("open the list with {{{{#{}}}}} and name `{}` inside it", path,
                                parts[i])
                  : "see docs/templates.md or `hindsight template --fields` for the fields");
        return nullptr;
      }
      const TemplateField* child = field->find(parts[i]);
      if (!child) {
        std::vector<std::string> names;
        for (const TemplateField& candidate : field->fields) {
          names.push_back(path + "." + candidate.name);
        }
        unknown(name, path + "." + parts[i], pos, names);
        return nullptr;
      }
      field = child;
      path += "." + parts[i];
    }
    return field;
  }

  std::vector<std::string> in_scope_names() const {
    std::vector<std::string> names;
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      if (!it->scope) continue;
      for (const TemplateField& field : it->scope->fields) names.push_back(field.name);
    }
    for (const TemplateField& field : model_.fields) names.push_back(field.name);
    return names;
  }

  void unknown(const std::string& name, const std::string& missing, const SourcePos& pos,
               const std::vector<std::string>& candidates) {
    const std::vector<std::string_view> views(candidates.begin(), candidates.end());
    const std::string suggestion = closest_match(missing, views);
    error(pos,
          name == missing ? fmt::format("unknown field `{}`", name)
                          : fmt::format("unknown field `{}` in `{}`", missing, name),
          suggestion.empty()
              ? std::string("the fields are listed in docs/templates.md and by `hindsight "
                            "template --fields`")
              : fmt::format("did you mean `{}`?", suggestion));
  }

  void variable(const MustacheTag& tag) {
    const TemplateField* field = resolve(tag.name, tag.pos);
    if (!field) return;
    if (field->type == FieldType::list || field->type == FieldType::object) {
      error(tag.pos, fmt::format("`{}` is a {} and cannot be printed", tag.name,
                                 field_type_name(field->type)),
            fmt::format("repeat or open it with {{{{#{0}}}}}...{{{{/{0}}}}} and print its fields "
                        "inside",
                        tag.name));
    } else if (field->type == FieldType::flag) {
      error(tag.pos, fmt::format("`{}` is a yes/no flag and cannot be printed", tag.name),
            fmt::format("use it as a section: {{{{#{0}}}}}...{{{{/{0}}}}} or "
                        "{{{{^{0}}}}}...{{{{/{0}}}}}",
                        tag.name));
    }
  }

  void open(const MustacheTag& tag) {
    const TemplateField* field = resolve(tag.name, tag.pos);
    OpenSection section{tag.name, tag.pos, nullptr};
    if (field && tag.type == MustacheTag::Type::section &&
        (field->type == FieldType::object || field->type == FieldType::list)) {
      section.scope = field;
    }
    open_.push_back(std::move(section));
  }

  void close(const MustacheTag& tag) {
    if (open_.empty()) {
      error(tag.pos, fmt::format("{{{{/{}}}}} closes a section that was never opened", tag.name),
            "remove it, or open the section before it");
      return;
    }
    if (open_.back().name != tag.name) {
      error(tag.pos,
            fmt::format("{{{{/{}}}}} closes `{}`, but the open section is `{}`, from line {}",
                        tag.name, tag.name, open_.back().name, open_.back().pos.line),
            fmt::format("close `{}` first with {{{{/{}}}}}", open_.back().name,
                        open_.back().name));
      return;
    }
    open_.pop_back();
  }

  void error(const SourcePos& pos, std::string message, std::string hint) {
    diagnostics_.error(pos, std::move(message), std::move(hint));
  }

  const TemplateField& model_;
  Diagnostics& diagnostics_;
  std::set<std::string>* used_;
  std::vector<OpenSection> open_;
  const TemplateField current_item_{".", FieldType::text, "the current item", {}};
};

// Literal region markers in the template: a begin without a checksum (the
// checksum is filled in when the draft is rendered), paired with its end.
void check_literal_markers(std::string_view text, const std::string& path,
                           Diagnostics& diagnostics) {
  std::string open_name;
  int open_line = 0;
  int line_number = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t newline = text.find('\n', at);
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    const std::string_view line = text.substr(at, next - at);
    at = next;
    ++line_number;
    const std::optional<RegionMarker> marker = parse_template_marker(line);
    if (!marker) continue;
    const SourcePos pos{path, line_number, 1};
    if (marker->begin && !marker->checksum.empty()) {
      diagnostics.error(pos, "a hindsight:begin marker in a template carries a checksum",
                        fmt::format("write it as <!-- hindsight:begin {} -->; hindsight fills in "
                                    "the checksum of what it renders",
                                    marker->name));
    }
    if (marker->begin && !open_name.empty()) {
      diagnostics.error(pos,
                        fmt::format("`hindsight:begin {}` inside the section `{}` that starts at "
                                    "line {}",
                                    marker->name, open_name, open_line),
                        fmt::format("end `{}` first", open_name));
    } else if (marker->begin) {
      open_name = marker->name;
      open_line = line_number;
    } else if (marker->name != open_name) {
      diagnostics.error(pos,
                        fmt::format("`hindsight:end {}` without its `hindsight:begin {}`",
                                    marker->name, marker->name),
                        "pair every end marker with a begin marker before it");
    } else {
      open_name.clear();
    }
  }
  if (!open_name.empty()) {
    diagnostics.error({path, open_line, 1},
                      fmt::format("the generated section `{}` is never ended", open_name),
                      fmt::format("end it with <!-- hindsight:end {} -->", open_name));
  }
}

}  // namespace

bool check_template(std::string_view text, const std::string& path, const TemplateField& model,
                    Diagnostics& diagnostics, std::set<std::string>* used) {
  const std::size_t errors_before = diagnostics.error_count();
  const std::vector<MustacheTag> tags = read_mustache_tags(text, path, diagnostics);
  const bool tags_read = diagnostics.error_count() == errors_before;
  TemplateChecker checker(model, diagnostics, used);
  for (const MustacheTag& tag : tags) checker.check(tag);
  // After a tag that never closes, the sections after it were not read.
  if (tags_read) checker.finish();
  check_literal_markers(text, path, diagnostics);
  return diagnostics.error_count() == errors_before;
}

}  // namespace hindsight::render_detail
