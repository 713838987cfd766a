// read_and_normalize (see hindsight/normalize.h): the inputs read file by
// file, several files at once, and joined in input order.
//
// Each file's work (reading, parsing, formats, events) depends on nothing
// but the file and the options, so workers take files in turn and leave
// each result in the file's own slot; the join then walks the slots in
// input order. Whichever worker read a file, and whenever, the joined
// result is the same.
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "hindsight/normalize.h"
#include "normalize/file_events.h"

namespace hindsight {
namespace {

using normalize_detail::FileEvents;

// One input file, or problems found where a file was expected.
struct Slot {
  std::optional<InputFile> input;
  Diagnostics problems;  // expanding an input
  bool read = false;     // the file could be read
  FileEvents result;
  std::exception_ptr failure;
};

void read_slot(Slot& slot, std::size_t input_index, const FileSystem& fs, std::istream& stdin_stream,
               const NormalizeOptions& options) {
  try {
    Diagnostics reading;
    SourceFile file;
    std::vector<RawNode> documents;
    if (!read_input_file(*slot.input, input_index, fs, stdin_stream, file, documents, reading,
                         options.limits)) {
      slot.problems = std::move(reading);
      return;
    }
    std::vector<const RawNode*> roots;
    roots.reserve(documents.size());
    for (const RawNode& root : documents) roots.push_back(&root);
    slot.result = normalize_detail::read_file_events(file, roots, options, std::move(reading));
    slot.read = true;
  } catch (...) {
    slot.failure = std::current_exception();
  }
}

unsigned worker_count(unsigned jobs, std::size_t files) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files, 1)));
}

}  // namespace

NormalizedLog read_and_normalize(const std::vector<std::string>& inputs, const FileSystem& fs,
                                 std::istream& stdin_stream, const NormalizeOptions& options,
                                 Diagnostics& diagnostics, std::size_t& file_count) {
  std::vector<Slot> slots;
  std::vector<std::size_t> files;  // indices of the slots that are files
  for (const std::string& input : inputs) {
    Slot expanding;
    std::vector<InputFile> expanded = expand_input(input, fs, expanding.problems, options.formats);
    if (!expanding.problems.empty()) slots.push_back(std::move(expanding));
    for (InputFile& file : expanded) {
      files.push_back(slots.size());
      slots.emplace_back();
      slots.back().input = std::move(file);
    }
  }

  std::mutex progress_mutex;
  ReadProgress progress;
  progress.files_total = files.size();
  const auto report = [&](const Slot& slot) {
    if (!options.on_progress) return;
    const std::lock_guard<std::mutex> lock(progress_mutex);
    ++progress.files_read;
    progress.events += slot.result.events.size();
    options.on_progress(progress);
  };
  // --max-events: once the files read hold more, no further file is
  // started, so memory stays near the limit however many files remain.
  std::atomic<std::size_t> events_read{0};
  std::atomic<bool> over_limit{false};
  const auto count = [&](const Slot& slot) {
    if (events_read += slot.result.events.size(); events_read > options.limits.max_events) {
      over_limit = true;
    }
  };
  // Standard input is one stream: read by this thread alone, first.
  for (std::size_t n = 0; n < files.size(); ++n) {
    Slot& slot = slots[files[n]];
    if (slot.input->path != "-") continue;
    read_slot(slot, n, fs, stdin_stream, options);
    count(slot);
    report(slot);
  }
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t n = next++; n < files.size() && !over_limit; n = next++) {
      Slot& slot = slots[files[n]];
      if (slot.input->path == "-") continue;
      read_slot(slot, n, fs, stdin_stream, options);
      count(slot);
      report(slot);
    }
  };
  const unsigned workers = worker_count(options.jobs, files.size());
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();

  if (over_limit) {
    // Files are taken in input order and every file taken is finished, so
    // the files read are a prefix of the inputs, and the file at which the
    // count passes the limit is the same whoever read what.
    std::size_t total = 0;
    for (const std::size_t index : files) {
      const Slot& slot = slots[index];
      if (slot.failure) std::rethrow_exception(slot.failure);
      total += slot.result.events.size();
      if (total <= options.limits.max_events) continue;
      diagnostics.error({slot.input->path == "-" ? "<stdin>" : slot.input->path, 0, 0},
                        fmt::format("more than {} events: the limit is passed in this file",
                                    options.limits.max_events),
                        "raise the limit with --max-events N if the run really needs them all");
      break;
    }
    // What was read is dropped: a run over a limit writes nothing.
    file_count = 0;
    return NormalizedLog{};
  }

  normalize_detail::FileJoiner joiner(options);
  file_count = 0;
  for (Slot& slot : slots) {
    if (slot.failure) std::rethrow_exception(slot.failure);
    if (slot.read) {
      ++file_count;
      joiner.add(std::move(slot.result));
    } else {
      joiner.add_problems(std::move(slot.problems));
    }
  }
  return joiner.finish(diagnostics);
}

}  // namespace hindsight
