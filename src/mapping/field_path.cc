// Field paths (see field_path.h): a small hand-written grammar, so that every
// rejection can say which character is wrong.
#include "mapping/field_path.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace hindsight::mapping_detail {
namespace {

PathStep step_of(PathStep::Type type, std::string key, long index = 0, std::string value = {}) {
  PathStep step;
  step.type = type;
  step.key = std::move(key);
  step.index = index;
  step.value = std::move(value);
  return step;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return std::isdigit(c) != 0;
  });
}

class PathScanner {
 public:
  explicit PathScanner(std::string_view text) : text_(text) {}

  FieldPathParse scan() {
    FieldPath path;
    path.text = std::string(text_);
    if (text_.empty()) return fail("the path is empty");
    if (text_.substr(0, 2) == "$.") {
      path.from_document = true;
      at_ = 2;
    } else if (text_ == "$") {
      return fail("`$` alone names the whole document; add a key, e.g. `$.channel`");
    }
    bool expect_step = true;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '[') {
        if (!scan_selector(path)) return fail(error_);
        expect_step = false;
      } else if (c == '.') {
        if (expect_step) return fail(fmt::format("empty step at character {}", at_ + 1));
        ++at_;
        expect_step = true;
      } else if (c == ']') {
        return fail(fmt::format("unexpected `]` at character {}", at_ + 1));
      } else {
        if (!expect_step) {
          return fail(fmt::format("expected `.` or `[` at character {}", at_ + 1));
        }
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] != '.' && text_[at_] != '[' &&
               text_[at_] != ']') {
          ++at_;
        }
        path.steps.push_back(
            step_of(PathStep::Type::key, std::string(text_.substr(start, at_ - start))));
        expect_step = false;
      }
    }
    if (expect_step) return fail("the path ends with `.`");
    return {std::move(path), {}};
  }

 private:
  FieldPathParse fail(std::string message) const { return {std::nullopt, std::move(message)}; }

  // `[0]`, `[-1]`, `[key=value]`, `["key"]` or `['key']`.
  bool scan_selector(FieldPath& path) {
    const std::size_t open = at_++;
    const std::size_t close = text_.find(']', at_);
    if (close == std::string_view::npos) {
      error_ = fmt::format("`[` at character {} is never closed", open + 1);
      return false;
    }
    const std::string_view inside = text_.substr(at_, close - at_);
    at_ = close + 1;
    if (inside.size() >= 2 && (inside.front() == '"' || inside.front() == '\'') &&
        inside.back() == inside.front()) {
      path.steps.push_back(
          step_of(PathStep::Type::key, std::string(inside.substr(1, inside.size() - 2))));
      return true;
    }
    if (const std::size_t equals = inside.find('='); equals != std::string_view::npos) {
      if (equals == 0) {
        error_ = fmt::format("`[{}]` needs a key before `=`, e.g. `[name=severity]`", inside);
        return false;
      }
      path.steps.push_back(step_of(PathStep::Type::match, std::string(inside.substr(0, equals)),
                                   0, std::string(inside.substr(equals + 1))));
      return true;
    }
    const bool negative = !inside.empty() && inside.front() == '-';
    const std::string_view digits = negative ? inside.substr(1) : inside;
    long index = 0;
    const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (!all_digits(digits) || problem != std::errc() || end != digits.data() + digits.size()) {
      error_ = fmt::format(
          "`[{}]` is not a list selector: use `[0]`, `[-1]`, `[key=value]` or `[\"key\"]`", inside);
      return false;
    }
    path.steps.push_back(step_of(PathStep::Type::index, {}, negative ? -index : index));
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::string error_;
};

const RawNode* item_at(const RawNode& list, long index) {
  const long size = static_cast<long>(list.items.size());
  const long position = index < 0 ? size + index : index;
  if (position < 0 || position >= size) return nullptr;
  return &list.items[static_cast<std::size_t>(position)];
}

const RawNode* step_into(const RawNode& node, const PathStep& step) {
  switch (step.type) {
    case PathStep::Type::key:
      if (node.is_map()) return node.find(step.key);
      if (node.is_sequence() && all_digits(step.key) && step.key.size() < 10) {
        return item_at(node, std::stol(step.key));
      }
      return nullptr;
    case PathStep::Type::index:
      return node.is_sequence() ? item_at(node, step.index) : nullptr;
    case PathStep::Type::match:
      if (!node.is_sequence()) return nullptr;
      for (const RawNode& item : node.items) {
        const RawNode* field = item.find(step.key);
        if (field && field->is_scalar() && field->scalar == step.value) return &item;
      }
      return nullptr;
  }
  return nullptr;
}

}  // namespace

FieldPathParse parse_field_path(std::string_view text) { return PathScanner(text).scan(); }

const RawNode* resolve(const FieldPath& path, const RawNode& record, const RawNode& document) {
  const RawNode* node = path.from_document ? &document : &record;
  for (const PathStep& step : path.steps) {
    node = step_into(*node, step);
    if (!node) return nullptr;
  }
  return node;
}

std::optional<std::string> text_at(const FieldPath& path, const RawNode& record,
                                   const RawNode& document) {
  const RawNode* node = resolve(path, record, document);
  if (!node || !node->is_scalar()) return std::nullopt;
  return node->scalar;
}

}  // namespace hindsight::mapping_detail
