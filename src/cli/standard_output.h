// Standard output that fails under hindsight: a reader that has gone away,
// or a disk that is full.
#pragma once

namespace hindsight::cli {

// The reader of standard output has gone (EPIPE), as in
// `hindsight timeline big/ | head`: it has all it wanted, so nothing is
// wrong, and the run ends quietly with success.
struct OutputClosed {};

// After a write to standard output failed with `error_number` (an errno):
// throws OutputClosed for EPIPE, and hindsight::Error naming the reason for
// anything else (a full disk is an I/O error, exit code 3).
[[noreturn]] void throw_write_failure(int error_number);

}  // namespace hindsight::cli
