// JSON candidate two: simdjson's On-Demand API visiting every value of
// every file given (strings unescaped, numbers as their text, each value's
// place in the file taken), building nothing. Bench-only; see
// nlohmann_events.cc.
#include <cstdio>
#include <iostream>

#include <simdjson.h>

namespace {

namespace od = simdjson::ondemand;

std::size_t visit(od::value value, const char*& last_place) {
  std::size_t count = 1;
  last_place = value.current_location().value_unsafe();
  switch (value.type().value()) {
    case od::json_type::object:
      for (auto field : value.get_object()) {
        count += std::string_view(field.unescaped_key()).empty() ? 0 : 1;
        count += visit(field.value().value(), last_place);
      }
      break;
    case od::json_type::array:
      for (auto item : value.get_array()) count += visit(item.value(), last_place);
      break;
    case od::json_type::string:
      count += std::string_view(value.get_string()).empty() ? 0 : 1;
      break;
    default:
      count += value.raw_json_token().empty() ? 0 : 1;
      break;
  }
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  od::parser parser;
  std::size_t events = 0;
  const char* last_place = nullptr;
  for (int i = 1; i < argc; ++i) {
    simdjson::padded_string text;
    if (simdjson::padded_string::load(argv[i]).get(text)) {
      std::cerr << "cannot read " << argv[i] << '\n';
      return 3;
    }
    try {
      od::document document = parser.iterate(text);
      od::value root = document.get_value();
      events += visit(root, last_place);
    } catch (const simdjson::simdjson_error& error) {
      std::cerr << "malformed JSON in " << argv[i] << ": " << error.what() << '\n';
      return 1;
    }
  }
  std::printf("%zu parse events (last at %p)\n", events, static_cast<const void*>(last_place));
  return 0;
}
