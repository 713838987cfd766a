// Standard output that fails: a reader that has gone (EPIPE) ends the run
// quietly with success; any other failure (a full disk) is an I/O error
// that says why. The real pipe and /dev/full are in the e2e case
// output-closed-or-full; here a stream fails with a chosen errno.
#include <cerrno>
#include <sstream>
#include <streambuf>

#include <catch2/catch.hpp>

#include "cli/buffered_output.h"
#include "cli/standard_output.h"
#include "hindsight/cli.h"
#include "hindsight/diagnostic.h"

namespace hindsight::cli {
namespace {

// Accepts `capacity` bytes, then fails every write with `error_number`, as
// a pipe whose reader has gone or a full disk would.
class FailingBuffer : public std::streambuf {
 public:
  FailingBuffer(std::size_t capacity, int error_number)
      : capacity_(capacity), error_number_(error_number) {}
  std::size_t accepted = 0;

 protected:
  int_type overflow(int_type c) override {
    if (accepted >= capacity_) {
      errno = error_number_;
      return traits_type::eof();
    }
    ++accepted;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char*, std::streamsize count) override {
    const auto room = static_cast<std::streamsize>(capacity_ - accepted);
    const std::streamsize taken = count < room ? count : room;
    accepted += static_cast<std::size_t>(taken);
    if (taken < count) errno = error_number_;
    return taken;
  }

 private:
  std::size_t capacity_;
  int error_number_;
};

int run_into(std::ostream& out, std::ostringstream& err, std::vector<std::string> args) {
  args.insert(args.begin(), "hindsight");
  std::vector<const char*> argv;
  for (const auto& arg : args) argv.push_back(arg.c_str());
  std::istringstream in;
  return run_cli(static_cast<int>(argv.size()), argv.data(), in, out, err);
}

const std::string example = std::string(HINDSIGHT_SOURCE_DIR) + "/examples/backfill-outage";

}  // namespace

TEST_CASE("a chunked buffer keeps the errno of the first refused write", "[cli][output]") {
  FailingBuffer failing(10, ENOSPC);
  std::ostream target(&failing);
  ChunkedBuffer chunks(target, 4);
  std::ostream out(&chunks);
  CHECK(chunks.write_error() == 0);
  out << "0123456789";  // fits: two whole chunks pass, two bytes wait
  CHECK(chunks.write_error() == 0);
  out << "abcdefgh" << std::flush;
  CHECK(chunks.write_error() == ENOSPC);
  // Whatever comes after a failure is dropped, not retried.
  const std::size_t accepted = failing.accepted;
  out << "more text after the failure" << std::flush;
  CHECK(failing.accepted == accepted);
  CHECK(chunks.write_error() == ENOSPC);
}

TEST_CASE("write failures: EPIPE is a quiet end, anything else an error with its reason",
          "[cli][output]") {
  CHECK_THROWS_AS(throw_write_failure(EPIPE), OutputClosed);
  CHECK_THROWS_WITH(throw_write_failure(ENOSPC),
                    "cannot write to standard output: No space left on device");
  CHECK_THROWS_WITH(throw_write_failure(0), "cannot write to standard output: write failed");
}

TEST_CASE("a closed pipe ends every command quietly with success", "[cli][output]") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"timeline", example},
           {"timeline", "--format", "jsonl", example},
           {"draft", example},
           {"metrics", example},
           {"validate", example},
           {"formats"}}) {
    INFO(args[0]);
    FailingBuffer failing(16, EPIPE);
    std::ostream out(&failing);
    std::ostringstream err;
    CHECK(run_into(out, err, args) == exit_success);
    CHECK(err.str().find("cannot write") == std::string::npos);
  }
}

TEST_CASE("a full disk under standard output is an I/O error that says so", "[cli][output]") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"timeline", example},
           {"timeline", "--format", "json", example},
           {"draft", example},
           {"formats"}}) {
    INFO(args[0]);
    FailingBuffer failing(16, ENOSPC);
    std::ostream out(&failing);
    std::ostringstream err;
    CHECK(run_into(out, err, args) == exit_io);
    CHECK_THAT(err.str(), Catch::Contains("cannot write to standard output: No space left"));
  }
}

}  // namespace hindsight::cli
