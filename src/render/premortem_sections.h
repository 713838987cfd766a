// The sections of the pre-mortem document, and the wording they share.
// render_premortem() (premortem.cc) writes the sections in order.
//
// The conventions of the postmortem draft hold here too: facts come from
// the plan and the load check, each with what it rests on; unknowns are
// named, never zero; prompts are blockquotes worded about systems and
// conditions, not people; all text from the plan is escaped.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/load_check.h"
#include "hindsight/plan.h"
#include "hindsight/render.h"

namespace hindsight::render_detail::premortem {

struct Context {
  const Plan& plan;
  const LoadCheck& check;
  const RenderSettings& settings;

  const Zone& zone() const { return settings.display_zone; }
};

// Shared wording (premortem_text.cc). All return Markdown, already escaped.

// "2026-03-04 10:00:00 +02:00"
std::string plan_time(const Context& context, Timestamp time);
// "a, b and c"
std::string join_words(const std::vector<std::string>& words);
// The planned window: "2026-03-04 10:00:00 +02:00 to 15:00:00 ... (5h 00m 00s)",
// or what is known of it; empty when nothing is.
std::string window_text(const Context& context);
// A dependency's other users, with their rates: "page-sync (40/s) and
// insights-api (rate not given)"; empty when there are none.
std::string other_users_text(const Dependency& dependency);

// A failure mode to consider: a short name and the question it raises.
struct FailureMode {
  std::string_view name;
  std::string_view question;
};

// The failure modes for a kind of change (premortem_failure_modes.cc).
const std::vector<FailureMode>& failure_modes(PlanKind kind);

// Sections (premortem_overview.cc).
void write_title_and_metadata(std::ostream& out, const Context& context);
void write_imagine_failure(std::ostream& out, const Context& context);
void write_change(std::ostream& out, const Context& context);

// Sections (premortem_load.cc, premortem_dependency.cc).
void write_load_check(std::ostream& out, const Context& context);
void write_dependency_check(std::ostream& out, const Context& context,
                            const DependencyCheck& check);

// Sections (premortem_worksheets.cc).
void write_failure_modes(std::ostream& out, const Context& context);
void write_detection(std::ostream& out, const Context& context);
void write_rollback(std::ostream& out, const Context& context);
void write_on_call(std::ostream& out, const Context& context);
void write_action_items(std::ostream& out, const Context& context);

}  // namespace hindsight::render_detail::premortem
