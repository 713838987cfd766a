#include "plan/plan_fields.h"

#include <fmt/format.h>

#include "hindsight/time.h"
#include "normalize/node_reading.h"

namespace hindsight::plan_detail {
namespace {

using normalize_detail::check_keys;
using normalize_detail::read_text;

constexpr const char* kCountHint = "write a whole number such as 1200 or 1_200_000";
constexpr const char* kPeriodHint = "write a duration such as 1s, 1h, 24h or 1h30m";
constexpr const char* kRateHint =
    "write a rate such as 1200/s, 3000/min or 1080000/1h, or {requests: 1080000, per: 1h}";

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A bare unit stands for one of it: "1200/s" is 1200 per second.
std::optional<std::int64_t> unit_seconds(std::string_view unit) {
  static constexpr struct {
    std::string_view name;
    std::int64_t seconds;
  } units[] = {{"s", 1},       {"sec", 1},  {"second", 1},  {"m", 60},     {"min", 60},
               {"minute", 60}, {"h", 3600}, {"hour", 3600}, {"d", 86'400}, {"day", 86'400}};
  for (const auto& known : units) {
    if (known.name == unit) return known.seconds;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::uint64_t> parse_count(std::string_view text, std::string& error) {
  const std::string shown = fmt::format("\"{}\"", text);
  if (text.empty()) {
    error = "is empty";
    return std::nullopt;
  }
  if (text.front() == '-' && text.size() > 1 && is_digit(text[1])) {
    error = shown + " is negative";
    return std::nullopt;
  }
  std::uint64_t value = 0;
  bool after_digit = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && after_digit && i + 1 < text.size() && is_digit(text[i + 1])) continue;
    if (!is_digit(c)) {
      const bool fraction = (c == '.' || c == 'e' || c == 'E') && after_digit;
      error = shown + (fraction ? " is not a whole number" : " is not a number");
      return std::nullopt;
    }
    const std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
    // Checked before multiplying, so that no run of digits can wrap.
    if (value > (kMaxPlanCount - digit) / 10) {
      error = shown + " is larger than 10^15, the largest count a plan may give";
      return std::nullopt;
    }
    value = value * 10 + digit;
    after_digit = true;
  }
  return value;
}

std::optional<std::int64_t> parse_period(std::string_view text, std::string& error) {
  text = trim(text);
  if (const std::optional<std::int64_t> unit = unit_seconds(text)) return unit;
  const std::optional<Nanoseconds> duration = parse_duration(text);
  if (!duration) {
    error = fmt::format("\"{}\" is not a duration", text);
    return std::nullopt;
  }
  if (duration->count() == 0) {
    error = fmt::format("\"{}\" is no time at all; a period must be at least 1s", text);
    return std::nullopt;
  }
  if (duration->count() % 1'000'000'000 != 0) {
    error = fmt::format("\"{}\" is not a whole number of seconds", text);
    return std::nullopt;
  }
  return duration->count() / 1'000'000'000;
}

std::optional<Rate> parse_rate(std::string_view text, std::string& error) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    error = fmt::format("\"{}\" has no period after a `/`", text);
    return std::nullopt;
  }
  std::string part_error;
  const std::optional<std::uint64_t> requests =
      parse_count(trim(text.substr(0, slash)), part_error);
  if (!requests) {
    error = "the count " + part_error;
    return std::nullopt;
  }
  const std::optional<std::int64_t> per = parse_period(text.substr(slash + 1), part_error);
  if (!per) {
    error = "the period " + part_error;
    return std::nullopt;
  }
  return Rate{*requests, *per};
}

std::optional<std::uint64_t> read_count(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics, std::uint64_t minimum) {
  const std::optional<std::string> text = read_text(node, what, diagnostics);
  if (!text) return std::nullopt;
  std::string error;
  const std::optional<std::uint64_t> count = parse_count(*text, error);
  if (!count) {
    diagnostics.error(node.pos, fmt::format("{}: {}", what, error), kCountHint);
    return std::nullopt;
  }
  if (*count < minimum) {
    diagnostics.error(node.pos,
                      fmt::format("{}: must be at least {}, found {}", what, minimum, *count));
    return std::nullopt;
  }
  return count;
}

std::optional<std::int64_t> read_period(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics) {
  const std::optional<std::string> text = read_text(node, what, diagnostics);
  if (!text) return std::nullopt;
  std::string error;
  const std::optional<std::int64_t> seconds = parse_period(*text, error);
  if (!seconds) diagnostics.error(node.pos, fmt::format("{}: {}", what, error), kPeriodHint);
  return seconds;
}

std::optional<Rate> read_rate(const RawNode& node, std::string_view what,
                              Diagnostics& diagnostics) {
  if (node.is_map()) {
    check_keys(node, {"requests", "per"}, what, diagnostics);
    const RawNode* requests = node.find("requests");
    const RawNode* per = node.find("per");
    if (!requests || !per) {
      diagnostics.error(
          node.pos, fmt::format("{} has no `{}`", what, requests ? "per" : "requests"), kRateHint);
      return std::nullopt;
    }
    const auto count = read_count(*requests, fmt::format("{}.requests", what), diagnostics);
    const auto seconds = read_period(*per, fmt::format("{}.per", what), diagnostics);
    if (!count || !seconds) return std::nullopt;
    return Rate{*count, *seconds};
  }
  if (node.is_sequence()) {
    diagnostics.error(node.pos, fmt::format("{} must be a rate, found a list", what), kRateHint);
    return std::nullopt;
  }
  const std::optional<std::string> text = read_text(node, what, diagnostics);
  if (!text) return std::nullopt;
  std::string error;
  const std::optional<Rate> rate = parse_rate(*text, error);
  if (!rate) diagnostics.error(node.pos, fmt::format("{}: {}", what, error), kRateHint);
  return rate;
}

std::optional<Timestamp> read_plan_time(const RawNode& node, std::string_view what,
                                        const Zone* zone, Diagnostics& diagnostics) {
  const std::optional<std::string> text = read_text(node, what, diagnostics);
  if (!text) return std::nullopt;
  const TimestampParse parsed = parse_timestamp(*text, zone, !node.quoted);
  if (parsed.time) return parsed.time;
  std::string hint = parsed.hint;
  // The event log's hint names --assume-tz and incident.timezone; a plan
  // has its own `timezone:`.
  const Zone utc;
  if (!zone && parse_timestamp(*text, &utc, !node.quoted).time) {
    hint = "add an offset (e.g. +02:00 or Z), or set the plan's `timezone:`";
  }
  diagnostics.error(node.pos, fmt::format("{}: {}", what, parsed.error), hint);
  return std::nullopt;
}

std::optional<std::vector<std::string>> read_text_list(const RawNode& node, std::string_view what,
                                                       Diagnostics& diagnostics) {
  if (node.is_null()) return std::vector<std::string>{};
  if (node.is_scalar()) return std::vector<std::string>{node.scalar};
  if (!node.is_sequence()) {
    diagnostics.error(node.pos,
                      fmt::format("{} must be a list, found {}", what, describe(node.type)),
                      fmt::format("write `{}: [first, second]`", what));
    return std::nullopt;
  }
  std::vector<std::string> values;
  bool ok = true;
  for (const RawNode& item : node.items) {
    auto text = read_text(item, fmt::format("{} entry", what), diagnostics);
    if (text) values.push_back(std::move(*text));
    ok = ok && text.has_value();
  }
  if (!ok) return std::nullopt;
  return values;
}

}  // namespace hindsight::plan_detail
