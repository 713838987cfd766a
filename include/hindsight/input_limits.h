// InputLimits: how much of anything one run will read.
//
// Event exports come from other systems and may be hostile or simply
// broken: a document nested ten thousand deep, a "billion laughs" of
// aliases, a value of a gigabyte, a file of a million empty documents.
// Each limit turns such input into a clear error at its place, quickly and
// in bounded memory, instead of a stack overflow, an out-of-memory kill or
// a hang. The defaults are far above any real incident's logs; each has a
// flag to raise it (docs/reliability.md lists them with what they bound).
#pragma once

#include <cstddef>

namespace hindsight {

struct InputLimits {
  // --max-file-size: bytes of one input file (or of standard input). A
  // file's tree takes 3 to 30 times its size while it is read (a wide map
  // the most), so this bounds a file's memory to a few GB at worst.
  std::size_t max_file_bytes = std::size_t{256} << 20;  // 256 MiB
  // --max-depth: maps and lists open inside one another. The parsers stop
  // on their own at about 500 (yaml-cpp) and 400 (the JSON reader's own
  // guard); this limit is kept below both.
  std::size_t max_depth = 100;
  // --max-alias-nodes: nodes copied through YAML aliases, per document.
  std::size_t max_alias_nodes = 1'000'000;
  // --max-documents: `---` documents in one file.
  std::size_t max_documents = 1'000'000;
  // --max-value-size: bytes of one value (a title, a note, a label).
  std::size_t max_value_bytes = std::size_t{16} << 20;  // 16 MiB
  // --max-events: events read across the whole run; about 800 bytes each
  // in memory, so the default bounds a run's events to about 4 GB.
  std::size_t max_events = 5'000'000;
};

// The highest --max-depth allowed: the parsers' own guards are above it.
inline constexpr std::size_t kDeepestDepthLimit = 400;

}  // namespace hindsight
