// Reading the tags of a Mustache template (see mustache_tags.h).
#include "render/mustache_tags.h"

#include <fmt/format.h>

namespace hindsight::render_detail {
namespace {

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Line and column (1-based, in bytes) of every offset, counted forward as
// the reader goes, so the whole scan stays linear.
class Position {
 public:
  explicit Position(std::string_view text) : text_(text) {}

  SourcePos at(std::size_t offset, const std::string& path) {
    for (; scanned_ < offset; ++scanned_) {
      if (text_[scanned_] == '\n') {
        ++line_;
        line_start_ = scanned_ + 1;
      }
    }
    return {path, line_, static_cast<int>(offset - line_start_) + 1};
  }

 private:
  std::string_view text_;
  std::size_t scanned_ = 0;
  std::size_t line_start_ = 0;
  int line_ = 1;
};

// "{{=<% %>=}}": the new delimiters, or false when malformed.
bool read_delimiters(std::string_view body, std::string& open, std::string& close) {
  if (body.size() < 2 || body.back() != '=') return false;
  body = trim(body.substr(1, body.size() - 2));
  const std::size_t space = body.find_first_of(" \t");
  if (space == std::string_view::npos) return false;
  const std::string_view first = body.substr(0, space);
  const std::string_view second = trim(body.substr(space));
  if (first.empty() || second.empty() || second.find_first_of(" \t=") != std::string_view::npos ||
      first.find('=') != std::string_view::npos) {
    return false;
  }
  open = std::string(first);
  close = std::string(second);
  return true;
}

}  // namespace

std::vector<MustacheTag> read_mustache_tags(std::string_view text, const std::string& path,
                                            Diagnostics& diagnostics) {
  std::vector<MustacheTag> tags;
  Position position(text);
  std::string open = "{{";
  std::string close = "}}";
  std::size_t at = 0;
  while (true) {
    const std::size_t start = text.find(open, at);
    if (start == std::string_view::npos) break;
    const SourcePos pos = position.at(start, path);
    std::size_t body_start = start + open.size();
    // A triple mustache ends with "}" and the closing delimiter.
    const bool triple = body_start < text.size() && text[body_start] == '{';
    const std::string end_marker = triple ? "}" + close : close;
    const std::size_t end = text.find(end_marker, body_start);
    if (end == std::string_view::npos) {
      diagnostics.error(pos, fmt::format("`{}` is never closed with `{}`", open, end_marker),
                        fmt::format("close the tag with `{}`, or write the literal text "
                                    "another way (e.g. change the delimiters with {}=<% %>={})",
                                    end_marker, open, close));
      return tags;
    }
    std::string_view body = text.substr(body_start, end - body_start);
    at = end + end_marker.size();
    if (triple) body.remove_prefix(1);

    MustacheTag tag;
    tag.pos = pos;
    char sigil = triple ? '&' : (body.empty() ? '\0' : body.front());
    switch (sigil) {
      case '!':
        continue;  // a comment
      case '=':
        if (!read_delimiters(body, open, close)) {
          diagnostics.error(pos, "malformed delimiter change",
                            "write it as {{=<% %>=}}: two delimiters without spaces or `=` in "
                            "them, separated by a space");
          return tags;
        }
        continue;
      case '#': tag.type = MustacheTag::Type::section; break;
      case '^': tag.type = MustacheTag::Type::inverted; break;
      case '/': tag.type = MustacheTag::Type::close; break;
      case '>': tag.type = MustacheTag::Type::partial; break;
      case '&': tag.type = MustacheTag::Type::variable; break;
      default: sigil = '\0';
    }
    if (sigil != '\0' && !triple) body.remove_prefix(1);
    tag.name = std::string(trim(body));
    if (tag.name.empty()) {
      diagnostics.error(pos, "a tag without a field name",
                        "name a field of docs/templates.md between the braces, or remove the tag");
      continue;
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace hindsight::render_detail
