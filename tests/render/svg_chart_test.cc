// render_svg_chart(): what the picture does with event text. Its geometry
// is checked by the golden charts and by Chromium (tests/chart).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "hindsight/analyze.h"
#include "hindsight/render.h"

namespace hindsight {
namespace {

std::string chart_with_service(const std::string& service) {
  Incident incident;
  std::vector<Event> timeline(1);
  timeline[0].kind = Kind::alert;
  timeline[0].title = "5xx above 2%";
  timeline[0].service = service;
  std::ostringstream out;
  render_svg_chart(out, incident, timeline, analyze(incident, timeline), RenderSettings());
  return out.str();
}

bool is_utf8(const std::string& text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = decode_utf8(text, at).length;
    if (length == 0) return false;
    at += length;
  }
  return true;
}

TEST_CASE("svg chart: a long lane label is cut between characters", "[svg]") {
  std::string service;
  for (int i = 0; i < 40; ++i) service += "\u00e9";  // two bytes each
  const std::string svg = chart_with_service(service);
  CHECK(is_utf8(svg));
  std::string shown;
  for (int i = 0; i < 27; ++i) shown += "\u00e9";
  CHECK(svg.find(">" + shown + "\u2026</text>") != std::string::npos);
}

TEST_CASE("svg chart: a lane label that fits is whole", "[svg]") {
  const std::string service(27, 's');
  CHECK(chart_with_service(service).find(">" + service + "</text>") != std::string::npos);
}

}  // namespace
}  // namespace hindsight
