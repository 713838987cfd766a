// blaming-language and counterfactual: what they find, where, and what
// they leave alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lint/lint_testing.h"

namespace hindsight::lint_detail {
namespace {

using Lines = std::vector<std::string>;
using testing::check;

TEST_CASE("blaming-language: each kind of phrase, at its column", "[lint]") {
  CHECK(check(check_blaming_language, "It was Arto's fault.\n") ==
        Lines{"1:8 \"Arto's fault\" assigns fault to someone"});
  CHECK(check(check_blaming_language, "Nobody is to blame.\n") ==
        Lines{"1:14 \"blame\" assigns blame"});
  CHECK(check(check_blaming_language, "The on-call should have known.\n") ==
        Lines{"1:13 \"should have known\" judges a decision by what is known now"});
  CHECK(check(check_blaming_language, "Root cause: human error.\n") ==
        Lines{"1:13 \"human error\" stops the inquiry at a person"});
  CHECK(check(check_blaming_language, "The engineer failed to check.\n") ==
        Lines{"1:5 \"engineer failed to\" says a person failed"});
  CHECK(check(check_blaming_language, "She forgot to restart it.\n") ==
        Lines{"1:5 \"forgot\" says a person forgot"});
  CHECK(check(check_blaming_language, "Nobody did not bother to look.\n") ==
        Lines{"1:8 \"did not bother\" judges a person's motives"});
  CHECK(check(check_blaming_language, "A careless, sloppy change.\n") ==
        Lines{"1:3 \"careless\" judges a person instead of describing the system",
              "1:13 \"sloppy\" judges a person instead of describing the system"});
  CHECK(check(check_blaming_language, "An incompetent review.\n") ==
        Lines{"1:4 \"incompetent\" judges a person's ability"});
  CHECK(check(check_blaming_language, "We dropped the ball.\n") ==
        Lines{"1:4 \"dropped the ball\" describes a person's mistake"});
  CHECK(check(check_blaming_language, "The team ignored the alert.\n") ==
        Lines{"1:5 \"team ignored\" says a person ignored something"});
}

TEST_CASE("blaming-language: case, curly apostrophes and wrapped lines", "[lint]") {
  CHECK(check(check_blaming_language, "NEGLIGENT. Mira\xE2\x80\x99s fault.\n") ==
        Lines{"1:1 \"NEGLIGENT\" judges a person instead of describing the system",
              "1:12 \"Mira\xE2\x80\x99s fault\" assigns fault to someone"});
  CHECK(check(check_blaming_language, "It was all\nhuman\nerror.\n") ==
        Lines{"2:1 \"human error\" stops the inquiry at a person"});
}

TEST_CASE("blaming-language: systems failing, blameless words and code are fine", "[lint]") {
  CHECK(check(check_blaming_language,
              "The job failed to start. A blameless review. The fault was in the disk.\n"
              "That's fault tolerance. Lazy loading hid it.\n")
            .empty());
  CHECK(check(check_blaming_language, "Run `git blame` and see `forgot`.\n").empty());
  CHECK(check(check_blaming_language, "```\nhuman error\n```\n").empty());
  CHECK(check(check_blaming_language, "See <https://example.invalid/blame>.\n").empty());
  CHECK(check(check_blaming_language, "<!-- careless -->\n").empty());
}

TEST_CASE("blaming-language: the draft's prompts and generated sections are not read", "[lint]") {
  CHECK(check(check_blaming_language, "> **Prompt:** Whose fault was it, if anyone's?\n").empty());
  CHECK(check(check_blaming_language,
              "<!-- hindsight:begin timeline 0123456789abcdef -->\n"
              "| Time | Event |\n| --- | --- |\n| 10:00 | Operator forgot the flag |\n"
              "<!-- hindsight:end timeline -->\n")
            .empty());
  // The same row outside the markers is the author's own.
  CHECK(check(check_blaming_language,
              "| Time | Event |\n| --- | --- |\n| 10:00 | Operator forgot the flag |\n") ==
        Lines{"3:20 \"forgot\" says a person forgot"});
}

TEST_CASE("blaming-language: headings and table cells are read", "[lint]") {
  CHECK(check(check_blaming_language, "## Human error\n") ==
        Lines{"1:4 \"Human error\" stops the inquiry at a person"});
  CHECK(check(check_blaming_language, "| a |\n| - |\n| | reckless |\n").empty());  // cut cell
  CHECK(check(check_blaming_language, "| a | b |\n| - | - |\n| x | reckless |\n") ==
        Lines{"3:7 \"reckless\" judges a person instead of describing the system"});
}

TEST_CASE("counterfactual: should, could and would have, with their forms", "[lint]") {
  CHECK(check(check_counterfactual, "We should have paged sooner.\n") ==
        Lines{"1:4 \"should have\" describes what did not happen (a counterfactual)"});
  CHECK(check(check_counterfactual, "It could've waited; it wouldn't have mattered.\n") ==
        Lines{"1:4 \"could've\" describes what did not happen (a counterfactual)",
              "1:24 \"wouldn't have\" describes what did not happen (a counterfactual)"});
  CHECK(check(check_counterfactual, "A review would not have\nhelped.\n") ==
        Lines{"1:10 \"would not have\" describes what did not happen (a counterfactual)"});
  CHECK(check(check_counterfactual, "We ought to have been told.\n") ==
        Lines{"1:4 \"ought to have\" describes what did not happen (a counterfactual)"});
}

TEST_CASE("counterfactual: having something, and maybes, are not counterfactuals", "[lint]") {
  CHECK(check(check_counterfactual,
              "Every service should have an owner. We would have to restart. The cache might "
              "have been stale. It should have clear limits.\n")
            .empty());
  CHECK(check(check_counterfactual, "Text `should have` in code.\n").empty());
}

}  // namespace
}  // namespace hindsight::lint_detail
