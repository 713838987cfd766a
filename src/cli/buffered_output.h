// A stream that hands what is written to another stream in large chunks.
//
// Output to stdout is written as it is rendered rather than built whole in
// memory first: a timeline of a year of alerts would otherwise be held
// twice, once as events and once as text. Chunks of a megabyte keep the
// number of writes small, and nothing is flushed per line.
#pragma once

#include <cerrno>
#include <ostream>
#include <streambuf>
#include <vector>

namespace hindsight::cli {

class ChunkedBuffer final : public std::streambuf {
 public:
  explicit ChunkedBuffer(std::ostream& target, std::size_t size = 1 << 20)
      : target_(target), buffer_(size) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  ChunkedBuffer(const ChunkedBuffer&) = delete;
  ChunkedBuffer& operator=(const ChunkedBuffer&) = delete;
  ~ChunkedBuffer() override { flush_to_target(); }

  // The errno of the first write the target refused (EPIPE when the reader
  // of a pipe has gone, ENOSPC on a full disk); 0 while every write landed.
  // Taken at the moment of failure, as anything later may change errno.
  int write_error() const { return write_error_; }

 protected:
  int_type overflow(int_type c) override {
    drain();
    if (write_error_ != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  int sync() override { return flush_to_target(); }

 private:
  int flush_to_target() {
    drain();
    if (write_error_ == 0) {
      errno = 0;
      if (!target_.flush()) write_error_ = errno != 0 ? errno : EIO;
    }
    return write_error_ == 0 ? 0 : -1;
  }

  // After a failure the rest is dropped: nobody will read it.
  void drain() {
    if (write_error_ == 0 && pptr() != pbase()) {
      errno = 0;
      if (!target_.write(pbase(), pptr() - pbase())) write_error_ = errno != 0 ? errno : EIO;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

  std::ostream& target_;
  std::vector<char> buffer_;
  int write_error_ = 0;
};

}  // namespace hindsight::cli
