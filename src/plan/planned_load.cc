// The plan's own numbers: its rate, its requests and how long it runs.
//
// A number given two ways (a stated rate and workers × a rate per worker;
// a request count and items × requests per item) is checked at the larger
// of the two: a plan whose parts disagree will send what its workers send.
#include <fmt/format.h>

#include "plan/load_check_parts.h"

namespace hindsight::plan_detail {
namespace {

std::optional<Exact> larger(const std::optional<Exact>& a, const std::optional<Exact>& b) {
  if (a && b) return max(*a, *b);
  return a ? a : b;
}

// The value `compute` gives, or nullopt (and a note in `missing`) when it
// is too large to compute exactly.
template <typename Compute>
std::optional<Exact> exactly(Compute compute, std::string_view what, PlannedLoad& load) {
  try {
    return compute();
  } catch (const ExactOverflow&) {
    load.missing.push_back(fmt::format("{} (the numbers are too large to compute exactly)", what));
    return std::nullopt;
  }
}

}  // namespace

Exact seconds_of(Nanoseconds duration) {
  return Exact::ratio(static_cast<Exact::Int>(duration.count()), 1'000'000'000);
}

Timestamp add_seconds(Timestamp time, const Exact& seconds) {
  // Timestamps reach about 292 years either side of 1970; 9e9 seconds in
  // nanoseconds still fits an int64.
  if (seconds.floor() > 9'000'000'000) throw ExactOverflow();
  const Exact::Int nanoseconds = (seconds * Exact(1'000'000'000)).floor();
  const Timestamp shifted = time + Nanoseconds(static_cast<std::int64_t>(nanoseconds));
  return std::chrono::floor<std::chrono::seconds>(shifted);
}

PlannedLoad work_out_plan(const Plan& plan) {
  const PlanVolume& volume = plan.volume;
  PlannedLoad load;
  if (volume.rate) load.stated_rate = per_second(*volume.rate);
  if (volume.rate_per_worker && volume.concurrency) {
    load.worker_rate = per_second(*volume.rate_per_worker) * Exact(*volume.concurrency);  // < 2^100
  } else if (volume.rate_per_worker) {
    load.missing.push_back(
        "volume.concurrency, the number of workers that each send "
        "volume.rate_per_worker");
  }
  load.rate = larger(load.stated_rate, load.worker_rate);
  if (!load.rate && !volume.rate_per_worker) {
    load.missing.push_back(
        "the planned rate: volume.rate, or volume.rate_per_worker with "
        "volume.concurrency");
  }
  if (load.rate && volume.retries) {
    load.retry_rate = exactly([&] { return *load.rate * (Exact(*volume.retries) + Exact(1)); },
                              "the rate with retries", load);
  }

  if (volume.requests) load.stated_requests = Exact(*volume.requests);
  if (volume.items && volume.requests_per_item) {
    load.item_requests = Exact(*volume.items) * Exact(*volume.requests_per_item);  // < 2^100
  } else if (volume.items && !volume.requests) {
    load.missing.push_back("volume.requests_per_item, to turn volume.items into requests");
  }
  load.requests = larger(load.stated_requests, load.item_requests);

  if (load.requests && load.rate) {
    if (!load.rate->is_zero()) {
      load.work_seconds =
          exactly([&] { return *load.requests / *load.rate; }, "the length of the work", load);
    } else if (load.requests->is_zero()) {
      load.work_seconds = Exact();
    } else {
      load.missing.push_back("a planned rate above zero: at 0/s the requests never finish");
    }
  }
  if (plan.duration) load.window_seconds = seconds_of(*plan.duration);
  load.run_seconds = load.work_seconds ? load.work_seconds : load.window_seconds;
  if (!load.run_seconds) {
    load.missing.push_back(
        "how long the change runs: volume.requests (or volume.items with "
        "volume.requests_per_item) with a rate, or end or duration");
  }
  return load;
}

}  // namespace hindsight::plan_detail
