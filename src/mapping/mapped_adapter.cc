// MappedAdapter (see mapped_adapter.h): recognition by the mapping's
// `match`, conversion by its `event` rules, record by record.
#include "mapping/mapped_adapter.h"

#include <algorithm>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"
#include "mapping/record_reading.h"

namespace hindsight::mapping_detail {
namespace {

// The records of a document: the list at `records`, else the document's
// own items, else the document as one record. nullptr when `records` names
// nothing usable.
struct Records {
  const std::vector<RawNode>* list = nullptr;
  const RawNode* single = nullptr;
  std::string problem;  // why there are none
};

Records records_of(const Mapping& mapping, const RawNode& document) {
  if (mapping.records) {
    const RawNode* node = resolve(*mapping.records, document, document);
    if (!node) return {nullptr, nullptr, fmt::format("no `{}`", mapping.records->text)};
    if (!node->is_sequence()) {
      return {nullptr, nullptr,
              fmt::format("`{}` is {}, not a list of records", mapping.records->text,
                          describe(node->type))};
    }
    return {&node->items, nullptr, {}};
  }
  if (document.is_sequence()) return {&document.items, nullptr, {}};
  return {nullptr, &document, {}};
}

std::optional<Timestamp> read_time(const TimeRule& rule, const RawNode& record,
                                   const RawNode& document, std::string_view what, bool required,
                                   const ConvertContext& context, std::string_view mapping_name,
                                   Diagnostics& diagnostics) {
  const std::optional<FoundValue> found =
      find_value(rule.where, record, document, what, diagnostics);
  if (!found) {
    if (required) {
      diagnostics.error(record.pos,
                        fmt::format("{} record has no {} at `{}`", mapping_name, what,
                                    rule.where.paths.front().text),
                        "every record needs a time; list fallbacks in `path: [a, b]` or `skip` "
                        "records that are not events");
    }
    return std::nullopt;
  }
  const Zone* zone = rule.zone ? &*rule.zone : context.local_zone;
  const TimestampParse parsed =
      rule.format.empty()
          ? adapter_support::parse_encoded_time(found->text, rule.unit, zone, found->plain)
          : parse_formatted_time(found->text, rule.format, zone);
  if (!parsed.time) diagnostics.error(found->pos, fmt::format("{}: {}", what, parsed.error),
                                      parsed.hint);
  return parsed.time;
}

// The record's kind: through the table when there is one, else the value
// read as a kind name; the default covers what neither settles.
bool read_kind(const KindRule& rule, const RawNode& record, const RawNode& document,
               std::string_view mapping_name, Event& event, Diagnostics& diagnostics) {
  const auto assign = [&](const MappedKind& kind) {
    event.kind = kind.kind;
    event.custom_kind = kind.custom;
    return true;
  };
  std::optional<FoundValue> found;
  if (!rule.where.paths.empty()) found = find_value(rule.where, record, document, "kind", diagnostics);
  if (found && !rule.table.empty()) {
    const std::string key = ascii_lowercase(found->text);
    for (const auto& [value, kind] : rule.table) {
      if (value == key) return assign(kind);
    }
    if (rule.fallback) return assign(*rule.fallback);
    diagnostics.error(found->pos,
                      fmt::format("{} record's kind \"{}\" is not in the mapping's kind table",
                                  mapping_name, found->text),
                      "add it to `kind.table`, or give `kind.default`");
    return false;
  }
  if (found) {
    const KindParse parsed = parse_kind(found->text);
    if (parsed.kind) {
      event.kind = *parsed.kind;
      event.custom_kind = parsed.custom;
      return true;
    }
    if (rule.fallback) return assign(*rule.fallback);
    diagnostics.error(found->pos, fmt::format("unknown kind \"{}\"", found->text),
                      "map the source's values to kinds with `kind.table`, or give `kind.default`");
    return false;
  }
  if (rule.fallback) return assign(*rule.fallback);
  diagnostics.error(record.pos,
                    fmt::format("{} record has no kind at `{}`", mapping_name,
                                rule.where.paths.front().text),
                    "give `kind.default` for records without one");
  return false;
}

std::string optional_text(const std::optional<ValueRule>& rule, const RawNode& record,
                          const RawNode& document, std::string_view what,
                          Diagnostics& diagnostics) {
  if (!rule) return {};
  auto found = find_value(*rule, record, document, what, diagnostics);
  return found ? found->text : std::string{};
}

}  // namespace

Recognition MappedAdapter::recognize(const RawNode& document) const {
  Recognition result;
  const Records records = records_of(mapping_, document);
  const RawNode* first = records.single;
  if (records.list) {
    if (records.list->empty()) {
      // An empty list under a named `records` key is this source with
      // nothing in it; a bare empty list could be anything.
      result.recognised = mapping_.records.has_value();
      result.evidence = result.recognised ? 1 : 0;
      if (!result.recognised) result.missing = "an empty list";
      return result;
    }
    first = &records.list->front();
  }
  if (!first) {
    result.missing = records.problem;
    return result;
  }
  result.evidence = count_met(mapping_.match, *first, document) + (mapping_.records ? 1 : 0);
  result.recognised = meets(mapping_.match, *first, document, &result.missing);
  return result;
}

void MappedAdapter::convert(const RawNode& document, const ConvertContext& context,
                            std::vector<Event>& events, Diagnostics& diagnostics) const {
  const Records records = records_of(mapping_, document);
  if (!records.list && !records.single) {
    diagnostics.error(document.pos, fmt::format("{}: {}", mapping_.name, records.problem));
    return;
  }
  const auto convert_record = [&](const RawNode& record) {
    if (!record.is_map()) {
      diagnostics.error(record.pos, fmt::format("{} record must be a map, found {}",
                                                mapping_.name, describe(record.type)));
      return;
    }
    const bool skipped =
        std::any_of(mapping_.skip.begin(), mapping_.skip.end(),
                    [&](const Condition& skip) { return meets(skip, record, document); });
    if (skipped) return;
    const std::size_t errors_before = diagnostics.error_count();
    Event event = adapter_support::event_from(record, mapping_.name);
    const auto time = read_time(mapping_.time, record, document, "time", true, context,
                                mapping_.name, diagnostics);
    std::optional<Timestamp> end;
    if (mapping_.end) {
      end = read_time(*mapping_.end, record, document, "end", false, context, mapping_.name,
                      diagnostics);
    }
    read_kind(mapping_.kind, record, document, mapping_.name, event, diagnostics);
    const auto title = find_value(mapping_.title, record, document, "title", diagnostics);
    if (!title) {
      diagnostics.error(record.pos, fmt::format("{} record has no title", mapping_.name),
                        "give `title` a `default`, a fallback path (`path: [text, summary]`) or "
                        "a template");
    }
    if (!time || diagnostics.error_count() > errors_before) return;
    event.time = *time;
    if (end && *end < *time) {
      diagnostics.error(record.pos, fmt::format("{} record ends ({}) before it starts ({})",
                                                mapping_.name, format_utc(*end),
                                                format_utc(*time)));
      return;
    }
    event.end = end;
    event.title = title->text;
    event.service = optional_text(mapping_.service, record, document, "service", diagnostics);
    event.source = optional_text(mapping_.source, record, document, "source", diagnostics);
    event.id = optional_text(mapping_.id, record, document, "id", diagnostics);
    event.link = optional_text(mapping_.link, record, document, "link", diagnostics);
    const std::string actor = optional_text(mapping_.actor, record, document, "actor", diagnostics);
    if (!actor.empty()) {
      event.actor = Actor{actor, optional_text(mapping_.actor_role, record, document,
                                               "actor_role", diagnostics)};
    }
    for (const auto& [name, rule] : mapping_.labels) {
      if (auto value = find_value(rule, record, document, "label " + name, diagnostics)) {
        event.labels.emplace_back(name, value->text);
      }
    }
    if (diagnostics.error_count() > errors_before) return;
    events.push_back(std::move(event));
  };
  if (records.single) {
    convert_record(*records.single);
    return;
  }
  for (const RawNode& record : *records.list) convert_record(record);
}

}  // namespace hindsight::mapping_detail
