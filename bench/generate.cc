// hindsight-bench-generate: writes a deterministic corpus of event files
// for the benchmarks (bench/README.md).
//
//   hindsight-bench-generate --events N --files K --out DIR
//                            [--format native|alertmanager|pagerduty] [--seed S]
//
// The same arguments always give the same bytes: the generator uses its own
// small PRNG (SplitMix64) rather than <random>'s distributions, whose output
// may differ between standard libraries. Events spread over a quarter
// (90 days from 2026-01-01), are sorted within each file as real exports
// are, and carry what real logs do: RFC 3339 times with offsets and 0, 3,
// 6 or 9 fractional digits, unicode titles with `|` and backticks, labels,
// links and multi-line notes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound), bound > 0 (the tiny modulo bias does not matter here).
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

constexpr std::int64_t kStart = 1767225600;          // 2026-01-01T00:00:00Z
constexpr std::int64_t kSpan = 90LL * 24 * 3600;     // a quarter
constexpr std::uint64_t kLongestInterval = 6 * 3600;  // seconds, of an alert or backfill

const std::vector<std::string> kServices = {"api", "checkout", "graph-sync", "insights-api",
                                            "payments-db", "dashboard", "search", "auth"};
const std::vector<std::string> kAlertNames = {
    "HighErrorRate", "LatencyP99High", "PodCrashLooping", "DiskAlmostFull",
    "QuotaUsageHigh", "ReplicationLag", "CertificateExpiring", "QueueBacklog"};
const std::vector<std::string> kTitleWords = {
    "5xx rate > 5% | api `p99` > 2s", "Ошибка соединения | база `payments`",
    "東京 リージョン遅延 `edge`", "naïve cache miss storm — `redis` | shard",
    "Größenwarnung: /var/lib `postgres` 91%", "κόμβος unreachable | `node-7`"};
struct Offset {
  const char* text;
  std::int64_t seconds;
};
const std::vector<Offset> kOffsets = {
    {"Z", 0}, {"+02:00", 7200}, {"-05:00", -18000}, {"+05:30", 19800}, {"+00:00", 0}};

struct Civil {
  int year;
  unsigned month, day, hour, minute, second;
};

// Howard Hinnant's days-to-civil, for a generator without dependencies.
Civil civil_from_seconds(std::int64_t seconds) {
  const std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  const std::int64_t z = days + 719468;
  const std::int64_t era = z / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const unsigned d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  const unsigned m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  const unsigned hour = static_cast<unsigned>(rest / 3600);
  rest %= 3600;
  return {y, m, d, hour, static_cast<unsigned>(rest / 60), static_cast<unsigned>(rest % 60)};
}

// RFC 3339 in the given offset, with 0, 3, 6 or 9 fractional digits.
std::string rfc3339(std::int64_t utc_seconds, std::uint32_t nanos, const Offset& offset,
                    int digits) {
  const Civil c = civil_from_seconds(utc_seconds + offset.seconds);
  std::string text = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", c.year, c.month, c.day,
                                 c.hour, c.minute, c.second);
  if (digits == 3) text += fmt::format(".{:03}", nanos / 1000000);
  if (digits == 6) text += fmt::format(".{:06}", nanos / 1000);
  if (digits == 9) text += fmt::format(".{:09}", nanos);
  return text + offset.text;
}

struct Instant {
  std::int64_t seconds;
  std::uint32_t nanos;
};

// `count` instants spread over the quarter, sorted.
std::vector<Instant> instants(SplitMix64& random, std::size_t count) {
  std::vector<Instant> times;
  times.reserve(count);
  // Sorted without a sort: equal steps with jitter inside each step.
  const double step = static_cast<double>(kSpan) / static_cast<double>(count ? count : 1);
  for (std::size_t i = 0; i < count; ++i) {
    const auto base = static_cast<std::int64_t>(step * static_cast<double>(i));
    const auto jitter = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(step) + 1));
    times.push_back({kStart + base + jitter / 2, static_cast<std::uint32_t>(random.below(1000000000))});
  }
  return times;
}

// YAML double-quoted scalar.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// JSON string (the titles hold no control characters).
std::string json(std::string_view text) { return quoted(text); }

