// The pre-mortem's opening: title and metadata, the prompt to imagine the
// failure, and the change as planned.
#include "render/load_numbers.h"
#include "render/markdown.h"
#include "render/markdown_blocks.h"
#include "render/markdown_table.h"
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {
namespace {

constexpr const char* kToFill = "_to fill_";

std::string cell_or_to_fill(const std::string& value) {
  return value.empty() ? kToFill : markdown::escape_cell(value);
}

std::string escaped_list(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += ", ";
    out += markdown::escape_inline(value);
  }
  return out;
}

// The date the team imagines looking back from: the day after the planned
// end (or start), in the display zone.
std::string looking_back_from(const Context& context) {
  const std::optional<Timestamp> anchor = context.plan.end ? context.plan.end : context.plan.start;
  if (!anchor) return "the day after the change";
  const std::string next_day =
      format_in_zone(*anchor + std::chrono::hours(24), context.zone()).substr(0, 10);
  return next_day + (context.plan.end ? ", the day after the planned end"
                                      : ", the day after the planned start");
}

std::string volume_text(const PlanVolume& volume) {
  std::vector<std::string> parts;
  if (volume.items) {
    parts.push_back(format_count(*volume.items) + " items" +
                    (volume.requests_per_item
                         ? " × " + format_count(*volume.requests_per_item) + " requests each"
                         : std::string()));
  }
  if (volume.requests) parts.push_back(format_count(*volume.requests) + " requests");
  if (volume.rate) parts.push_back("at " + format_written_rate(*volume.rate));
  if (volume.concurrency) {
    parts.push_back(
        format_count(*volume.concurrency) + (*volume.concurrency == 1 ? " worker" : " workers") +
        (volume.rate_per_worker ? " × " + format_written_rate(*volume.rate_per_worker) + " each"
                                : std::string()));
  } else if (volume.rate_per_worker) {
    parts.push_back(format_written_rate(*volume.rate_per_worker) + " per worker");
  }
  if (volume.retries) {
    parts.push_back("up to " + format_count(*volume.retries) +
                    (*volume.retries == 1 ? " retry" : " retries") + " per failed call");
  }
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return markdown::escape_inline(out);
}

std::string dependency_text(const Context& context, const Dependency& dependency) {
  std::vector<std::string> parts;
  if (dependency.limit) {
    parts.push_back("limit " + markdown::escape_inline(format_written_rate(*dependency.limit)));
  }
  if (const std::optional<Quota>& quota = dependency.quota) {
    std::string text =
        "quota " + format_count(quota->requests) + " per " + format_period(quota->per_seconds);
    if (quota->resets_at) text += ", resetting at " + plan_time(context, *quota->resets_at);
    parts.push_back(text);
  }
  if (const std::string users = other_users_text(dependency); !users.empty()) {
    parts.push_back("shared with " + users);
  }
  if (parts.empty()) parts.push_back("no limit or quota given");
  std::string out = "**" + markdown::escape_inline(dependency.name) + ":** ";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  if (!dependency.notes.empty()) out += ". " + markdown::escape_inline(dependency.notes);
  return out;
}

}  // namespace

void write_title_and_metadata(std::ostream& out, const Context& context) {
  const Plan& plan = context.plan;
  out << "# Pre-mortem: " << markdown::escape_inline(plan.title) << "\n\n";
  write_table_row(out, {"Field", "Value"});
  write_table_row(out, {"---", "---"});
  write_table_row(out, {"Kind", markdown::escape_cell(plan_kind_name(plan.kind))});
  write_table_row(out, {"Owner", cell_or_to_fill(plan.owner)});
  write_table_row(out, {"Start", plan.start ? plan_time(context, *plan.start) : kToFill});
  write_table_row(out, {"End", plan.end ? plan_time(context, *plan.end) : kToFill});
  write_table_row(out, {"Time zone", markdown::escape_cell(context.zone().name)});
  const std::string services = escaped_list(plan.services);
  write_table_row(out, {"Services", services.empty() ? kToFill : services});
  write_table_row(out, {"On call", cell_or_to_fill(plan.on_call)});
  write_table_row(out, {"Status", "Draft"});
}

void write_imagine_failure(std::ostream& out, const Context& context) {
  out << "## Imagine it already failed\n\n";
  out << "It is " << looking_back_from(context)
      << ". The change went ahead as planned, and it failed badly: users noticed before we "
         "did, the damage reached beyond the services it was meant to touch, and recovery took "
         "far longer than the change itself. Nobody was careless; the plan was followed. Work "
         "backwards from that failure.\n\n";
  write_prompts(out, {"Write the story of the failure as its postmortem would tell it: what "
                      "broke first, what made it worse, and what made it slow to notice and to "
                      "stop.",
                      "List every reason it could fail, however unlikely; then mark the likely "
                      "ones and the costly ones.",
                      "Look for conditions in systems, limits and signals rather than for "
                      "someone to blame: what would let a reasonable plan go wrong?"});
}

void write_change(std::ostream& out, const Context& context) {
  const Plan& plan = context.plan;
  out << "## The change\n\n";
  out << "- **What:** " << markdown::escape_inline(plan.title) << " ("
      << markdown::escape_inline(plan_kind_name(plan.kind)) << ")\n";
  const std::string window = window_text(context);
  out << "- **When:** " << (window.empty() ? "not scheduled yet" : window) << '\n';
  const std::string services = escaped_list(plan.services);
  out << "- **Services:** " << (services.empty() ? "none named" : services) << '\n';
  const std::string volume = volume_text(plan.volume);
  out << "- **Volume:** " << (volume.empty() ? "not given" : volume) << '\n';
  if (plan.dependencies.empty()) {
    out << "- **Dependencies:** none named\n";
  } else {
    out << "- **Dependencies:**\n";
    for (const Dependency& dependency : plan.dependencies) {
      out << "  - " << dependency_text(context, dependency) << '\n';
    }
  }
  if (!plan.notes.empty()) out << '\n' << escape_paragraphs(plan.notes) << '\n';
}

}  // namespace hindsight::render_detail::premortem
