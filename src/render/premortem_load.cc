// The Load check section: the plan's own numbers, then each dependency.
#include "render/load_numbers.h"
#include "render/markdown.h"
#include "render/markdown_blocks.h"
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {
namespace {

std::string workers_text(const PlanVolume& volume) {
  return format_count(*volume.concurrency) + (*volume.concurrency == 1 ? " worker" : " workers") +
         " × " + format_rate(per_second(*volume.rate_per_worker));
}

std::string rate_text(const PlannedLoad& load, const PlanVolume& volume) {
  if (!load.rate) return "not known";
  const std::string rate = format_rate(*load.rate);
  if (!load.worker_rate) return rate + " (volume.rate)";
  if (!load.stated_rate) return rate + ": " + workers_text(volume);
  if (*load.stated_rate == *load.worker_rate) {
    return rate + ", as stated and as " + workers_text(volume);
  }
  if (*load.worker_rate > *load.stated_rate) {
    return rate + ": " + workers_text(volume) + ", more than the stated " +
           format_rate(*load.stated_rate) + "; the check uses the larger";
  }
  return rate + " as stated, more than " + workers_text(volume) + "; the check uses the larger";
}

std::string requests_text(const PlannedLoad& load, const PlanVolume& volume) {
  const std::string requests = format_requests(*load.requests, Rounding::up);
  if (!load.item_requests) return requests + " (volume.requests)";
  const std::string items =
      format_count(*volume.items) + " items × " + format_count(*volume.requests_per_item);
  if (!load.stated_requests) return requests + ": " + items;
  if (*load.stated_requests == *load.item_requests) return requests + ", as stated and as " + items;
  if (*load.item_requests > *load.stated_requests) {
    return requests + ": " + items + ", more than the stated " +
           format_requests(*load.stated_requests, Rounding::up) + "; the check uses the larger";
  }
  return requests + " as stated, more than " + items + "; the check uses the larger";
}

std::string run_time_text(const PlannedLoad& load) {
  if (load.work_seconds) {
    std::string text =
        format_seconds(*load.work_seconds, Rounding::up) + " at " + format_rate(*load.rate);
    if (!load.window_seconds) return text + "; no planned window to compare with";
    const std::string window = format_seconds(*load.window_seconds, Rounding::up);
    if (*load.work_seconds > *load.window_seconds) {
      return text + ", longer than the planned window of " + window;
    }
    return text + ", within the planned window of " + window;
  }
  if (load.window_seconds) {
    return format_seconds(*load.window_seconds, Rounding::up) +
           ", the planned window (how long the work itself takes is not known)";
  }
  return "not known";
}

void write_plan_load(std::ostream& out, const Context& context) {
  const PlannedLoad& load = context.check.plan;
  const PlanVolume& volume = context.plan.volume;
  out << "### The plan's load\n\n";
  out << "- **Rate:** " << markdown::escape_inline(rate_text(load, volume)) << '\n';
  if (load.retry_rate) {
    out << "- **With retries:** up to " << markdown::escape_inline(format_rate(*load.retry_rate))
        << " if every call fails and is retried " << format_count(*volume.retries)
        << (*volume.retries == 1 ? " time" : " times") << '\n';
  }
  out << "- **Requests:** "
      << (load.requests ? markdown::escape_inline(requests_text(load, volume)) : "not known")
      << '\n';
  out << "- **Run time:** " << markdown::escape_inline(run_time_text(load)) << '\n';
  if (!load.missing.empty()) {
    out << "- **Not given:**\n";
    for (const std::string& missing : load.missing) {
      out << "  - " << markdown::escape_inline(missing) << '\n';
    }
  }
}

}  // namespace

void write_load_check(std::ostream& out, const Context& context) {
  out << "## Load check\n\n";
  out << "Worked out from the plan's numbers with exact arithmetic. Load and shares are rounded "
         "up and headroom and time left down, so that no figure looks better than it is; ≈ "
         "marks a rate rounded to two decimals. A number the plan does not give is named, never "
         "assumed.\n\n";
  write_plan_load(out, context);
  if (context.check.dependencies.empty()) {
    out << '\n';
    write_prompts(out, {"The plan names no dependencies, so there is nothing to check the load "
                        "against. Which external APIs, shared databases, queues or caches does "
                        "the change call, and what limits do they have?"});
    return;
  }
  for (const DependencyCheck& check : context.check.dependencies) {
    out << '\n';
    write_dependency_check(out, context, check);
  }
}

}  // namespace hindsight::render_detail::premortem
