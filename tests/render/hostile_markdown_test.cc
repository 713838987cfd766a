// Property test: whatever text events carry, the Markdown timeline and the
// draft stay inert when GitHub renders them. Generated hostile strings
// (table pipes, backticks, raw HTML, line breaks, link and image syntax,
// javascript: and data: links, entities, bidi overrides) go into every
// field a reader sees; cmark-gfm (the GitHub-flavoured reference parser)
// renders the result, and the HTML must have the same tables and headings
// as with plain text, no raw HTML, and links only to http(s) and mailto.
#include <cctype>
#include <random>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "render/draft_test_story.h"
#include "render/gfm_html.h"

namespace hindsight {
namespace {

const std::vector<std::string>& hostile_pieces() {
  static const std::vector<std::string> pieces = {
      "|", "||", "\\|", "`", "``", "```", "<b>", "</td>", "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>", "<!--", "-->", "<a href=\"javascript:alert(1)\">x</a>",
      "[x](javascript:alert(1))", "![i](https://example.invalid/i.png)", "[ref]: javascript:x",
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "&lt;", "&#x3C;",
      "&amp;", "\n", "\r\n", "\r", "\t", "  \n", "# heading", "## h2", "---", "===", "> quote",
      "- item", "1. item", "*", "**", "_", "~~", "\\", "\xE2\x80\xAE", "\xE2\x80\x8B", "{{x}}",
      "$x$", "@here", "=SUM(A1)", "https://example.invalid/a|b", "mailto:a@example.invalid",
      "<https://example.invalid>", "www.example.invalid", ":", "\"", "'", "(", ")", "[", "]"};
  return pieces;
}

std::string hostile_text(std::mt19937& random) {
  const auto& pieces = hostile_pieces();
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(1, 6);
  std::uniform_int_distribution<int> letter('a', 'z');
  std::string text;
  for (int n = count(random); n > 0; --n) {
    text += pieces[piece(random)];
    text += static_cast<char>(letter(random));
  }
  return text;
}

std::string hostile_link(std::mt19937& random) {
  static const std::vector<std::string> links = {
      "javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
      "https://example.invalid/a|b`c", "https://example.invalid/<script>", "http://example.invalid/)x(",
      "mailto:on-call@example.invalid", "//evil.invalid/x", "https://example.invalid/ok"};
  return links[std::uniform_int_distribution<std::size_t>(0, links.size() - 1)(random)];
}

// Every field a reader sees, from `random`; the story's shape is kept.
test::Story hostile_story(std::mt19937& random) {
  test::Story story = test::backfill_story();
  story.incident.title = Sourced<std::string>{hostile_text(random), {}};
  story.incident.services =
      Sourced<std::vector<std::string>>{{hostile_text(random), hostile_text(random)}, {}};
  for (Event& event : story.timeline) {
    event.title = hostile_text(random);
    event.service = hostile_text(random);
    event.source = hostile_text(random);
    event.link = hostile_link(random);
    event.actor = Actor{hostile_text(random), hostile_text(random)};
    event.labels = {{hostile_text(random), hostile_text(random)}};
  }
  return story;
}

std::string draft_markdown(const test::Story& story) {
  std::ostringstream out;
  render_draft(out, story.incident, story.timeline, story.metrics, story.settings);
  return out.str();
}

std::string timeline_markdown(const test::Story& story) {
  std::ostringstream out;
  render_timeline(out, TimelineFormat::md, story.incident, story.timeline, story.metrics,
                  story.settings);
  return out.str();
}

int count_of(const std::string& html, const std::string& needle) {
  int count = 0;
  for (std::size_t at = html.find(needle); at != std::string::npos;
       at = html.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

// The href of every link, in order.
std::vector<std::string> hrefs(const std::string& html) {
  std::vector<std::string> found;
  for (std::size_t at = html.find("href=\""); at != std::string::npos;
       at = html.find("href=\"", at + 1)) {
    const std::size_t start = at + 6;
    found.push_back(html.substr(start, html.find('"', start) - start));
  }
  return found;
}

// The element names of every tag in `html`, with `<!--` for comments.
std::vector<std::string> tag_names(const std::string& html) {
  std::vector<std::string> names;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 4, "<!--") == 0) {
      names.push_back("<!--");
      continue;
    }
    std::size_t end = at + 1;
    if (end < html.size() && html[end] == '/') ++end;
    const std::size_t start = end;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    names.push_back(html.substr(start, end - start));
  }
  return names;
}

// `html` is cmark-gfm's rendering with raw HTML let through, so any markup
// that came from event text would show here as a tag of its own.
void check_inert(const std::string& html, const std::string& plain_html) {
  CHECK(test::cells_per_row(html) == test::cells_per_row(plain_html));
  for (const char* tag : {"<h1>", "<h2>", "<h3>", "<table>", "<ul>", "<ol>", "<blockquote>"}) {
    INFO(tag);
    CHECK(count_of(html, tag) == count_of(plain_html, tag));
  }
  // Only what Markdown itself makes, and <br>, which the renderers write for
  // a line break inside a table cell; comments only as many as the draft's
  // own region markers.
  static const std::set<std::string> markdown_tags = {
      "h1", "h2", "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "a", "code",
      "pre", "em", "strong", "del", "ul", "ol", "li", "blockquote", "hr", "br"};
  for (const std::string& name : tag_names(html)) {
    if (name == "<!--") continue;
    INFO("<" << name << ">");
    CHECK(markdown_tags.count(name) == 1);
  }
  CHECK(count_of(html, "<!--") == count_of(plain_html, "<!--"));
  for (const std::string& href : hrefs(html)) {
    INFO(href);
    const bool safe = href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0 ||
                      href.rfind("mailto:", 0) == 0 || href.rfind("#", 0) == 0;
    CHECK(safe);
  }
}

}  // namespace

TEST_CASE("hostile event text leaves the Markdown timeline and draft inert on GitHub",
          "[render][hostile]") {
  const test::Story plain = test::backfill_story();
  const auto plain_draft = test::gfm_html(draft_markdown(plain), true);
  const auto plain_timeline = test::gfm_html(timeline_markdown(plain), true);
  // cmark-gfm is a test dependency (scripts/install-deps installs it).
  REQUIRE(plain_draft);
  REQUIRE(plain_timeline);
  std::mt19937 random(20261128);  // fixed, so a failure reproduces
  for (int round = 0; round < 25; ++round) {
    INFO("round " << round);
    const test::Story story = hostile_story(random);
    const std::string draft = draft_markdown(story);
    const std::string timeline = timeline_markdown(story);
    INFO(timeline);
    check_inert(*test::gfm_html(draft, true), *plain_draft);
    check_inert(*test::gfm_html(timeline, true), *plain_timeline);
  }
}

}  // namespace hindsight
