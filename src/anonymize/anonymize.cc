// anonymize() (see hindsight/anonymize.h): who the people are, what each
// becomes, and every place their names are replaced.
#include "hindsight/anonymize.h"

#include <algorithm>
#include <map>

#include "anonymize/name_replacer.h"

namespace hindsight {
namespace {

struct Person {
  std::string name;
  std::string role;  // the first role any event gives them
};

// People in order of first appearance as an actor.
std::vector<Person> people_in(const std::vector<Event>& timeline) {
  std::vector<Person> people;
  for (const Event& event : timeline) {
    if (!event.actor || is_automation(*event.actor, event)) continue;
    const auto known = std::find_if(people.begin(), people.end(), [&](const Person& person) {
      return person.name == event.actor->name;
    });
    if (known == people.end()) {
      people.push_back({event.actor->name, event.actor->role});
    } else if (known->role.empty()) {
      known->role = event.actor->role;
    }
  }
  return people;
}

std::string letter(std::size_t index) {
  // A..Z, then AA, AB, ...: never runs out, never repeats.
  std::string text;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    text.insert(text.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return text;
}

// A role shared by several people gets letters too ("SRE A", "SRE B"), so
// that two people never read as one.
std::vector<Replacement> aliases_for(const std::vector<Person>& people) {
  std::map<std::string, std::size_t> role_count;
  for (const Person& person : people) {
    if (!person.role.empty()) ++role_count[person.role];
  }
  std::map<std::string, std::size_t> role_seen;
  std::size_t pseudonyms = 0;
  std::vector<Replacement> replacements;
  for (const Person& person : people) {
    std::string alias;
    if (person.role.empty()) {
      alias = "Responder " + letter(pseudonyms++);
    } else if (role_count[person.role] > 1) {
      alias = person.role + " " + letter(role_seen[person.role]++);
    } else {
      alias = person.role;
    }
    replacements.push_back({person.name, alias});
  }
  return replacements;
}

void replace_in(std::optional<Sourced<std::string>>& field,
                const anonymize_detail::NameReplacer& replacer) {
  if (field) field->value = replacer.replace(field->value);
}

}  // namespace

std::vector<Replacement> anonymize(Incident& incident, std::vector<Event>& timeline) {
  std::vector<Replacement> replacements = aliases_for(people_in(timeline));
  if (replacements.empty()) return replacements;
  const anonymize_detail::NameReplacer replacer(replacements);
  replace_in(incident.title, replacer);
  replace_in(incident.summary, replacer);
  for (Event& event : timeline) {
    event.title = replacer.replace(event.title);
    for (auto& label : event.labels) label.second = replacer.replace(label.second);
    if (!event.actor) continue;
    const auto person = std::find_if(replacements.begin(), replacements.end(),
                                     [&](const Replacement& r) { return r.name == event.actor->name; });
    if (person != replacements.end()) {
      // The alias already says the role when there is one.
      event.actor = Actor{person->alias, {}};
    } else {
      event.actor->name = replacer.replace(event.actor->name);
    }
  }
  return replacements;
}

}  // namespace hindsight
