// A stream that hands what is written to another stream in large chunks.
//
// Output to stdout is written as it is rendered rather than built whole in
// memory first: a timeline of a year of alerts would otherwise be held
// twice, once as events and once as text. Chunks of a megabyte keep the
// number of writes small, and nothing is flushed per line.
#pragma once

#include <ostream>
#include <streambuf>
#include <vector>

namespace hindsight::cli {

class ChunkedBuffer : public std::streambuf {
 public:
  explicit ChunkedBuffer(std::ostream& target, std::size_t size = 1 << 20)
      : target_(target), buffer_(size) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  ChunkedBuffer(const ChunkedBuffer&) = delete;
  ChunkedBuffer& operator=(const ChunkedBuffer&) = delete;
  ~ChunkedBuffer() override { sync(); }

 protected:
  int_type overflow(int_type c) override {
    drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  int sync() override {
    drain();
    target_.flush();
    return target_ ? 0 : -1;
  }

 private:
  void drain() {
    target_.write(pbase(), pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

  std::ostream& target_;
  std::vector<char> buffer_;
};

}  // namespace hindsight::cli
