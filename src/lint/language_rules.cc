// blaming-language and counterfactual: words that make a postmortem about
// people instead of the system.
//
// Only text people wrote is read: not code, not URLs, not the draft's
// prompts, and not the generated sections, whose event titles are quoted
// from the logs as the tools wrote them. Each phrase carries a hint that
// shows how to say the same thing about the system.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "lint/phrase_matcher.h"
#include "lint/rules.h"

namespace hindsight::lint_detail {
namespace {

struct PhraseRule {
  std::vector<Phrase> phrases;
  std::string_view what;  // completes `"<phrase>" ...`
  std::string_view hint;
};

// Who might be the subject of "failed to" or "ignored": a person, a role or
// a team. "The job failed to start" is about the system and is left alone.
const std::string people =
    "i|we|he|she|they|you|someone|somebody|nobody|everyone|anyone|engineer|engineers|operator|"
    "operators|developer|developers|reviewer|reviewers|author|on-call|oncall|sre|sres|admin|"
    "admins|administrator|intern|contractor|team|manager";

const std::vector<PhraseRule>& blaming_phrases() {
  static const std::vector<PhraseRule> rules = {
      {{Phrase("*'s fault"), Phrase("the fault of"), Phrase("at fault"), Phrase("whose fault")},
       "assigns fault to someone",
       "describe the conditions instead: what in the system let this happen and go unnoticed "
       "(a missing check, an unclear interface, a risky default)?"},
      {{Phrase("blame|blamed|blames|blaming")},
       "assigns blame",
       "name the contributing factor rather than who is responsible: \"the deploy tool allowed "
       "...\", \"the runbook did not say ...\""},
      {{Phrase("should|must have known"), Phrase("should've|must've known"),
        Phrase("ought to have known")},
       "judges a decision by what is known now",
       "say what information was available at the time and where: \"the quota was not shown on "
       "any dashboard the on-call used\""},
      {{Phrase("human error|errors")},
       "stops the inquiry at a person",
       "human error is where the inquiry starts: ask why the action made sense at the time and "
       "which safeguard could catch it"},
      {{Phrase(people + " failed to")},
       "says a person failed",
       "say what the system did or did not do: \"the alert did not page anyone\", \"the "
       "checklist has no step for ...\""},
      {{Phrase("forgot"), Phrase("forgotten|neglected to")},
       "says a person forgot",
       "a step people must remember is a step the system leaves out: \"the restart is a manual "
       "step that no checklist or tool prompts for\""},
      {{Phrase("didn't bother"), Phrase("did not bother"), Phrase("couldn't be bothered"),
        Phrase("could not be bothered")},
       "judges a person's motives",
       "ask what made the step look unnecessary or costly at the time, and how to make it cheap "
       "or automatic"},
      {{Phrase("careless|carelessly|carelessness|negligent|negligently|negligence|reckless|"
               "recklessly|sloppy|sloppily|sloppiness|irresponsible")},
       "judges a person instead of describing the system",
       "describe the action and what made it easy to take: \"the command ran against production "
       "without asking for confirmation\""},
      {{Phrase("incompetent|incompetence|inexperienced|clueless|stupid|dumb|idiot|idiotic")},
       "judges a person's ability",
       "say what knowledge, training or tooling was missing, and how to make it available to "
       "whoever is on call next"},
      {{Phrase("messed|screwed up"), Phrase("dropped the ball"),
        Phrase("rookie|his|her|their mistake|mistakes")},
       "describes a person's mistake",
       "say in neutral words what was done and what the system did next, and which safeguard "
       "was missing"},
      {{Phrase(people + " ignored")},
       "says a person ignored something",
       "say what made the signal easy to miss or hard to act on: noise, wording, routing, timing"},
  };
  return rules;
}

// After "have", a determiner or "to" means possession or obligation
// ("we should have an alert", "we would have to restart"), not a
// counterfactual.
const std::vector<std::string> not_a_past = {
    "a",     "an",  "the",  "some",    "any",   "no",   "more",  "enough", "its",
    "their", "our", "his",  "her",     "my",    "your", "this",  "that",   "these",
    "those", "one", "two",  "several", "many",  "much", "fewer", "less",   "better",
    "to",    "all", "each", "every",   "clear", "good"};

const std::vector<PhraseRule>& counterfactual_phrases() {
  static const std::vector<PhraseRule> rules = {
      {{Phrase("should|could|would have", not_a_past),
        Phrase("should've|could've|would've", not_a_past),
        Phrase("should|could|would not have", not_a_past),
        Phrase("shouldn't|couldn't|wouldn't have", not_a_past),
        Phrase("ought to have", not_a_past)},
       "describes what did not happen (a counterfactual)",
       "say what people knew and did at the time and why it made sense then; put what should "
       "change into an action item"},
  };
  return rules;
}

void find_phrases(const Document& document, std::string_view rule,
                  const std::vector<PhraseRule>& rules, Findings& findings) {
  for (const TextBlock& block : document.texts) {
    if (block.in_prompt || block.in_generated) continue;
    const InlineText& text = block.text;
    const std::vector<Word> words = split_words(text.prose_text());
    for (std::size_t at = 0; at < words.size();) {
      std::size_t matched = 0;
      for (const PhraseRule& phrase_rule : rules) {
        for (const Phrase& phrase : phrase_rule.phrases) {
          if ((matched = phrase.match(words, at)) == 0) continue;
          const std::size_t begin = words[at].begin;
          const std::size_t end = words[at + matched - 1].end;
          findings.push_back(
              {std::string(rule), text.where[begin],
               fmt::format("\"{}\" {}", text.text.substr(begin, end - begin), phrase_rule.what),
               std::string(phrase_rule.hint)});
          break;
        }
        if (matched > 0) break;
      }
      at += matched > 0 ? matched : 1;
    }
  }
}

}  // namespace

void check_blaming_language(const Document& document, Findings& findings) {
  find_phrases(document, "blaming-language", blaming_phrases(), findings);
}

void check_counterfactual(const Document& document, Findings& findings) {
  find_phrases(document, "counterfactual", counterfactual_phrases(), findings);
}

}  // namespace hindsight::lint_detail
