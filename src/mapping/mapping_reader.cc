// Reading one mapping file's document into a Mapping (see mapping_reader.h).
#include "mapping/mapping_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "mapping/rule_reader.h"

namespace hindsight::mapping_detail {
namespace {

const std::vector<std::string_view> top_level_keys = {
    "mapping", "description", "example", "records", "match", "skip", "event"};

const std::vector<std::string_view> event_keys = {
    "time", "end", "kind", "title", "service", "actor", "actor_role", "source", "id", "link",
    "labels"};

// Format names share a namespace with --input-format and NAME:path, so they
// keep to what is safe in both: lowercase letters, digits and dashes.
bool is_format_name(const std::string& name) {
  return !name.empty() && std::isalnum(static_cast<unsigned char>(name.front())) &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

std::optional<std::string> read_text(const RawNode* node, std::string_view what,
                                     Diagnostics& diagnostics) {
  if (!node) return std::string{};
  if (!node->is_scalar()) {
    diagnostics.error(node->pos, fmt::format("`{}` must be text, found {}", what,
                                             describe(node->type)));
    return std::nullopt;
  }
  return node->scalar;
}

void read_optional_rule(const RawNode& event, std::string_view key,
                        std::optional<ValueRule>& rule, Diagnostics& diagnostics) {
  if (const RawNode* node = event.find(key)) rule = read_value_rule(*node, key, diagnostics);
}

void read_event_rules(const RawNode& event, Mapping& mapping, Diagnostics& diagnostics) {
  check_mapping_keys(event, event_keys, "event", diagnostics);
  for (std::string_view required : {"time", "kind", "title"}) {
    if (!event.find(required)) {
      diagnostics.error(event.pos, fmt::format("mapping `event` has no `{}`", required),
                        "every event needs a time, a kind and a title; see docs/mappings.md");
    }
  }
  if (const RawNode* time = event.find("time")) {
    if (auto rule = read_time_rule(*time, "time", diagnostics)) mapping.time = std::move(*rule);
  }
  if (const RawNode* end = event.find("end")) mapping.end = read_time_rule(*end, "end", diagnostics);
  if (const RawNode* kind = event.find("kind")) {
    if (auto rule = read_kind_rule(*kind, diagnostics)) mapping.kind = std::move(*rule);
  }
  if (const RawNode* title = event.find("title")) {
    if (auto rule = read_value_rule(*title, "title", diagnostics)) mapping.title = std::move(*rule);
  }
  read_optional_rule(event, "service", mapping.service, diagnostics);
  read_optional_rule(event, "actor", mapping.actor, diagnostics);
  read_optional_rule(event, "actor_role", mapping.actor_role, diagnostics);
  read_optional_rule(event, "source", mapping.source, diagnostics);
  read_optional_rule(event, "id", mapping.id, diagnostics);
  read_optional_rule(event, "link", mapping.link, diagnostics);
  if (const RawNode* labels = event.find("labels")) {
    if (!labels->is_map()) {
      diagnostics.error(labels->pos, fmt::format("`labels` must be a map of label name to field, "
                                                 "found {}",
                                                 describe(labels->type)));
      return;
    }
    for (const auto& [key, value] : labels->entries) {
      if (!key.is_scalar()) {
        diagnostics.error(key.pos, "label names must be single values");
        continue;
      }
      if (auto rule = read_value_rule(value, "label " + key.scalar, diagnostics)) {
        mapping.labels.emplace_back(key.scalar, std::move(*rule));
      }
    }
  }
}

}  // namespace

std::optional<Mapping> read_mapping(const RawNode& document, const std::string& file,
                                    Diagnostics& diagnostics) {
  if (!document.is_map() || !document.find("mapping")) {
    diagnostics.error(document.pos, "a mapping file must be a map starting with `mapping: NAME`",
                      "see docs/mappings.md and the mappings in examples/mappings/");
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  check_mapping_keys(document, top_level_keys, "mapping", diagnostics);

  Mapping mapping;
  mapping.file = file;
  const RawNode* name = document.find("mapping");
  if (auto text = read_text(name, "mapping", diagnostics)) {
    mapping.name = *text;
    if (!is_format_name(mapping.name)) {
      diagnostics.error(name->pos, fmt::format("mapping name \"{}\" is not a format name",
                                               mapping.name),
                        "use lowercase letters, digits and dashes, e.g. `slack` or `app-log`");
    }
  }
  mapping.description = read_text(document.find("description"), "description", diagnostics)
                            .value_or("");
  if (mapping.description.empty()) mapping.description = "user mapping from " + file;
  mapping.example = read_text(document.find("example"), "example", diagnostics).value_or("");
  if (mapping.example.empty()) {
    mapping.example = fmt::format("hindsight timeline --mapping {} FILE", file);
  }
  if (const RawNode* records = document.find("records")) {
    mapping.records = read_path(*records, "records", diagnostics);
  }

  const RawNode* match = document.find("match");
  if (!match) {
    diagnostics.error(document.pos, "mapping has no `match`",
                      "say which documents it reads, e.g. `match: {has: [ts, text]}`; without "
                      "it every document would look like this source");
  } else if (auto condition = read_condition(*match, "match", diagnostics)) {
    mapping.match = std::move(*condition);
    if (mapping.match.empty()) {
      diagnostics.error(match->pos, "`match` tests nothing",
                        "list the keys every record has under `has`, or values under `equals`");
    }
  }
  if (const RawNode* skip = document.find("skip")) {
    // One condition, or a list of them of which any one skips a record.
    const std::vector<RawNode> single = {*skip};
    for (const RawNode& item : skip->is_sequence() ? skip->items : single) {
      std::optional<Condition> condition = read_condition(item, "skip", diagnostics);
      if (condition && condition->empty()) {
        diagnostics.error(item.pos, "`skip` condition tests nothing, so it would skip every record",
                          "give it `has` or `equals`, or remove it");
      } else if (condition) {
        mapping.skip.push_back(std::move(*condition));
      }
    }
  }

  const RawNode* event = document.find("event");
  if (!event) {
    diagnostics.error(document.pos, "mapping has no `event`",
                      "say how a record becomes an event: `event: {time: ..., kind: ..., title: "
                      "...}`");
  } else if (!event->is_map()) {
    diagnostics.error(event->pos,
                      fmt::format("`event` must be a map, found {}", describe(event->type)));
  } else {
    read_event_rules(*event, mapping, diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return mapping;
}

}  // namespace hindsight::mapping_detail