struct KindShare {
  const char* kind;
  unsigned per_mille;
};
const std::vector<KindShare> kKinds = {
    {"alert", 700}, {"note", 80}, {"deploy", 50}, {"page", 50}, {"ack", 40},
    {"backfill", 30}, {"mitigate", 20}, {"resolve", 20}, {"config_change", 10}};

const char* pick_kind(SplitMix64& random) {
  std::uint64_t roll = random.below(1000);
  for (const KindShare& share : kKinds) {
    if (roll < share.per_mille) return share.kind;
    roll -= share.per_mille;
  }
  return "alert";
}

void write_native(std::ostream& out, SplitMix64& random, std::size_t count, std::size_t file,
                  std::uint64_t& serial) {
  out << "# hindsight benchmark corpus (bench/generate.cc), native event log\nevents:\n";
  for (const Instant& at : instants(random, count)) {
    const std::string kind = pick_kind(random);
    const Offset& offset = random.pick(kOffsets);
    const int digits = static_cast<int>(random.below(4)) * 3;
    const std::string& service = random.pick(kServices);
    const std::string& alert = random.pick(kAlertNames);
    const std::uint64_t n = ++serial;
    out << "  - time: " << rfc3339(at.seconds, at.nanos, offset, digits) << '\n';
    if ((kind == "alert" && random.below(10) < 6) || kind == "backfill") {
      const std::int64_t length = 60 + static_cast<std::int64_t>(random.below(kLongestInterval));
      out << "    end: " << rfc3339(at.seconds + length, at.nanos, offset, digits) << '\n';
    }
    out << "    kind: " << kind << '\n';
    if (kind == "note") {
      out << "    title: |\n      Investigating " << service << " #" << n << ": "
          << random.pick(kTitleWords) << "\n      second line with `code` and | pipes\n";
    } else {
      out << "    title: " << quoted(fmt::format("{}: {} #{}", alert, random.pick(kTitleWords), n))
          << '\n';
    }
    out << "    service: " << service << "\n    source: bench-" << file << '\n';
    out << "    id: bench/" << file << '/' << n << '\n';
    if (kind == "alert") {
      out << "    labels: {alertname: " << alert << ", severity: "
          << (random.below(4) == 0 ? "critical" : "warning") << ", team: team-"
          << random.below(12) << ", pod: " << service << '-' << (n % 997) << "}\n";
    }
    out << "    link: https://example.invalid/" << kind << '/' << n << '\n';
  }
}

void write_alertmanager(std::ostream& out, SplitMix64& random, std::size_t count,
                        std::uint64_t& serial) {
  out << "[\n";
  bool first = true;
  for (const Instant& at : instants(random, count)) {
    const std::string& service = random.pick(kServices);
    const std::string& alert = random.pick(kAlertNames);
    const std::uint64_t n = ++serial;
    const bool resolved = random.below(10) < 6;
    const std::int64_t length = 60 + static_cast<std::int64_t>(random.below(kLongestInterval));
    const std::string severity = random.below(4) == 0 ? "critical" : "warning";
    const std::string labels = fmt::format(
        R"({{"alertname": {}, "service": {}, "severity": "{}", "pod": "{}-{}"}})", json(alert),
        json(service), severity, service, n % 997);
    out << (first ? "" : ",\n") << "  {\n"
        << R"(    "receiver": "bench", "status": ")" << (resolved ? "resolved" : "firing")
        << "\",\n    \"alerts\": [{\n"
        << R"(      "status": ")" << (resolved ? "resolved" : "firing") << "\",\n"
        << "      \"labels\": " << labels << ",\n"
        << "      \"annotations\": {\"summary\": "
        << json(fmt::format("{} #{}", random.pick(kTitleWords), n)) << "},\n"
        << "      \"startsAt\": \"" << rfc3339(at.seconds, at.nanos, kOffsets[0], 3) << "\",\n"
        << "      \"endsAt\": \""
        << (resolved ? rfc3339(at.seconds + length, at.nanos, kOffsets[0], 3)
                     : std::string("0001-01-01T00:00:00Z"))
        << "\",\n"
        << "      \"generatorURL\": \"https://prometheus.example.invalid/graph?g0.expr=" << alert
        << "\",\n"
        << "      \"fingerprint\": \"" << fmt::format("{:016x}", n * 0x9e3779b97f4a7c15ULL)
        << "\"\n    }],\n"
        << "    \"groupLabels\": {\"alertname\": " << json(alert) << "},\n"
        << "    \"commonLabels\": " << labels << ",\n"
        << "    \"commonAnnotations\": {},\n"
        << R"(    "externalURL": "https://alertmanager.example.invalid", "version": "4",)" << '\n'
        << "    \"groupKey\": \"{}:{alertname=\\\"" << alert << "\\\"}\"\n  }";
    first = false;
  }
  out << "\n]\n";
}

