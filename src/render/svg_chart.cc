// render_svg_chart(): the timeline as a standalone SVG picture.
//
// One lane per service (or per kind), intervals as bars, point events as
// dots, the impact window shaded behind everything, the milestones as
// dashed lines, and a time axis in the display zone. The file refers to
// nothing outside itself (no fonts, scripts or links), so it can be pasted
// into any wiki, and every event text is escaped (svg_text.h).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <date/tz.h>
#include <fmt/format.h>

#include "core/utf8.h"
#include "hindsight/render.h"
#include "render/svg_text.h"

namespace hindsight {
namespace {

constexpr double kLabelWidth = 200;
constexpr double kRightMargin = 24;
// Room above the lanes for the title and four rows of milestone names.
constexpr double kTop = 104;
constexpr double kLaneHeight = 28;
constexpr double kAxisHeight = 34;
constexpr double kLegendHeight = 36;

struct Palette {
  const char* name;
  const char* colour;
};

// Kinds grouped by what they mean for the story, one colour a group.
Palette palette_of(Kind kind) {
  switch (kind) {
    case Kind::alert:
      return {"alerts", "#d94841"};
    case Kind::page:
    case Kind::ack:
    case Kind::escalate:
      return {"pages and acks", "#e8912d"};
    case Kind::deploy:
    case Kind::rollback:
    case Kind::config_change:
      return {"changes", "#2f9e44"};
    case Kind::backfill:
      return {"batch runs", "#3b6fd4"};
    case Kind::mitigate:
    case Kind::resolve:
    case Kind::impact_end:
      return {"mitigation and resolution", "#7048e8"};
    default:
      return {"notes and other events", "#868e96"};
  }
}

const std::vector<Palette>& legend() {
  static const std::vector<Palette> groups = {
      palette_of(Kind::alert),  palette_of(Kind::page),     palette_of(Kind::deploy),
      palette_of(Kind::backfill), palette_of(Kind::resolve), palette_of(Kind::note)};
  return groups;
}

// A tick step that gives at most eight ticks over `span`.
Nanoseconds tick_step(Nanoseconds span) {
  using namespace std::chrono;
  static const std::vector<Nanoseconds> steps = {
      seconds(10), seconds(30), minutes(1), minutes(2),  minutes(5),  minutes(10),
      minutes(15), minutes(30), hours(1),   hours(2),    hours(3),    hours(6),
      hours(12),   hours(24),   hours(48),  hours(24 * 7), hours(24 * 14), hours(24 * 28)};
  for (const Nanoseconds step : steps) {
    if (span / step <= 8) return step;
  }
  return span / 8;
}

class Canvas {
 public:
  Canvas(Timestamp from, Timestamp to, double width) : from_(from), to_(to), width_(width) {}
  double x(Timestamp time) const {
    const double share = static_cast<double>((time - from_).count()) /
                         static_cast<double>((to_ - from_).count());
    return kLabelWidth + share * (width_ - kLabelWidth - kRightMargin);
  }
  Timestamp from() const { return from_; }
  Timestamp to() const { return to_; }

 private:
  Timestamp from_;
  Timestamp to_;
  double width_;
};

std::string describe(const Event& event, const Zone& zone) {
  std::string text = format_in_zone(event.time, zone) + " · ";
  text += display_kind(event);
  if (!event.service.empty()) text += " · " + event.service.str();
  text += " · " + event.title;
  if (event.end) text += " (until " + format_in_zone(*event.end, zone) + ")";
  return svg::escape(text);
}

}  // namespace

void render_svg_chart(std::ostream& out, const Incident& incident,
                      const std::vector<Event>& timeline, const Metrics& metrics,
                      const RenderSettings& settings, const ChartOptions& options) {
  const Zone& zone = settings.display_zone;
  const double width = std::max(options.width, 480);

  // Lanes, in name order; events without a service share one.
  const auto lane_of = [&](const Event& event) {
    if (options.lanes == ChartLanes::kind) return std::string(display_kind(event));
    return event.service.empty() ? std::string("(no service)") : event.service.str();
  };
  std::set<std::string> lane_names;
  for (const Event& event : timeline) lane_names.insert(lane_of(event));
  std::map<std::string, std::size_t> lane_index;
  for (const std::string& name : lane_names) lane_index.emplace(name, lane_index.size());

  // The time range: every event and the impact window, with a little air.
  std::vector<Timestamp> times;
  for (const Event& event : timeline) {
    times.push_back(event.time);
    if (event.end) times.push_back(*event.end);
  }
  for (const Milestone* milestone : {&metrics.impact_start, &metrics.resolved}) {
    if (milestone->time) times.push_back(*milestone->time);
  }
  Timestamp first = times.empty() ? Timestamp{} : *std::min_element(times.begin(), times.end());
  Timestamp last = times.empty() ? Timestamp{} : *std::max_element(times.begin(), times.end());
  if (last - first < std::chrono::minutes(1)) last = first + std::chrono::minutes(1);
  const Nanoseconds air = (last - first) / 30;
  const Canvas canvas(first - air, last + air, width);

  const double lanes_height = kLaneHeight * static_cast<double>(std::max<std::size_t>(1, lane_names.size()));
  const double height = kTop + lanes_height + kAxisHeight + kLegendHeight;
  const double bottom = kTop + lanes_height;

  std::string title = incident.title ? incident.title->value : std::string();
  if (title.empty() && incident.id) title = incident.id->value;
  if (title.empty()) title = "Incident timeline";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" "
      "viewBox=\"0 0 {0:.0f} {1:.0f}\" font-family=\"sans-serif\" font-size=\"12\">\n",
      width, height);
  out << "  <title>" << svg::escape(title) << "</title>\n";
  out << fmt::format("  <rect x=\"0\" y=\"0\" width=\"{:.0f}\" height=\"{:.0f}\" fill=\"#ffffff\"/>\n",
                     width, height);
  out << "  <text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" << svg::escape(title)
      << "</text>\n";
  out << "  <text x=\"12\" y=\"42\" fill=\"#495057\">Times in " << svg::escape(zone.name)
      << "</text>\n";

