// Reading the pieces of a mapping file (see rule_reader.h).
#include "mapping/rule_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"
#include "hindsight/edit_distance.h"
#include "hindsight/repeated_keys.h"

namespace hindsight::mapping_detail {
namespace {

std::optional<std::string> read_scalar(const RawNode& node, std::string_view what,
                                       Diagnostics& diagnostics) {
  if (!node.is_scalar()) {
    diagnostics.error(node.pos,
                      fmt::format("{} must be a single value, found {}", what, describe(node.type)));
    return std::nullopt;
  }
  return node.scalar;
}

std::optional<bool> read_flag(const RawNode& node, std::string_view what,
                              Diagnostics& diagnostics) {
  const auto text = read_scalar(node, what, diagnostics);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  diagnostics.error(node.pos, fmt::format("{} must be true or false, found \"{}\"", what, *text));
  return std::nullopt;
}

// "Deployed {version} to {service}": literal text and {path} holes;
// `{{` and `}}` are literal braces.
std::optional<std::vector<TemplatePart>> read_template(const RawNode& node, std::string_view what,
                                                        Diagnostics& diagnostics) {
  const auto text = read_scalar(node, what, diagnostics);
  if (!text) return std::nullopt;
  std::vector<TemplatePart> parts;
  std::string literal;
  for (std::size_t i = 0; i < text->size(); ++i) {
    const char c = (*text)[i];
    if ((c == '{' || c == '}') && i + 1 < text->size() && (*text)[i + 1] == c) {
      literal += c;
      ++i;
    } else if (c == '}') {
      diagnostics.error(node.pos, fmt::format("{}: `}}` without `{{` at character {}", what, i + 1),
                        "write `}}` for a literal brace");
      return std::nullopt;
    } else if (c == '{') {
      const std::size_t close = text->find('}', i);
      if (close == std::string::npos) {
        diagnostics.error(node.pos,
                          fmt::format("{}: `{{` at character {} is never closed", what, i + 1),
                          "write `{{` for a literal brace");
        return std::nullopt;
      }
      FieldPathParse path = parse_field_path(std::string_view(*text).substr(i + 1, close - i - 1));
      if (!path.path) {
        diagnostics.error(node.pos, fmt::format("{}: bad path in `{}`: {}", what,
                                                text->substr(i, close - i + 1), path.error));
        return std::nullopt;
      }
      if (!literal.empty()) parts.push_back({std::move(literal), std::nullopt});
      literal.clear();
      parts.push_back({{}, std::move(path.path)});
      i = close;
    } else {
      literal += c;
    }
  }
  if (!literal.empty()) parts.push_back({std::move(literal), std::nullopt});
  return parts;
}

std::optional<std::vector<FieldPath>> read_paths(const RawNode& node, std::string_view what,
                                                 Diagnostics& diagnostics) {
  std::vector<FieldPath> paths;
  if (node.is_sequence() && !node.items.empty()) {
    for (const RawNode& item : node.items) {
      auto path = read_path(item, what, diagnostics);
      if (!path) return std::nullopt;
      paths.push_back(std::move(*path));
    }
    return paths;
  }
  auto path = read_path(node, what, diagnostics);
  if (!path) return std::nullopt;
  paths.push_back(std::move(*path));
  return paths;
}

std::optional<adapter_support::TimeEncoding> read_unit(const RawNode& node,
                                                       Diagnostics& diagnostics) {
  using adapter_support::TimeEncoding;
  static const std::vector<std::pair<std::string_view, TimeEncoding>> units = {
      {"rfc3339", TimeEncoding::rfc3339},
      {"seconds", TimeEncoding::epoch_seconds},
      {"milliseconds", TimeEncoding::epoch_millis},
      {"microseconds", TimeEncoding::epoch_micros},
      {"nanoseconds", TimeEncoding::epoch_nanos},
  };
  const auto text = read_scalar(node, "time unit", diagnostics);
  if (!text) return std::nullopt;
  for (const auto& [name, unit] : units) {
    if (*text == name) return unit;
  }
  diagnostics.error(node.pos, fmt::format("unknown time unit \"{}\"", *text),
                    "use rfc3339, seconds, milliseconds, microseconds or nanoseconds (of the Unix "
                    "epoch), or give a `format` instead");
  return std::nullopt;
}

std::optional<MappedKind> read_kind_name(const RawNode& node, std::string_view what,
                                         Diagnostics& diagnostics) {
  const auto text = read_scalar(node, what, diagnostics);
  if (!text) return std::nullopt;
  const KindParse parsed = parse_kind(*text);
  if (!parsed.kind) {
    diagnostics.error(node.pos, fmt::format("{}: unknown kind \"{}\"", what, *text),
                      parsed.suggestion.empty()
                          ? "use a kind from docs/format.md, or an x- prefixed custom kind"
                          : fmt::format("did you mean \"{}\"?", parsed.suggestion));
    return std::nullopt;
  }
  return MappedKind{*parsed.kind, parsed.custom};
}

}  // namespace

void check_mapping_keys(const RawNode& map, const std::vector<std::string_view>& known,
                        std::string_view context, Diagnostics& diagnostics) {
  const RepeatedKeys keys(map);
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    const RawNode& key = map.entries[i].first;
    if (!key.is_scalar()) {
      diagnostics.error(key.pos, fmt::format("{} keys must be single values", context));
      continue;
    }
    if (keys.earlier(i)) {
      diagnostics.error(key.pos, fmt::format("{} key \"{}\" appears twice", context, key.scalar));
      continue;
    }
    if (std::find(known.begin(), known.end(), key.scalar) != known.end()) continue;
    const std::string closest = closest_match(key.scalar, known);
    diagnostics.error(key.pos, fmt::format("unknown {} key \"{}\"", context, key.scalar),
                      closest.empty() ? fmt::format("known keys: {}", fmt::join(known, ", "))
                                      : fmt::format("did you mean \"{}\"?", closest));
  }
}

