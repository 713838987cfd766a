// fuzz::adapter (see fuzz_targets.h).
#include "fuzz_targets.h"
#include "hindsight/adapter.h"
#include "read_one_file.h"

namespace hindsight::fuzz {

void adapter(std::string_view bytes) {
  const std::size_t newline = bytes.find('\n');
  if (newline == std::string_view::npos) return;
  // Only the built-in names: the dictionary holds them, and anything else
  // would fuzz detection, which the load target already does.
  const Adapter* forced = find_adapter(bytes.substr(0, newline));
  if (forced == nullptr) return;
  const std::string_view file = bytes.substr(newline + 1);
  read_one_file("fuzz.json", file, forced);
  read_one_file("fuzz.yaml", file, forced);
}

}  // namespace hindsight::fuzz