  // The impact window, behind everything else.
  if (metrics.impact_start.time) {
    const double x0 = canvas.x(*metrics.impact_start.time);
    const double x1 = canvas.x(metrics.resolved.time.value_or(canvas.to()));
    out << fmt::format(
        "  <rect class=\"impact\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
        "fill=\"#fde2e1\"><title>impact{}</title></rect>\n",
        x0, kTop, std::max(1.0, x1 - x0), lanes_height,
        metrics.resolved.time ? "" : " (end unknown)");
  }

  // Lanes: a label and a faint line each.
  for (const auto& [name, index] : lane_index) {
    const double y = kTop + kLaneHeight * static_cast<double>(index);
    out << fmt::format(
        "  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e9ecef\"/>\n",
        kLabelWidth, y + kLaneHeight, width - kRightMargin, y + kLaneHeight);
    const std::string label = shorten_to_characters(name, 27);
    out << fmt::format("  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
                       kLabelWidth - 8, y + kLaneHeight / 2 + 4, svg::escape(label));
  }

  // The axis, ticks on round times of the display zone's clock.
  const Nanoseconds step = tick_step(canvas.to() - canvas.from());
  const Nanoseconds offset = zone_offset_at(canvas.from(), zone);
  const Nanoseconds local_start = canvas.from().time_since_epoch() + offset;
  Nanoseconds local_tick = (local_start / step) * step;
  if (local_tick < local_start) local_tick += step;
  const bool show_dates = canvas.to() - canvas.from() > std::chrono::hours(24);
  out << fmt::format(
      "  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#495057\"/>\n",
      kLabelWidth, bottom, width - kRightMargin, bottom);
  for (; Timestamp(local_tick - offset) <= canvas.to(); local_tick += step) {
    const Timestamp tick(local_tick - offset);
    const double x = canvas.x(tick);
    const std::string clock = format_in_zone(tick, zone);  // "2026-03-04 10:15:00 +02:00"
    out << fmt::format(
        "  <line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#dee2e6\"/>\n"
        "  <text x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\" fill=\"#495057\">{4}</text>\n",
        x, kTop, bottom + 4, bottom + 18,
        svg::escape(show_dates ? clock.substr(5, 11) : clock.substr(11, 5)));
  }

  // Milestones: dashed lines with their names above the lanes.
  const std::pair<const char*, const Milestone*> milestones[] = {
      {"detected", &metrics.detected},
      {"acknowledged", &metrics.acknowledged},
      {"mitigated", &metrics.mitigated},
      {"resolved", &metrics.resolved},
  };
  int row = 0;
  for (const auto& [name, milestone] : milestones) {
    if (!milestone->time) continue;
    const double x = canvas.x(*milestone->time);
    out << fmt::format(
        "  <g class=\"milestone\"><title>{} {}</title>"
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#212529\" "
        "stroke-dasharray=\"4 3\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#212529\">{}</text></g>\n",
        name, svg::escape(format_in_zone(*milestone->time, zone)), x, kTop - 4, x, bottom, x,
        kTop - 8 - 13.0 * row, name);
    ++row;
  }

  // The events: bars for intervals, dots for moments.
  for (const Event& event : timeline) {
    const Palette palette = palette_of(event.kind);
    const double y = kTop + kLaneHeight * static_cast<double>(lane_index.at(lane_of(event)));
    const double x0 = canvas.x(event.time);
    if (event.end && *event.end > event.time) {
      out << fmt::format(
          "  <rect class=\"event\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"12\" rx=\"3\" "
          "fill=\"{}\" fill-opacity=\"0.85\"><title>{}</title></rect>\n",
          x0, y + kLaneHeight / 2 - 6, std::max(2.0, canvas.x(*event.end) - x0), palette.colour,
          describe(event, zone));
    } else {
      out << fmt::format(
          "  <circle class=\"event\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\" "
          "stroke=\"#ffffff\"><title>{}</title></circle>\n",
          x0, y + kLaneHeight / 2, palette.colour, describe(event, zone));
    }
  }

  // The legend.
  double legend_x = 12;
  const double legend_y = bottom + kAxisHeight + 14;
  for (const Palette& group : legend()) {
    out << fmt::format(
        "  <rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{}\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
        legend_x, legend_y - 10, group.colour, legend_x + 16, legend_y, group.name);
    legend_x += 16 + 7.0 * static_cast<double>(std::string_view(group.name).size()) + 18;
  }
  out << "</svg>\n";
}

}  // namespace hindsight