void write_pagerduty(std::ostream& out, SplitMix64& random, std::size_t count,
                     std::uint64_t& serial) {
  static const std::vector<std::string> types = {"trigger_log_entry", "acknowledge_log_entry",
                                                 "notify_log_entry", "resolve_log_entry"};
  out << "{\n  \"log_entries\": [\n";
  bool first = true;
  for (const Instant& at : instants(random, count)) {
    const std::string& service = random.pick(kServices);
    const std::string& type = random.pick(types);
    const std::uint64_t n = ++serial;
    const std::string incident = fmt::format("Q{:012X}", n / 4);
    out << (first ? "" : ",\n") << "    {\n"
        << "      \"id\": \"" << fmt::format("R{:016X}", n) << "\",\n"
        << "      \"type\": \"" << type << "\",\n"
        << "      \"summary\": " << json(fmt::format("{} #{}", random.pick(kTitleWords), n))
        << ",\n"
        << "      \"created_at\": \"" << rfc3339(at.seconds, 0, kOffsets[0], 0) << "\",\n"
        << "      \"html_url\": \"https://acme.pagerduty.invalid/incidents/" << incident
        << "/log_entries/" << n << "\",\n"
        << "      \"agent\": {\"type\": \"user_reference\", \"summary\": \"On-call "
        << (n % 40) << "\"},\n"
        << "      \"service\": {\"id\": \"PSVC" << service.size() << "\", \"summary\": "
        << json(service) << "},\n"
        << "      \"incident\": {\"id\": \"" << incident
        << "\", \"summary\": " << json(fmt::format("[#{}] {} degraded", n / 4, service))
        << ", \"html_url\": \"https://acme.pagerduty.invalid/incidents/" << incident << "\"}\n"
        << "    }";
    first = false;
  }
  out << "\n  ]\n}\n";
}

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "hindsight-bench-generate: " << problem
            << "\nusage: hindsight-bench-generate --events N --files K --out DIR "
               "[--format native|alertmanager|pagerduty] [--seed S]\n";
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t events = 0;
  std::size_t files = 0;
  std::string out_dir;
  std::string format = "native";
  std::uint64_t seed = 42;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) usage(flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--events") events = std::stoull(value);
    else if (flag == "--files") files = std::stoull(value);
    else if (flag == "--out") out_dir = value;
    else if (flag == "--format") format = value;
    else if (flag == "--seed") seed = std::stoull(value);
    else usage("unknown flag " + flag);
  }
  if (events == 0 || files == 0 || out_dir.empty()) usage("--events, --files and --out are needed");
  if (format != "native" && format != "alertmanager" && format != "pagerduty") {
    usage("unknown --format " + format);
  }
  for (std::size_t file = 0; file < files; ++file) {
    // Each file has its own stream of numbers and its own range of event
    // numbers, so a file's bytes do not depend on the files before it.
    SplitMix64 random(seed * 1000003 + file);
    std::uint64_t serial = file * 100'000'000ULL;
    const std::size_t count = events / files + (file < events % files ? 1 : 0);
    const char* extension = format == "native" ? "yaml" : "json";
    const std::string path = fmt::format("{}/{}-{:04}.{}", out_dir, format, file, extension);
    std::ofstream out(path, std::ios::binary);
    if (!out) {
      std::cerr << "hindsight-bench-generate: cannot write " << path << '\n';
      return 3;
    }
    if (format == "native") write_native(out, random, count, file, serial);
    if (format == "alertmanager") write_alertmanager(out, random, count, serial);
    if (format == "pagerduty") write_pagerduty(out, random, count, serial);
    if (!out.flush()) {
      std::cerr << "hindsight-bench-generate: cannot write " << path << '\n';
      return 3;
    }
  }
  return 0;
}
