// YAML text to RawNode documents, through yaml-cpp's event API.
//
// We build our own small tree instead of YAML::Node so that every node
// keeps its 1-based line and column and whether a scalar was quoted (a
// quoted "1772611092" is text, a plain one may be epoch seconds), and so
// that alias expansion is bounded: a "billion laughs" document must end in
// an error, not in memory exhaustion.
#include <map>
#include <sstream>

#include <fmt/format.h>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "hindsight/load.h"
#include "load/json_documents.h"
#include "load/text_checks.h"

namespace hindsight {
namespace {

// One of the run's InputLimits, exceeded at `pos`: the diagnostic to give.
class LimitExceeded : public std::runtime_error {
 public:
  LimitExceeded(SourcePos pos, const std::string& message, std::string hint)
      : std::runtime_error(message), pos_(pos), hint_(std::move(hint)) {}
  const SourcePos& pos() const { return pos_; }
  const std::string& hint() const { return hint_; }

 private:
  SourcePos pos_;
  std::string hint_;
};

std::size_t count_nodes(const RawNode& node) {
  std::size_t count = 1;
  for (const auto& item : node.items) count += count_nodes(item);
  for (const auto& [key, value] : node.entries) count += count_nodes(key) + count_nodes(value);
  return count;
}

// A quoted value that never closes: yaml-cpp lets it run to the end of the
// file, swallowing every line after it.
class UnclosedQuote : public std::runtime_error {
 public:
  UnclosedQuote(SourcePos pos, char quote)
      : std::runtime_error("unclosed quote"), pos_(pos), quote_(quote) {}
  const SourcePos& pos() const { return pos_; }
  char quote() const { return quote_; }

 private:
  SourcePos pos_;
  char quote_;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  // `text` is what the parser reads, for the checks it does not make
  // itself; empty when its offsets do not point into it (UTF-16 text).
  TreeBuilder(InternedString path, std::string_view text, const InputLimits& limits)
      : path_(path), text_(text), text_start_(byte_order_mark_length(text)), limits_(limits) {}

  // The finished document, once OnDocumentEnd has been seen.
  RawNode take_document() { return std::move(document_); }

