// The progress line (see progress_line.h).
#include "cli/progress_line.h"

#include <iostream>

#include <fmt/format.h>
#include <unistd.h>

namespace hindsight::cli {
namespace {

constexpr std::chrono::seconds kQuietFor{1};
constexpr std::chrono::milliseconds kRedrawEvery{100};

}  // namespace

std::string progress_text(const ReadProgress& progress, std::chrono::duration<double> elapsed) {
  const double seconds = elapsed.count();
  const auto rate = seconds > 0 ? static_cast<unsigned long long>(
                                      static_cast<double>(progress.events) / seconds)
                                : 0ULL;
  return fmt::format("{}/{} files, {} events, {} events/s", progress.files_read,
                     progress.files_total, progress.events, rate);
}

ProgressLine::ProgressLine(std::ostream* err) : err_(err) {}

ProgressLine::~ProgressLine() {
  // Erase the line, so that what follows starts on a clean one.
  if (drawn_) *err_ << "\r\033[K" << std::flush;
}

bool ProgressLine::is_terminal(const std::ostream& err) {
  return &err == &std::cerr && isatty(STDERR_FILENO) == 1;
}

std::function<void(const ReadProgress&)> ProgressLine::callback() {
  if (!err_) return {};
  return [this](const ReadProgress& progress) { update(progress); };
}

void ProgressLine::update(const ReadProgress& progress) {
  const std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < kQuietFor || now - last_drawn_ < kRedrawEvery) return;
  last_drawn_ = now;
  drawn_ = true;
  *err_ << "\r\033[Khindsight: " << progress_text(progress, now - start_) << std::flush;
}

}  // namespace hindsight::cli
