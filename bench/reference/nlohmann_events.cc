// JSON candidate one: nlohmann-json's SAX parser over every file given,
// counting what it is told and building nothing. Bench-only; it and
// simdjson_values.cc are how the JSON parser was chosen (docs/performance.md).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::json;

struct CountingSax : nlohmann::json_sax<Json> {
  std::size_t events = 0;
  bool null() override { return ++events, true; }
  bool boolean(bool) override { return ++events, true; }
  bool number_integer(number_integer_t) override { return ++events, true; }
  bool number_unsigned(number_unsigned_t) override { return ++events, true; }
  bool number_float(number_float_t, const string_t&) override { return ++events, true; }
  bool string(string_t& text) override { return events += text.empty() ? 0 : 1, true; }
  bool binary(binary_t&) override { return ++events, true; }
  bool start_object(std::size_t) override { return ++events, true; }
  bool key(string_t&) override { return ++events, true; }
  bool end_object() override { return ++events, true; }
  bool start_array(std::size_t) override { return ++events, true; }
  bool end_array() override { return ++events, true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }
};

}  // namespace

int main(int argc, char** argv) {
  CountingSax sax;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << argv[i] << '\n';
      return 3;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!Json::sax_parse(text, &sax)) {
      std::cerr << "malformed JSON in " << argv[i] << '\n';
      return 1;
    }
  }
  std::printf("%zu parse events\n", sax.events);
  return 0;
}
