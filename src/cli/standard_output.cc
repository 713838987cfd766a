// throw_write_failure (see cli/standard_output.h).
#include "cli/standard_output.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "hindsight/diagnostic.h"

namespace hindsight::cli {

void throw_write_failure(int error_number) {
  if (error_number == EPIPE) throw OutputClosed{};
  throw Error(std::string("cannot write to standard output: ") +
              (error_number != 0 ? std::strerror(error_number) : "write failed"));
}

}  // namespace hindsight::cli
