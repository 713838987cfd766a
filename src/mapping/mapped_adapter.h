// MappedAdapter: an Adapter whose rules come from a mapping file.
#pragma once

#include "hindsight/adapter.h"
#include "mapping/mapping.h"

namespace hindsight::mapping_detail {

class MappedAdapter : public Adapter {
 public:
  explicit MappedAdapter(Mapping mapping) : mapping_(std::move(mapping)) {}

  std::string_view name() const override { return mapping_.name; }
  std::string_view description() const override { return mapping_.description; }
  std::string_view example() const override { return mapping_.example; }
  Recognition recognize(const RawNode& document) const override;
  void convert(const RawNode& document, const ConvertContext& context, std::vector<Event>& events,
               Diagnostics& diagnostics) const override;

  const Mapping& mapping() const { return mapping_; }

 private:
  Mapping mapping_;
};

}  // namespace hindsight::mapping_detail
