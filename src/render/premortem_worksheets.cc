// The pre-mortem's working sections: failure modes to consider, detection,
// rollback, on call and action items. Mostly prompts; the facts they carry
// come from the plan and the load check.
#include "render/load_numbers.h"
#include "render/markdown.h"
#include "render/markdown_blocks.h"
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {

namespace {

const char* kind_phrase(PlanKind kind) {
  switch (kind) {
    case PlanKind::backfill:
      return "a backfill";
    case PlanKind::migration:
      return "a migration";
    case PlanKind::deploy:
      return "a deploy";
    case PlanKind::config_change:
      return "a configuration change";
    case PlanKind::other:
      break;
  }
  return "a change like this";
}

}  // namespace

void write_failure_modes(std::ostream& out, const Context& context) {
  out << "## Failure modes to consider\n\n";
  out << "For " << kind_phrase(context.plan.kind)
      << ", these are the usual ways to fail. For each, note what in this plan guards against "
         "it, or add an action item.\n\n";
  for (const FailureMode& mode : failure_modes(context.plan.kind)) {
    out << "- **" << mode.name << ":** " << markdown::escape_inline(mode.question) << '\n';
  }
}

void write_detection(std::ostream& out, const Context& context) {
  const Plan& plan = context.plan;
  out << "## Detection\n\n";
  if (plan.alerts.empty()) {
    out << "No alerts are named in the plan.\n\n";
  } else {
    out << "Alerts the plan expects to fire if it goes wrong:\n\n";
    for (const std::string& alert : plan.alerts) {
      out << "- " << markdown::escape_inline(alert) << '\n';
    }
    out << '\n';
  }
  write_prompts(out, {"For each failure mode above, which alert fires first, and how long after "
                      "the failure begins?",
                      "Does anything alert on what users see (fresh data, successful calls), "
                      "not only on errors from the change itself?",
                      "Who receives each alert: does it page someone, or only post to a "
                      "channel, at the hours the change runs?"});
}

void write_rollback(std::ostream& out, const Context& context) {
  const Plan& plan = context.plan;
  out << "## Rollback\n\n";
  out << (plan.rollback.empty() ? "_Not described in the plan._" : escape_paragraphs(plan.rollback))
      << "\n\n";
  bool any = false;
  for (const DependencyCheck& check : context.check.dependencies) {
    if (!check.quota || !check.quota->next_reset || check.quota->verdict != Verdict::over_quota) {
      continue;
    }
    out << "- Stopping does not give back quota already spent: once the quota of "
        << markdown::escape_inline(check.dependency->name)
        << " runs out, its calls fail until the reset at "
        << plan_time(context, *check.quota->next_reset) << ", whatever is stopped.\n";
    any = true;
  }
  if (any) out << '\n';
  write_prompts(out, {"How is the change stopped part-way, how long does stopping take, and "
                      "has that been tried?",
                      "What does a stop leave half-done, and how is that cleaned up or resumed?",
                      "What cannot be undone: data already written, messages already sent, "
                      "quota already spent?"});
}

void write_on_call(std::ostream& out, const Context& context) {
  const Plan& plan = context.plan;
  out << "## On call\n\n";
  out << "- **On call:** "
      << (plan.on_call.empty() ? "_not named in the plan_" : markdown::escape_inline(plan.on_call))
      << '\n';
  const std::string window = window_text(context);
  out << "- **Planned window:** " << (window.empty() ? "not scheduled yet" : window) << "\n\n";
  write_prompts(out, {"Do the people on call know the change is running, and do they have the "
                      "runbook and the access to stop it?",
                      "Does the planned window fall within their working hours, and who can act "
                      "if it runs longer?",
                      "Which signal means stop, and who decides?"});
}

void write_action_items(std::ostream& out, const Context&) {
  write_action_items_section(
      out,
      "For each failure mode worth guarding against, what change before the start would "
      "prevent it, detect it sooner or limit its impact? Type: prevent, detect, mitigate or "
      "process.");
}

}  // namespace hindsight::render_detail::premortem
