// Field text: compact, single-line renderings of event values for the
// duplicate-event warnings of merge.
#include "merge/field_text.h"

#include <cstdio>

namespace hindsight::merge_detail {

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
          char code[8];
          std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned char>(c));
          out += code;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string quoted(std::string_view text) { return '"' + escaped(text) + '"'; }

std::string actor_text(const std::optional<Actor>& actor) {
  if (!actor) return "none";
  if (actor->role.empty()) return quoted(actor->name);
  return quoted(actor->name + " (" + actor->role + ")");
}

std::string labels_text(const std::vector<Label>& labels) {
  std::string out = "{";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) out += ", ";
    out += labels[i].first + ": " + labels[i].second;
  }
  out += "}";
  // Labels are scalars from YAML and may hold anything; keep the line intact.
  return escaped(out);
}

std::string position_text(const SourcePos& pos) {
  std::string out = pos.file.empty() ? "<unknown>" : pos.file;
  if (pos.line > 0) {
    out += ':' + std::to_string(pos.line);
    if (pos.column > 0) out += ':' + std::to_string(pos.column);
  }
  return out;
}

}  // namespace hindsight::merge_detail
