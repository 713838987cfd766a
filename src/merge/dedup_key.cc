// Dedup key: the fields a fingerprint is made of, as `--dedup-key` names
// them, and how their text is normalized before it is compared (merge.h).
#include <algorithm>
#include <string>
#include <vector>

#include "core/ascii.h"
#include "hindsight/edit_distance.h"
#include "hindsight/merge.h"

namespace hindsight {
namespace {

struct FieldName {
  std::string_view name;
  FingerprintField field;
};

// Every name but label:NAME, in the order the documentation lists them.
constexpr FieldName field_names[] = {
    {"kind", FingerprintField::kind},   {"service", FingerprintField::service},
    {"title", FingerprintField::title}, {"source", FingerprintField::source},
    {"actor", FingerprintField::actor},
};

constexpr std::string_view label_prefix = "label:";

bool same_part(const FingerprintPart& a, const FingerprintPart& b) {
  return a.field == b.field && a.label == b.label;
}

std::string unknown_field(std::string_view name) {
  std::string suggestion;
  const std::size_t colon = name.find(':');
  if (colon != std::string_view::npos) {
    // "lable:team" means label:team.
    if (!closest_match(name.substr(0, colon), {"label"}).empty()) {
      suggestion = "label" + std::string(name.substr(colon));
    }
  } else {
    std::vector<std::string_view> candidates;
    for (const FieldName& known : field_names) candidates.push_back(known.name);
    candidates.push_back("label");
    suggestion = closest_match(name, candidates);
    if (suggestion == "label") suggestion = "label:NAME";
  }
  std::string error = "unknown field \"" + std::string(name) + "\"";
  if (!suggestion.empty()) return error + " (did you mean \"" + suggestion + "\"?)";
  return error + " (fields: kind, service, title, source, actor, label:NAME)";
}

}  // namespace

std::vector<FingerprintPart> default_dedup_key() {
  return {
      {FingerprintField::kind, {}}, {FingerprintField::service, {}}, {FingerprintField::title, {}}};
}

DedupKeyParse parse_dedup_key(std::string_view text) {
  DedupKeyParse parse;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view name = text.substr(start, comma - start);
    FingerprintPart part;
    if (name.empty()) {
      parse.error = "expected field names separated by commas, e.g. kind,service,title";
    } else if (name.substr(0, label_prefix.size()) == label_prefix) {
      part.field = FingerprintField::label;
      part.label = std::string(name.substr(label_prefix.size()));
      if (part.label.empty()) parse.error = "label: needs a label name, e.g. label:team";
    } else {
      const auto* known = std::find_if(std::begin(field_names), std::end(field_names),
                                       [&](const FieldName& f) { return f.name == name; });
      if (known == std::end(field_names)) {
        parse.error = unknown_field(name);
      } else {
        part.field = known->field;
      }
    }
    if (!parse.error.empty()) {
      parse.key.clear();
      return parse;
    }
    if (std::none_of(parse.key.begin(), parse.key.end(),
                     [&](const FingerprintPart& p) { return same_part(p, part); })) {
      parse.key.push_back(std::move(part));
    }
    if (comma == text.size()) return parse;
    start = comma + 1;
  }
}

std::string normalize_fingerprint_text(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool kept =
        byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!kept) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ascii_lower(c);
  }
  return out;
}

}  // namespace hindsight
