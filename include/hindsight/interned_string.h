// InternedString: text stored once for the whole process, shared by pointer.
//
// A file's path is in the position of every node and event read from it:
// a hundred thousand copies of one path, each its own allocation, were a
// tenth of the time spent reading a large export. Interned, a position
// holds one pointer, copying it allocates nothing, and two interned strings
// are equal exactly when their pointers are.
//
// Interned text is never freed, so intern what repeats: paths, kinds,
// services, people, label names and label values (alert labels are a few
// severities, teams and pods over and over; a year of alerts holds each
// once instead of once per alert), not free text such as titles.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hindsight {

class InternedString {
 public:
  InternedString();  // the empty string
  // Implicit, so that `SourcePos{path, line, column}` reads as before.
  InternedString(std::string_view text);  // NOLINT(google-explicit-constructor)
  InternedString(const std::string& text) : InternedString(std::string_view(text)) {}  // NOLINT
  InternedString(const char* text) : InternedString(std::string_view(text)) {}  // NOLINT

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT
  operator std::string_view() const { return *text_; }     // NOLINT

  bool empty() const { return text_->empty(); }
  std::size_t size() const { return text_->size(); }

  friend bool operator==(InternedString a, InternedString b) { return a.text_ == b.text_; }
  friend bool operator!=(InternedString a, InternedString b) { return a.text_ != b.text_; }
  friend bool operator==(InternedString a, std::string_view b) { return *a.text_ == b; }
  friend bool operator!=(InternedString a, std::string_view b) { return *a.text_ != b; }
  friend bool operator==(InternedString a, const std::string& b) { return *a.text_ == b; }
  friend bool operator!=(InternedString a, const std::string& b) { return *a.text_ != b; }
  friend bool operator==(InternedString a, const char* b) { return *a.text_ == b; }
  friend bool operator!=(InternedString a, const char* b) { return *a.text_ != b; }
  // Concatenation reads as it does with std::string.
  friend std::string operator+(const std::string& a, InternedString b) { return a + *b.text_; }
  friend std::string operator+(InternedString a, const std::string& b) { return *a.text_ + b; }
  friend std::string operator+(const char* a, InternedString b) { return a + *b.text_; }
  friend std::string operator+(InternedString a, const char* b) { return *a.text_ + b; }

  friend std::ostream& operator<<(std::ostream& out, InternedString text);
  // By text, so that sorting by file is the same as before interning.
  friend bool operator<(InternedString a, InternedString b) { return *a.text_ < *b.text_; }

 private:
  const std::string* text_;
};

}  // namespace hindsight
