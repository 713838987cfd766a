// The fingerprint Alertmanager gives an alert: a hash of its label set.
//
// Alertmanager identifies an alert by its labels alone, and writes that
// identity as `fingerprint` (16 hex digits). Old webhook payloads leave the
// field out; computing it the same way Prometheus does lets an alert from
// such a payload pair with the same alert from a newer export.
#pragma once

#include <string>

#include "hindsight/raw_node.h"

namespace hindsight::alertmanager_detail {

// FNV-1a (64 bit) over the labels sorted by name, each name and value
// followed by the byte 0xff, printed as 16 lowercase hex digits; the same
// value as Prometheus's `model.LabelSet.Fingerprint().String()`. `labels`
// is a map of scalars; other values are left out.
std::string label_set_fingerprint(const RawNode& labels);

}  // namespace hindsight::alertmanager_detail
