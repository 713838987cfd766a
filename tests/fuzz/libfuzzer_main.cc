// The entry point libFuzzer calls, for the target named at compile time
// (HINDSIGHT_FUZZ_TARGET, one binary per target; see scripts/fuzz).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hindsight::fuzz::HINDSIGHT_FUZZ_TARGET(
      std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
