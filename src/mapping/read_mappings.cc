// read_mappings (see hindsight/mapping.h): mapping files to adapters.
#include <fmt/format.h>

#include "hindsight/mapping.h"
#include "mapping/mapped_adapter.h"
#include "mapping/mapping_reader.h"

namespace hindsight {
namespace {

using mapping_detail::MappedAdapter;

std::unique_ptr<Adapter> read_one(const std::string& path, const FileSystem& fs,
                                  const std::vector<std::unique_ptr<Adapter>>& earlier,
                                  Diagnostics& diagnostics) {
  UnreadableFileWords words;
  words.missing = {};  // the read says so
  words.directory = "mapping is a directory, not a file";
  words.directory_hint = "give each mapping file with its own --mapping";
  words.other = {};
  words.read_failed = "cannot read mapping file";
  const std::optional<std::string> contents = read_named_file(path, fs, diagnostics, words);
  if (!contents) return nullptr;
  std::vector<RawNode> documents;
  if (!parse_documents(path, *contents, documents, diagnostics)) return nullptr;
  if (documents.size() != 1 || documents.front().is_null()) {
    diagnostics.error({path, documents.size() > 1 ? documents[1].pos.line : 0, 0},
                      documents.empty() || documents.front().is_null()
                          ? "mapping file is empty"
                          : "mapping file holds more than one document",
                      "write one mapping per file; see docs/mappings.md");
    return nullptr;
  }
  std::optional<mapping_detail::Mapping> mapping =
      mapping_detail::read_mapping(documents.front(), path, diagnostics);
  if (!mapping) return nullptr;

  const RawNode& name = *documents.front().find("mapping");
  if (find_adapter(mapping->name)) {
    diagnostics.error(name.pos,
                      fmt::format("mapping name \"{}\" is a built-in format's", mapping->name),
                      "choose another name; `hindsight formats` lists the taken ones");
    return nullptr;
  }
  for (const auto& other : earlier) {
    if (other->name() == mapping->name) {
      const auto& first = static_cast<const MappedAdapter&>(*other).mapping();
      diagnostics.error(name.pos,
                        fmt::format("mapping name \"{}\" is taken by {}", mapping->name,
                                    first.file),
                        "give each mapping a name of its own");
      return nullptr;
    }
  }
  return std::make_unique<MappedAdapter>(std::move(*mapping));
}

}  // namespace

std::vector<std::unique_ptr<Adapter>> read_mappings(const std::vector<std::string>& paths,
                                                    const FileSystem& fs,
                                                    Diagnostics& diagnostics) {
  std::vector<std::unique_ptr<Adapter>> mappings;
  for (const std::string& path : paths) {
    if (auto adapter = read_one(path, fs, mappings, diagnostics)) {
      mappings.push_back(std::move(adapter));
    }
  }
  return mappings;
}

}  // namespace hindsight
