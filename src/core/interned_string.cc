// The process-wide table behind InternedString (see interned_string.h).
#include "hindsight/interned_string.h"

#include <mutex>
#include <ostream>
#include <unordered_set>

namespace hindsight {
namespace {

// Workers read files in parallel, so the table is locked. A file's path is
// interned once per file read; copies after that never come here.
class InternTable {
 public:
  const std::string* intern(std::string_view text) {
    std::lock_guard<std::mutex> lock(mutex_);
    return &*strings_.emplace(text).first;  // set nodes never move
  }

 private:
  std::mutex mutex_;
  std::unordered_set<std::string> strings_;
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