  // How many maps and lists are open, and where the innermost one starts:
  // when the parser stops at its depth limit it names the end of the input
  // (or line 1, column 1), while the innermost open node is where the
  // nesting got too deep.
  std::size_t open_depth() const { return stack_.size(); }
  const SourcePos* innermost_open() const {
    return stack_.empty() ? nullptr : &stack_.back().node.pos;
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // On some malformed input yaml-cpp 0.7 reports empty documents at one
    // place forever without reading on (found by fuzzing); a document that
    // starts where the one before it started means it is stuck there.
    if (documents_ > 0 && mark.pos == last_document_start_) {
      throw LimitExceeded(position(mark), "malformed YAML: the parser cannot read past this point",
                          "look for a stray bracket, quote or indentation just before it");
    }
    last_document_start_ = mark.pos;
    if (++documents_ > limits_.max_documents) {
      throw LimitExceeded(position(mark),
                          fmt::format("more than {} documents in one file", limits_.max_documents),
                          "raise the limit with --max-documents N if the file really holds "
                          "this many `---` documents");
    }
    stack_.clear();
    children_.clear();
    anchors_.clear();
    document_ = RawNode{};
    alias_copies_ = 0;
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    RawNode node;
    node.pos = position(mark);
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      RawNode node;
      node.pos = position(mark);
      finish(std::move(node), 0);
      return;
    }
    alias_copies_ += count_nodes(found->second);
    if (alias_copies_ > limits_.max_alias_nodes) {
      throw LimitExceeded(position(mark),
                          fmt::format("aliases expand to more than {} nodes",
                                      limits_.max_alias_nodes),
                          "this looks like an alias bomb; write the values out instead of "
                          "nesting aliases of aliases (--max-alias-nodes N raises the limit)");
    }
    finish(RawNode(found->second), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (value.size() > limits_.max_value_bytes) {
      throw LimitExceeded(position(mark),
                          fmt::format("a value of {} bytes, more than the {} allowed",
                                      value.size(), limits_.max_value_bytes),
                          "raise the limit with --max-value-size SIZE if a value really is "
                          "this long");
    }
    RawNode node;
    node.type = RawNode::Type::scalar;
    node.pos = position(mark);
    node.scalar = value;
    // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
    node.quoted = tag != "?";
    if (node.quoted && !text_.empty()) {
      const std::size_t at = text_start_ + static_cast<std::size_t>(mark.pos);
      if (quote_never_closes(text_, at)) {
        throw UnclosedQuote(node.pos, text_[text_.find_first_of("\"'", at)]);
      }
    }
    finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(RawNode::Type::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(RawNode::Type::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // A map or list whose end has not been seen yet. Its children wait in
  // `children_` (from `first_child` on) and move into the node at its end,
  // into a vector of exactly their number: growing each node's vector as
  // children arrive left up to half of every vector unused, and a large
  // file's tree is most of the memory of reading it.
  struct Open {
    RawNode node;
    YAML::anchor_t anchor;
    std::size_t first_child;
  };

  SourcePos position(const YAML::Mark& mark) const {
    return SourcePos{path_, mark.line + 1, mark.column + 1};
  }

  void open(RawNode::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.max_depth) {
      throw LimitExceeded(position(mark),
                          fmt::format("nested deeper than {} levels of maps and lists",
                                      limits_.max_depth),
                          fmt::format("event logs need only a few levels; check for runaway "
                                      "brackets, or raise the limit with --max-depth N (at "
                                      "most {})",
                                      kDeepestDepthLimit));
    }
    Open frame;
    frame.node.type = type;
    frame.node.pos = position(mark);
    frame.anchor = anchor;
    frame.first_child = children_.size();
    stack_.push_back(std::move(frame));
  }

  void close() {
    Open frame = std::move(stack_.back());
    stack_.pop_back();
    const auto first = children_.begin() + static_cast<std::ptrdiff_t>(frame.first_child);
    RawNode& node = frame.node;
    if (node.type == RawNode::Type::sequence) {
      node.items.reserve(static_cast<std::size_t>(children_.end() - first));
      for (auto child = first; child != children_.end(); ++child) {
        node.items.push_back(std::move(*child));
      }
    } else {
      // Keys and values alternate. yaml-cpp gives every key a value (a null
      // when none is written), so a lone last key is only a safeguard.
      const std::size_t count = static_cast<std::size_t>(children_.end() - first);
      node.entries.reserve((count + 1) / 2);
      for (std::size_t i = 0; i < count; i += 2) {
        RawNode& key = *(first + static_cast<std::ptrdiff_t>(i));
        node.entries.emplace_back(std::move(key), i + 1 < count
                                                      ? std::move(*(&key + 1))
                                                      : RawNode{});
      }
    }
    children_.erase(first, children_.end());
    finish(std::move(node), frame.anchor);
  }

  // Places a completed node into its parent (or makes it the document).
  void finish(RawNode node, YAML::anchor_t anchor) {
    if (anchor != 0) anchors_[anchor] = node;
    if (stack_.empty()) {
      document_ = std::move(node);
      return;
    }
    children_.push_back(std::move(node));
  }

  InternedString path_;
  std::string_view text_;
  std::size_t text_start_;  // where the parser's offsets begin in text_
  const InputLimits& limits_;
  std::size_t documents_ = 0;
  int last_document_start_ = -1;
  std::vector<Open> stack_;
  std::vector<RawNode> children_;  // of the open nodes, innermost last
  std::map<YAML::anchor_t, RawNode> anchors_;
  RawNode document_;
  std::size_t alias_copies_ = 0;
};

// yaml-cpp's message for a tab in indentation is "illegal map value" or
// similar; find the tab ourselves so the user learns what is wrong.
bool find_tab_indentation(const std::string& text, int up_to_line, SourcePos& where) {
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size() && line <= up_to_line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    for (std::size_t i = start; i < end; ++i) {
      if (text[i] == '\t') {
        where.line = line;
        where.column = static_cast<int>(i - start) + 1;
        return true;
      }
      if (text[i] != ' ') break;
    }
    start = end + 1;
    ++line;
  }
  return false;
}

}  // namespace

bool parse_documents(const std::string& path, const std::string& text, std::vector<RawNode>& out,
                     Diagnostics& diagnostics, const InputLimits& limits) {
  if (!check_text_encoding(path, text, diagnostics)) return false;
  const bool is_json = path.size() >= 5 && path.compare(path.size() - 5, 5, ".json") == 0;
  if (is_json && parse_plain_json(path, text, limits, out)) return true;
  std::istringstream stream(text);
  TreeBuilder builder(path, is_wide_unicode(text) ? std::string_view() : std::string_view(text),
                      limits);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) out.push_back(builder.take_document());
    return true;
  } catch (const LimitExceeded& limit) {
    diagnostics.error(limit.pos(), limit.what(), limit.hint());
  } catch (const UnclosedQuote& unclosed) {
    const bool double_quoted = unclosed.quote() == '"';
    diagnostics.error(unclosed.pos(),
                      fmt::format("this {}-quoted value never closes: it runs to the end of the "
                                  "file, taking every line after it",
                                  double_quoted ? "double" : "single"),
                      double_quoted ? "add the closing `\"` where the value ends; write a quote "
                                      "inside it as `\\\"`"
                                    : "add the closing `'` where the value ends; write a quote "
                                      "inside it as `''`");
  } catch (const YAML::DeepRecursion& error) {
    const SourcePos* innermost = builder.innermost_open();
    diagnostics.error(innermost ? *innermost
                                : SourcePos{path, error.mark.line + 1, error.mark.column + 1},
                      fmt::format("YAML nesting is too deep: {} maps and lists are open "
                                  "here, the most the parser allows",
                                  builder.open_depth()),
                      "event logs need only a few levels; check for runaway brackets");
  } catch (const YAML::Exception& error) {
    SourcePos pos{path, error.mark.line + 1, error.mark.column + 1};
    // yaml-cpp's words for a string cut off by the end of the file.
    const bool cut_off = error.msg == "illegal EOF in scalar";
    const std::size_t open_string =
        is_json && cut_off ? unclosed_json_string(text) : std::string::npos;
    if (open_string != std::string::npos) {
      diagnostics.error(position_in(path, text, open_string),
                        "this string never closes: the file ends inside it",
                        "the export looks cut off; fetch it again, or add the closing `\"`");
      return false;
    }
    SourcePos tab{path, 0, 0};
    // JSON may indent with tabs; only YAML cannot.
    if (!is_json && find_tab_indentation(text, pos.line, tab)) {
      diagnostics.error(tab, "tab character in indentation",
                        "YAML indents with spaces only; replace the tabs with spaces");
    } else {
      diagnostics.error(pos, "malformed YAML: " + error.msg);
    }
  }
  return false;
}

}  // namespace hindsight
