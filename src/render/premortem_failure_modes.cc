// The failure modes a pre-mortem should consider, by kind of change.
//
// Each is a condition in a system, a limit or a process, worded as a
// question the team can answer before the change starts. The backfill list
// follows the outage that made this tool: a backfill whose rate met a
// partner's app-wide limit, with more workers than planned, retries on top,
// and a freshness problem that users saw first.
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {
namespace {

constexpr FailureMode kOnCall = {
    "Who is on call",
    "Do the people on call know the change is running, and do they have the runbook and the "
    "access to stop it? Does the run fall within their working hours?"};

constexpr FailureMode kLimits = {
    "Rate limits and quotas",
    "Which limits and quotas does the change draw on (see the Load check), and what does it do "
    "when a dependency answers 429 or \"quota exceeded\": slow down, stop, or keep pushing?"};

constexpr FailureMode kRetries = {
    "Retries amplifying load",
    "When calls fail, how often is each retried, with what backoff and jitter, and what caps "
    "the total? Do retries at several layers (client, task, scheduler) multiply?"};

const std::vector<FailureMode> kBackfill = {
    kLimits,
    kRetries,
    {"Shared quota with production traffic",
     "Which production paths draw on the same limits and quotas (shared_with), and what do "
     "users see when the backfill has used them up?"},
    {"Concurrency changes mid-run",
     "Which settings (workers, parallel tasks, batch size) change the rate during the run, and "
     "does every change to them come back to this load check?"},
    {"Stale data going unnoticed",
     "If the backfill or the regular sync stops writing, which signal shows that data has gone "
     "stale (freshness, not only error rates), and who sees it first?"},
    {"Rollback path and stop button",
     "How is the job paused mid-run, how long does stopping take, and what does a stop leave "
     "behind? Can it resume where it stopped?"},
    kOnCall,
};

const std::vector<FailureMode> kMigration = {
    {"Locks and long transactions",
     "Which statements lock tables that production reads or writes, for how long at this "
     "size, and what queues up behind them?"},
    {"Load on the primary and replication lag",
     "How much write load, disk space and replication lag does the migration add, and what "
     "reads from replicas that may fall behind?"},
    {"Dual writes",
     "While the old and the new shape both exist, which code writes which, what keeps them in "
     "step, and how are writes that land during the copy caught?"},
    {"Mixed versions during rollout",
     "Can the old code run against the new schema, and the new code against the old, for as "
     "long as a deploy takes?"},
    {"Verifying the result",
     "How will we know that every row moved correctly: counts, checksums, sampled reads?"},
    {"Rollback and the point of no return",
     "Up to which step can the migration be undone, how, and how long does that take? What "
     "cannot be undone once data is written in the new shape?"},
    kOnCall,
};

const std::vector<FailureMode> kDeploy = {
    {"Canary and blast radius",
     "Does the new version reach a small share of traffic first, which metrics decide between "
     "going on and rolling back, and who watches them?"},
    {"Config drift",
     "Do the target environments' configuration, secrets and feature flags match what was "
     "tested? What differs between staging and production?"},
    {"Compatibility during rollout",
     "Can the new version run beside the old one (APIs, message formats, schemas, caches) while "
     "the rollout is in progress?"},
    {"Start-up load",
     "What happens to dependencies when many instances start at once: cold caches, connection "
     "storms, clients retrying after errors?"},
    kLimits,
    {"Rollback path",
     "Is the previous version still deployable, how long does a rollback take, and does "
     "anything (a migration, a changed format) stand in its way?"},
    kOnCall,
};

const std::vector<FailureMode> kConfigChange = {
    {"Validation before it applies",
     "What checks the new value before it takes effect: a schema, a dry run, a review by "
     "someone who knows its consumers?"},
    {"How it propagates",
     "Does the change reach everything at once or in stages, and how long until every "
     "consumer has it?"},
    {"Hidden consumers",
     "Which services, jobs or scripts read this setting, including ones its owners may not "
     "know about?"},
    {"Config drift",
     "Is the same setting changed anywhere else (other environments, manual overrides), and "
     "will a later deploy overwrite it?"},
    {"Effect on load",
     "Does the new value change how much work is done or how often a dependency is called "
     "(workers, batch sizes, timeouts, retries)? See the Load check."},
    {"Rollback path",
     "Is the previous value recorded, and how fast does reverting it take effect everywhere?"},
    kOnCall,
};

const std::vector<FailureMode> kOther = {
    kLimits,
    kRetries,
    {"Blast radius",
     "Which users, services and data can the change reach, and can it be tried on a small part "
     "first?"},
    {"Silent failure",
     "Which failure would go unnoticed: stale data, dropped work, a job that succeeds without "
     "doing anything?"},
    {"Rollback path",
     "How is the change stopped or undone, how long does that take, and has it been tried?"},
    kOnCall,
};

}  // namespace

const std::vector<FailureMode>& failure_modes(PlanKind kind) {
  switch (kind) {
    case PlanKind::backfill:
      return kBackfill;
    case PlanKind::migration:
      return kMigration;
    case PlanKind::deploy:
      return kDeploy;
    case PlanKind::config_change:
      return kConfigChange;
    case PlanKind::other:
      break;
  }
  return kOther;
}

}  // namespace hindsight::render_detail::premortem
