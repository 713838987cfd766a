// The floor the issue measures hindsight against: yaml-cpp's event API
// (YAML::Parser with an EventHandler that builds nothing) over every
// document of every file given, and nothing else. Bench-only.
#include <cstdio>
#include <fstream>
#include <iostream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace {

// Counts what it is told, so the parse cannot be optimised away.
class CountingHandler : public YAML::EventHandler {
 public:
  std::size_t events = 0;
  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    events += value.size() > 0 ? 1 : 0;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
  CountingHandler handler;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << "cannot read " << argv[i] << '\n';
      return 3;
    }
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  }
  std::printf("%zu parse events\n", handler.events);
  return 0;
}
