// The process-wide table behind InternedString (see interned_string.h).
#include "hindsight/interned_string.h"

#include <deque>
#include <mutex>
#include <ostream>
#include <unordered_map>

namespace hindsight {
namespace {

// Workers read files in parallel, so the table is locked. Most calls find
// text already there (every alert's severity, team and service), so the
// lookup is by view and allocates nothing; only new text is copied in.
class InternTable {
 public:
  const std::string* intern(std::string_view text) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto found = index_.find(text);
    if (found != index_.end()) return found->second;
    const std::string& stored = strings_.emplace_back(text);  // deques never move elements
    index_.emplace(stored, &stored);
    return &stored;
  }

 private:
  std::mutex mutex_;
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, const std::string*> index_;  // views into strings_
};

InternTable& table() {
  // Leaked on purpose: interned strings may be used by static objects until
  // the very end of the process.
  static InternTable* instance = new InternTable;
  return *instance;
}

const std::string* empty_string() {
  static const std::string* empty = table().intern("");
  return empty;
}

}  // namespace

InternedString::InternedString() : text_(empty_string()) {}

InternedString::InternedString(std::string_view text)
    : text_(text.empty() ? empty_string() : table().intern(text)) {}

std::ostream& operator<<(std::ostream& out, InternedString text) { return out << *text.text_; }

}  // namespace hindsight
