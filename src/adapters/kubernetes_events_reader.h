// Reading one Kubernetes Event object into a timeline event.
//
// A Warning Event (BackOff, FailedScheduling, Unhealthy, OOMKilling) is an
// `alert`: the cluster saying something is wrong. A Normal Event
// (ScalingReplicaSet, SuccessfulCreate, Pulled) is a `note`: context, not a
// signal, so it never counts as detection. An Event that repeated becomes an
// interval from its first to its last occurrence, with its count kept.
#pragma once

#include <optional>
#include <string_view>

#include "adapters/kubernetes_objects.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::kubernetes {

// Core v1 and events.k8s.io/v1 Events, and how to tell them from others.
extern const ObjectKind event_kind;

// The event for one Event object (core v1 or events.k8s.io/v1), read by
// the adapter called `adapter_name`, or nullopt after reporting what is
// wrong with it. `local_zone` as in optional_time.
std::optional<Event> read_event(const RawNode& node, std::string_view adapter_name,
                                const Zone* local_zone, Diagnostics& diagnostics);

}  // namespace hindsight::kubernetes
