// fuzz::read_one_file (see read_one_file.h).
#include "read_one_file.h"

#include <string>
#include <utility>
#include <vector>

#include "hindsight/load.h"
#include "hindsight/merge.h"
#include "hindsight/normalize.h"

namespace hindsight::fuzz {

void read_one_file(const char* path, std::string_view bytes, const Adapter* input_format) {
  // Limits far below the defaults: the fuzzer finds alias bombs within
  // seconds, and each copying a million nodes would leave it a few runs a
  // second. What the limits do is the same at any size.
  InputLimits limits;
  limits.max_alias_nodes = 10'000;
  limits.max_value_bytes = 64 << 10;
  Diagnostics diagnostics;
  LoadedInputs inputs;
  SourceFile file;
  file.path = path;
  file.contents.assign(bytes);
  std::vector<RawNode> documents;
  parse_documents(file.path, file.contents, documents, diagnostics, limits);
  inputs.files.push_back(std::move(file));
  for (RawNode& root : documents) inputs.documents.push_back({std::move(root), 0});
  NormalizeOptions options;
  options.input_format = input_format;
  NormalizedLog log = normalize(inputs, options, diagnostics);
  merge_events(std::move(log.events), diagnostics, MergeOptions());
}

}  // namespace hindsight::fuzz
