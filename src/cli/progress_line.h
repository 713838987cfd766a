// The progress line: "hindsight: 12/100 files, 120000 events, 15000
// events/s" on stderr while a long read runs, for a person at a terminal.
//
// It appears only when stderr is a terminal and only once a run has taken a
// second, is redrawn at most ten times a second, and is erased when the
// read is done, so it never reaches a pipe, a CI log or the output.
#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>

#include "hindsight/normalize.h"

namespace hindsight::cli {

// "12/100 files, 120000 events, 15000 events/s".
std::string progress_text(const ReadProgress& progress, std::chrono::duration<double> elapsed);

class ProgressLine {
 public:
  // `err`: where to draw; null for no progress line at all.
  explicit ProgressLine(std::ostream* err);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // The callback for NormalizeOptions::on_progress; empty when disabled.
  std::function<void(const ReadProgress&)> callback();

  // Whether the standard error stream `err` is a terminal a person watches.
  static bool is_terminal(const std::ostream& err);

 private:
  void update(const ReadProgress& progress);

  std::ostream* err_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_drawn_{};
  bool drawn_ = false;
};

}  // namespace hindsight::cli
