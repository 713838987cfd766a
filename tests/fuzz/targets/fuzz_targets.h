// The fuzz targets: each takes arbitrary bytes and must neither crash,
// hang nor trip a sanitizer, whatever they are. libFuzzer drives them
// (tests/fuzz/libfuzzer_main.cc, built with clang by scripts/fuzz); the
// regular test suite replays every file of their corpora
// (tests/fuzz/replay.cc), so a crash once found stays fixed.
#pragma once

#include <string_view>

namespace hindsight::fuzz {

// The load, normalize and merge stages on one file of these bytes, read
// once as YAML and once as JSON.
void load(std::string_view bytes);

// One adapter, forced as --input-format does, on one file read as JSON
// and as YAML. The first line of the bytes names the adapter ("pagerduty");
// the rest is the file.
void adapter(std::string_view bytes);

// The timestamp grammar, with and without an assumed zone.
void timestamp(std::string_view bytes);

// Events whose text (title, service, source, actor, labels, link) comes
// from the bytes, through every timeline format, the metrics, the three
// drafts and the SVG chart. The JSON outputs must parse and the CSV must
// keep its columns with no cell a spreadsheet would run
// (output_properties.h).
void render(std::string_view bytes);

// `draft --update` of an edited draft (the bytes) with a fresh one.
void draft_update(std::string_view bytes);

}  // namespace hindsight::fuzz
