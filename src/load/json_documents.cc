// JSON text to a RawNode document, through simdjson's On-Demand API.
//
// JSON exports (Alertmanager, PagerDuty, Kubernetes...) are most of the
// bytes of a large investigation, and yaml-cpp reads JSON as YAML at a
// tenth of simdjson's speed or less (docs/performance.md has the
// measurement that chose simdjson over nlohmann-json). The tree is the one
// the YAML path builds for the same text: same scalars, same `quoted` flags,
// same lines and columns (a test compares the two on every JSON fixture).
//
// Only plain, valid JSON takes this path. Anything else (a syntax error,
// several documents, invalid UTF-8, a bare scalar, deep nesting) is left to the YAML
// parser, which reads every JSON document too and reports problems with
// its own messages, so a file gets the same diagnostics either way.
#include "load/json_documents.h"

#include <algorithm>
#include <cstring>

#include <simdjson.h>

namespace hindsight {
namespace {

namespace od = simdjson::ondemand;

// Anything simdjson rejects, or a shape this path leaves to YAML.
struct NotPlainJson {};

// Documents deeper than the run's limit, and values longer than it, go to
// the YAML path, which reports them, so that a limit is judged the same
// whichever path a file takes. The limit is at most kDeepestDepthLimit, so
// the recursion here stays far from the stack's end.

template <typename T>
T checked(simdjson::simdjson_result<T> result) {
  T value;
  if (std::move(result).get(value) != simdjson::SUCCESS) throw NotPlainJson{};
  return value;
}

// Turns pointers into the text into 1-based lines and columns. Values are
// visited in the order they are written, so the position only moves forward
// and the whole file is scanned for newlines once.
class PositionTracker {
 public:
  PositionTracker(InternedString path, const char* text) : path_(path), text_(text) {}

  SourcePos at(const char* place) {
    const auto offset = static_cast<std::size_t>(place - text_);
    while (scanned_ < offset) {
      const void* newline = std::memchr(text_ + scanned_, '\n', offset - scanned_);
      if (newline == nullptr) {
        scanned_ = offset;
        break;
      }
      ++line_;
      scanned_ = static_cast<std::size_t>(static_cast<const char*>(newline) - text_) + 1;
      line_start_ = scanned_;
    }
    return SourcePos{path_, line_, static_cast<int>(offset - line_start_) + 1};
  }

 private:
  InternedString path_;
  const char* text_;
  std::size_t scanned_ = 0;
  std::size_t line_start_ = 0;
  int line_ = 1;
};

// The token's text without the whitespace simdjson leaves after it.
std::string_view trimmed_token(std::string_view token) {
  while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' ||
                            token.back() == '\r')) {
    token.remove_suffix(1);
  }
  return token;
}

RawNode scalar_node(SourcePos pos, std::string_view text, bool quoted) {
  RawNode node;
  node.type = RawNode::Type::scalar;
  node.pos = pos;
  node.scalar.assign(text);
  node.quoted = quoted;
  return node;
}

// What reading one document needs besides the value at hand.
struct ReadContext {
  PositionTracker positions;
  std::size_t max_depth;
  std::size_t max_value_bytes;
};

RawNode read_value(od::value value, ReadContext& context, std::size_t depth);

// Lists are counted first (simdjson skips over the children) so that each
// is sized once: growing one entry by entry moved whole subtrees each time.
void read_map(od::object object, RawNode& node, ReadContext& context, std::size_t depth) {
  node.type = RawNode::Type::map;
  node.entries.reserve(checked(object.count_fields()));
  for (auto field : object) {
    od::field entry = checked(std::move(field));
    // The key's raw text starts just after its opening quote.
    const SourcePos key_pos = context.positions.at(entry.key().raw() - 1);
    const std::string_view key_text = checked(entry.unescaped_key());
    if (key_text.size() > context.max_value_bytes) throw NotPlainJson{};
    RawNode key = scalar_node(key_pos, key_text, true);
    RawNode item = read_value(entry.value(), context, depth + 1);
    node.entries.emplace_back(std::move(key), std::move(item));
  }
}

void read_list(od::array array, RawNode& node, ReadContext& context, std::size_t depth) {
  node.type = RawNode::Type::sequence;
  node.items.reserve(checked(array.count_elements()));
  for (auto element : array) {
    node.items.push_back(read_value(checked(element), context, depth + 1));
  }
}

RawNode read_value(od::value value, ReadContext& context, std::size_t depth) {
  RawNode node;
  node.pos = context.positions.at(checked(value.current_location()));
  switch (checked(value.type())) {
    case od::json_type::object:
      if (depth > context.max_depth) throw NotPlainJson{};
      read_map(checked(value.get_object()), node, context, depth);
      break;
    case od::json_type::array:
      if (depth > context.max_depth) throw NotPlainJson{};
      read_list(checked(value.get_array()), node, context, depth);
      break;
    case od::json_type::string: {
      const std::string_view text = checked(value.get_string());
      if (text.size() > context.max_value_bytes) throw NotPlainJson{};
      node = scalar_node(node.pos, text, true);
      break;
    }
    case od::json_type::number:
      checked(value.get_number());  // validates the token
      node = scalar_node(node.pos, trimmed_token(value.raw_json_token()), false);
      break;
    case od::json_type::boolean:
      node = scalar_node(node.pos, checked(value.get_bool()) ? "true" : "false", false);
      break;
    case od::json_type::null:
      if (!checked(value.is_null())) throw NotPlainJson{};
      break;
  }
  return node;
}

}  // namespace

bool parse_plain_json(InternedString path, const std::string& text, const InputLimits& limits,
                      std::vector<RawNode>& out) {
  try {
    const simdjson::padded_string padded(text);
    od::parser parser;
    od::document document = checked(parser.iterate(padded));
    const od::json_type root_type = checked(document.type());
    if (root_type != od::json_type::object && root_type != od::json_type::array) return false;
    ReadContext context{PositionTracker(path, padded.data()),
                        std::min(limits.max_depth, kDeepestDepthLimit), limits.max_value_bytes};
    RawNode root = read_value(checked(document.get_value()), context, 1);
    // Something after the root (JSON Lines, a second document) is YAML's to
    // judge.
    const char* after = nullptr;
    if (document.current_location().get(after) == simdjson::SUCCESS) return false;
    out.push_back(std::move(root));
    return true;
  } catch (const NotPlainJson&) {
    return false;
  } catch (const simdjson::simdjson_error&) {
    return false;
  }
}

}  // namespace hindsight
