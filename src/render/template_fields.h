// The fields a draft template can use: the data model of docs/templates.md.
//
// The model is declared once, here, with a line of documentation per field.
// Three things follow from it and must agree: the template check (a name
// not in the model is an error at its template line), the data the draft
// is rendered from (draft_data.cc; a test walks it against the model) and
// `hindsight template --fields`.
#pragma once

#include <string>
#include <vector>

namespace hindsight::render_detail {

enum class FieldType {
  text,    // Markdown, escaped, ready to print
  number,  // a count
  flag,    // yes/no: use as {{#x}}...{{/x}} or {{^x}}...{{/x}}
  object,  // named fields
  list,    // items with named fields: {{#x}}...{{/x}} repeats per item
};

struct TemplateField {
  std::string name;
  FieldType type = FieldType::text;
  std::string description;
  std::vector<TemplateField> fields;  // of an object, or of each list item

  const TemplateField* find(const std::string& field_name) const;
};

// The root of the draft's data model (an object).
const TemplateField& draft_data_model();

// "text", "number", "flag", "object", "list".
const char* field_type_name(FieldType type);

}  // namespace hindsight::render_detail
