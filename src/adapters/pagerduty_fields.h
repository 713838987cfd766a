// Reading the pieces every PagerDuty object shares: references to services,
// users and incidents (`{id, type, summary, html_url}`), string ids that
// must survive exactly, and server-written summaries that become titles.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"

namespace hindsight::pagerduty {

// What every PagerDuty event says in `Event::source`.
inline constexpr std::string_view source_name = "pagerduty";

// `text` on one line: runs of whitespace (newlines from notes and email
// subjects included) become one space, and the ends are trimmed.
std::string clean_text(std::string_view text);

// The display name of a reference or full object at `path`: its `summary`,
// else its `name` (full objects from `include[]=services` have both).
std::string reference_name(const RawNode& node, std::string_view path);
// The same for a reference already in hand; empty for nullptr or a non-map.
std::string name_of(const RawNode* reference);

// The scalar id at `path`, exactly as written. Absent or null: an empty
// string. A list or map: an error naming `what`, and nullopt.
std::optional<std::string> read_id(const RawNode& node, std::string_view path,
                                   std::string_view what, Diagnostics& diagnostics);

// The type text at `path`, required: missing, empty or not a single value
// is an error naming `what`, and nullopt.
std::optional<std::string> read_required_text(const RawNode& node, std::string_view path,
                                              std::string_view what, Diagnostics& diagnostics);

// Sets the event's actor from an agent reference when the agent is a person
// (`user_reference` or `user`); services and integrations stay labels.
void set_actor_from_agent(const RawNode* agent, Event& event);

// Appends a label unless `value` is empty.
void add_label(Event& event, std::string_view key, std::string value);

}  // namespace hindsight::pagerduty
