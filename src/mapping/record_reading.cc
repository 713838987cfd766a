// Applying a mapping's rules to one record (see record_reading.h).
#include "mapping/record_reading.h"

#include <fmt/format.h>

#include "core/time_text.h"

namespace hindsight::mapping_detail {
namespace {

std::string first_line_of(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// The scalar at `path`; nullopt when missing or null, and an error when the
// path leads to a list or map, which is a mistake in the mapping.
std::optional<FoundValue> scalar_at(const FieldPath& path, const RawNode& record,
                                    const RawNode& document, std::string_view what,
                                    Diagnostics& diagnostics) {
  const RawNode* node = resolve(path, record, document);
  if (!node || node->is_null()) return std::nullopt;
  if (!node->is_scalar()) {
    diagnostics.error(node->pos,
                      fmt::format("{} path `{}` finds {}, not a single value", what, path.text,
                                  describe(node->type)),
                      "point the mapping at a value inside it, e.g. `" + path.text + ".name` or `" +
                          path.text + "[0]`");
    return std::nullopt;
  }
  return FoundValue{node->scalar, node->pos, !node->quoted};
}

std::optional<FoundValue> raw_value(const ValueRule& rule, const RawNode& record,
                                    const RawNode& document, std::string_view what,
                                    Diagnostics& diagnostics) {
  switch (rule.source) {
    case ValueRule::Source::path:
      for (const FieldPath& path : rule.paths) {
        auto found = scalar_at(path, record, document, what, diagnostics);
        if (found && !found->text.empty()) return found;
      }
      return std::nullopt;
    case ValueRule::Source::value:
      return FoundValue{rule.value, record.pos, false};
    case ValueRule::Source::template_text: {
      FoundValue filled{{}, record.pos, false};
      for (const TemplatePart& part : rule.parts) {
        if (!part.path) {
          filled.text += part.literal;
          continue;
        }
        auto found = scalar_at(*part.path, record, document, what, diagnostics);
        if (!found || found->text.empty()) return std::nullopt;
        filled.text += found->text;
      }
      return filled;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<FoundValue> find_value(const ValueRule& rule, const RawNode& record,
                                     const RawNode& document, std::string_view what,
                                     Diagnostics& diagnostics) {
  std::optional<FoundValue> found = raw_value(rule, record, document, what, diagnostics);
  if (found && rule.first_line) found->text = first_line_of(found->text);
  if ((!found || found->text.empty()) && rule.fallback) {
    return FoundValue{*rule.fallback, record.pos, false};
  }
  if (found && found->text.empty()) return std::nullopt;
  return found;
}

bool meets(const Condition& condition, const RawNode& record, const RawNode& document,
           std::string* why_not) {
  for (const FieldPath& path : condition.has) {
    const RawNode* node = resolve(path, record, document);
    if (!node || node->is_null()) {
      if (why_not) *why_not = fmt::format("no `{}`", path.text);
      return false;
    }
  }
  for (const auto& [path, expected] : condition.equals) {
    const std::optional<std::string> text = text_at(path, record, document);
    if (text != expected) {
      if (why_not) {
        *why_not = text ? fmt::format("`{}` is {}, not {}", path.text, time_detail::quoted(*text),
                                       time_detail::quoted(expected))
                        : fmt::format("no `{}`", path.text);
      }
      return false;
    }
  }
  return true;
}

int count_met(const Condition& condition, const RawNode& record, const RawNode& document) {
  int met = 0;
  for (const FieldPath& path : condition.has) {
    const RawNode* node = resolve(path, record, document);
    if (node && !node->is_null()) ++met;
  }
  for (const auto& [path, expected] : condition.equals) {
    if (text_at(path, record, document) == expected) ++met;
  }
  return met;
}

}  // namespace hindsight::mapping_detail