std::optional<FieldPath> read_path(const RawNode& node, std::string_view what,
                                   Diagnostics& diagnostics) {
  const auto text = read_scalar(node, what, diagnostics);
  if (!text) return std::nullopt;
  FieldPathParse parsed = parse_field_path(*text);
  if (!parsed.path) {
    diagnostics.error(node.pos, fmt::format("{}: bad path \"{}\": {}", what, *text, parsed.error),
                      "paths look like `user.name`, `items[0].id`, `fields[title=Env].value` or "
                      "`$.channel`");
  }
  return std::move(parsed.path);
}

std::optional<ValueRule> read_value_rule(const RawNode& node, std::string_view what,
                                         Diagnostics& diagnostics) {
  ValueRule rule;
  rule.pos = node.pos;
  if (!node.is_map()) {
    auto path = read_path(node, what, diagnostics);
    if (!path) return std::nullopt;
    rule.paths.push_back(std::move(*path));
    return rule;
  }
  const std::size_t errors_before = diagnostics.error_count();
  check_mapping_keys(node, {"path", "value", "template", "first_line", "default"}, what,
                     diagnostics);
  const RawNode* path = node.find("path");
  const RawNode* value = node.find("value");
  const RawNode* template_text = node.find("template");
  const int sources = (path ? 1 : 0) + (value ? 1 : 0) + (template_text ? 1 : 0);
  if (sources != 1) {
    diagnostics.error(node.pos,
                      fmt::format("{} needs exactly one of `path`, `value` and `template`", what),
                      "`path` reads the record, `value` is fixed text, `template` mixes both: "
                      "\"{user} deployed {version}\"");
    return std::nullopt;
  }
  if (path) {
    if (auto paths = read_paths(*path, what, diagnostics)) rule.paths = std::move(*paths);
  } else if (value) {
    rule.source = ValueRule::Source::value;
    if (auto text = read_scalar(*value, what, diagnostics)) rule.value = *text;
  } else {
    rule.source = ValueRule::Source::template_text;
    if (auto parts = read_template(*template_text, what, diagnostics)) rule.parts = *parts;
  }
  if (const RawNode* first_line = node.find("first_line")) {
    rule.first_line = read_flag(*first_line, "first_line", diagnostics).value_or(false);
  }
  if (const RawNode* fallback = node.find("default")) {
    rule.fallback = read_scalar(*fallback, "default", diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rule;
}

std::optional<TimeRule> read_time_rule(const RawNode& node, std::string_view what,
                                       Diagnostics& diagnostics) {
  TimeRule rule;
  if (!node.is_map()) {
    auto path = read_path(node, what, diagnostics);
    if (!path) return std::nullopt;
    rule.where.pos = node.pos;
    rule.where.paths.push_back(std::move(*path));
    return rule;
  }
  const std::size_t errors_before = diagnostics.error_count();
  check_mapping_keys(node, {"path", "unit", "format", "zone"}, what, diagnostics);
  rule.where.pos = node.pos;
  const RawNode* path = node.find("path");
  if (!path) {
    diagnostics.error(node.pos, fmt::format("{} has no `path`", what),
                      "name the field that holds the time, e.g. `path: timestamp`");
    return std::nullopt;
  }
  if (auto paths = read_paths(*path, what, diagnostics)) rule.where.paths = std::move(*paths);
  const RawNode* unit = node.find("unit");
  const RawNode* format = node.find("format");
  if (unit && format) {
    diagnostics.error(format->pos, fmt::format("{} has both `unit` and `format`", what),
                      "`unit` is for epoch counts and RFC 3339, `format` for any other layout");
  } else if (unit) {
    if (auto parsed = read_unit(*unit, diagnostics)) rule.unit = *parsed;
  } else if (format) {
    if (auto text = read_scalar(*format, "format", diagnostics)) rule.format = *text;
    if (rule.format.find('%') == std::string::npos) {
      diagnostics.error(format->pos, fmt::format("format \"{}\" has no fields", rule.format),
                        "write it strftime-style, e.g. \"%d/%m/%Y %H:%M:%S\"");
    }
  }
  if (const RawNode* zone = node.find("zone")) {
    if (auto name = read_scalar(*zone, "zone", diagnostics)) {
      ZoneLookup lookup = lookup_zone(*name);
      if (lookup.zone) {
        rule.zone = std::move(lookup.zone);
      } else {
        diagnostics.error(zone->pos, lookup.error, lookup.hint);
      }
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rule;
}

std::optional<KindRule> read_kind_rule(const RawNode& node, Diagnostics& diagnostics) {
  KindRule rule;
  if (!node.is_map()) {
    auto path = read_path(node, "kind", diagnostics);
    if (!path) return std::nullopt;
    rule.where.pos = node.pos;
    rule.where.paths.push_back(std::move(*path));
    return rule;
  }
  const std::size_t errors_before = diagnostics.error_count();
  check_mapping_keys(node, {"path", "value", "table", "default"}, "kind", diagnostics);
  rule.where.pos = node.pos;
  const RawNode* path = node.find("path");
  const RawNode* value = node.find("value");
  if (path && value) {
    diagnostics.error(value->pos, "kind has both `path` and `value`",
                      "`value` gives every event one kind; `path` reads it from the record");
  } else if (path) {
    if (auto paths = read_paths(*path, "kind", diagnostics)) rule.where.paths = std::move(*paths);
  } else if (value) {
    rule.fallback = read_kind_name(*value, "kind", diagnostics);
  } else if (!node.find("default")) {
    diagnostics.error(node.pos, "kind needs `path` or `value`",
                      "e.g. `value: note`, or `path: type` with a `table`");
  }
  if (const RawNode* table = node.find("table")) {
    if (!table->is_map()) {
      diagnostics.error(table->pos, fmt::format("kind table must be a map of source value to "
                                                "kind, found {}",
                                                describe(table->type)));
    } else {
      for (const auto& [key, kind] : table->entries) {
        const auto text = read_scalar(key, "kind table key", diagnostics);
        const auto mapped = read_kind_name(kind, "kind table", diagnostics);
        if (text && mapped) rule.table.emplace_back(ascii_lowercase(*text), *mapped);
      }
    }
  }
  if (const RawNode* fallback = node.find("default")) {
    rule.fallback = read_kind_name(*fallback, "kind default", diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return rule;
}

std::optional<Condition> read_condition(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics) {
  if (!node.is_map()) {
    diagnostics.error(node.pos, fmt::format("{} must be a map with `has` and/or `equals`, found {}",
                                            what, describe(node.type)));
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  check_mapping_keys(node, {"has", "equals"}, what, diagnostics);
  Condition condition;
  if (const RawNode* has = node.find("has")) {
    if (!has->is_sequence()) {
      diagnostics.error(has->pos, fmt::format("{}.has must be a list of paths", what));
    } else {
      for (const RawNode& item : has->items) {
        if (auto path = read_path(item, what, diagnostics)) condition.has.push_back(*path);
      }
    }
  }
  if (const RawNode* equals = node.find("equals")) {
    if (!equals->is_map()) {
      diagnostics.error(equals->pos, fmt::format("{}.equals must be a map of path to text", what));
    } else {
      for (const auto& [key, value] : equals->entries) {
        auto path = read_path(key, what, diagnostics);
        auto text = read_scalar(value, what, diagnostics);
        if (path && text) condition.equals.emplace_back(std::move(*path), std::move(*text));
      }
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return condition;
}

}  // namespace hindsight::mapping_detail
