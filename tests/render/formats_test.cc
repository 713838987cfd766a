// --format names for the timeline and metrics subcommands.
#include <catch2/catch.hpp>

#include "hindsight/render.h"

using hindsight::MetricsFormat;
using hindsight::parse_metrics_format;
using hindsight::parse_timeline_format;
using hindsight::TimelineFormat;

TEST_CASE("parse_timeline_format knows every timeline format", "[render][formats]") {
  CHECK(parse_timeline_format("md") == TimelineFormat::md);
  CHECK(parse_timeline_format("text") == TimelineFormat::text);
  CHECK(parse_timeline_format("json") == TimelineFormat::json);
  CHECK(parse_timeline_format("jsonl") == TimelineFormat::jsonl);
  CHECK(parse_timeline_format("csv") == TimelineFormat::csv);
}

TEST_CASE("parse_timeline_format rejects anything else", "[render][formats]") {
  CHECK_FALSE(parse_timeline_format(""));
  CHECK_FALSE(parse_timeline_format("JSON"));
  CHECK_FALSE(parse_timeline_format("markdown"));
  CHECK_FALSE(parse_timeline_format("json "));
  CHECK_FALSE(parse_timeline_format("ndjson"));
}

TEST_CASE("parse_metrics_format knows md and json only", "[render][formats]") {
  CHECK(parse_metrics_format("md") == MetricsFormat::md);
  CHECK(parse_metrics_format("json") == MetricsFormat::json);
  CHECK_FALSE(parse_metrics_format("text"));
  CHECK_FALSE(parse_metrics_format("jsonl"));
  CHECK_FALSE(parse_metrics_format("csv"));
  CHECK_FALSE(parse_metrics_format("Md"));
  CHECK_FALSE(parse_metrics_format(""));
}
