// Source adapters: one per export format, behind one small interface.
//
// To support a new source, implement Adapter in its own file under
// src/adapters/ and add it to the list in src/adapters/registry.cc. An
// adapter recognises documents by their shape and declines everything
// else; the normalize stage tries the adapters in list order and uses the
// first that recognises a document (or the one the user forced with
// --input-format or a NAME:path prefix).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight {

// An adapter's verdict on one document.
struct Recognition {
  bool recognised = false;
  // How many of the format's marks the document has; when no adapter
  // recognises a document, the ones with most evidence are named as the
  // closest candidates.
  int evidence = 0;
  // When not recognised: what the document lacked, e.g. "no `alerts` list".
  std::string missing;
};

struct ConvertContext {
  // For the rare export that writes offset-less local times: --assume-tz,
  // else the incident header's timezone; null when neither is given.
  const Zone* local_zone = nullptr;
};

class Adapter {
 public:
  virtual ~Adapter() = default;

  // Short lowercase name used by --input-format and NAME:path ("alertmanager").
  virtual std::string_view name() const = 0;
  // One line for `hindsight formats`.
  virtual std::string_view description() const = 0;
  // How to get such a file, e.g. "curl -s http://alertmanager:9093/api/v2/alerts".
  virtual std::string_view example() const = 0;

  virtual Recognition recognize(const RawNode& document) const = 0;

  // Appends the document's events. Each event's `origin` is the node it
  // came from and its `adapter` this adapter's name. Problems are reported
  // at the offending node; an event with errors is not appended.
  virtual void convert(const RawNode& document, const ConvertContext& context,
                       std::vector<Event>& events, Diagnostics& diagnostics) const = 0;
};

// The built-in adapters in detection order; the native format first.
const std::vector<const Adapter*>& adapters();

// The built-in adapter called `name`, or nullptr.
const Adapter* find_adapter(std::string_view name);

// The formats one run reads, in detection order: the native format, then
// the user's mappings (--mapping, in the order given), then the other
// built-in adapters. Mappings come before the built-ins because naming one
// is the user's explicit word about their files; the native format stays
// first so that no mapping can misread an event log.
class FormatSet {
 public:
  FormatSet();  // the built-in formats only
  explicit FormatSet(const std::vector<const Adapter*>& mappings);

  const std::vector<const Adapter*>& in_detection_order() const { return formats_; }
  // The format called `name`, or nullptr.
  const Adapter* find(std::string_view name) const;

 private:
  std::vector<const Adapter*> formats_;
};

}  // namespace hindsight
