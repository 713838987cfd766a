// InternedString: one shared copy per text, equal exactly when the text is.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "hindsight/interned_string.h"

namespace hindsight {
namespace {

TEST_CASE("interned strings read like the text they hold", "[interned]") {
  const InternedString path("logs/alerts.yaml");
  CHECK(path == "logs/alerts.yaml");
  CHECK(path == std::string("logs/alerts.yaml"));
  CHECK(path.str() == "logs/alerts.yaml");
  CHECK(path.size() == 16);
  CHECK_FALSE(path.empty());
  CHECK(InternedString().empty());
  CHECK(InternedString() == InternedString(""));
  CHECK("in " + path == "in logs/alerts.yaml");
  CHECK(path + ":3" == "logs/alerts.yaml:3");
  std::ostringstream out;
  out << path;
  CHECK(out.str() == "logs/alerts.yaml");
}

TEST_CASE("the same text is one copy, however it was made", "[interned]") {
  const std::string text = "payments-api";
  const InternedString a(text);
  const InternedString b(std::string_view("payments-api"));
  CHECK(a == b);
  CHECK(&a.str() == &b.str());
  CHECK(a != InternedString("payments-db"));
}

TEST_CASE("interned strings order by their text", "[interned]") {
  const std::set<InternedString> names{"zeta", "alpha", "mu"};
  std::vector<std::string> ordered(names.begin(), names.end());
  CHECK(ordered == std::vector<std::string>{"alpha", "mu", "zeta"});
}

TEST_CASE("threads interning the same texts get the same copies", "[interned]") {
  // Workers read files in parallel and intern the same services and paths.
  std::vector<std::vector<const std::string*>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 2000; ++i) {
        seen[t].push_back(&InternedString("service-" + std::to_string(i % 100)).str());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 1; t < seen.size(); ++t) CHECK(seen[t] == seen[0]);
}

}  // namespace
}  // namespace hindsight
