// Replays a fuzz target's corpus without the fuzzer: every file under the
// directories given goes through the target once. Run by ctest for each
// target (tests/CMakeLists.txt), under the sanitizers in CI, so that every
// crash the fuzzer ever found, kept in the corpus, stays fixed.
//
// Usage: hindsight-fuzz-replay TARGET DIR...
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "targets/fuzz_targets.h"

int main(int argc, char** argv) {
  const std::map<std::string, std::function<void(std::string_view)>> targets = {
      {"load", hindsight::fuzz::load},
      {"adapter", hindsight::fuzz::adapter},
      {"timestamp", hindsight::fuzz::timestamp},
      {"render", hindsight::fuzz::render},
      {"draft_update", hindsight::fuzz::draft_update}};
  if (argc < 3 || targets.count(argv[1]) == 0) {
    std::cerr << "usage: hindsight-fuzz-replay load|adapter|timestamp|render|draft_update DIR...\n";
    return 2;
  }
  const auto& target = targets.at(argv[1]);
  std::vector<std::filesystem::path> files;
  for (int i = 2; i < argc; ++i) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    target(bytes.str());
  }
  std::cout << argv[1] << ": " << files.size() << " inputs replayed\n";
  return files.empty() ? 1 : 0;
}
