// fuzz::load (see fuzz_targets.h).
#include "fuzz_targets.h"
#include "read_one_file.h"

namespace hindsight::fuzz {

void load(std::string_view bytes) {
  read_one_file("fuzz.yaml", bytes, nullptr);
  read_one_file("fuzz.json", bytes, nullptr);
}

}  // namespace hindsight::fuzz
