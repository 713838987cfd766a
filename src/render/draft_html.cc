// render_draft_html(): the draft as one self-contained HTML file.
//
// The Markdown draft is rendered as GitHub renders it (cmark-gfm, safe
// mode: no raw HTML, no unsafe links), inside a page with its own styles;
// the Mermaid chart, which would need a script from elsewhere, becomes the
// SVG chart drawn inline. The page makes no request of its own: no
// stylesheets, scripts, fonts or images from anywhere.
#include <sstream>

#include "hindsight/render.h"
#include "render/gfm_document.h"
#include "render/svg_text.h"

namespace hindsight {
namespace {

constexpr const char* kStyle = R"(body{margin:0;background:#fff;color:#1f2328;font:16px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:32px}
h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
table{border-collapse:collapse;display:block;overflow:auto;margin:16px 0}
th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}
tr:nth-child(2n){background:#f6f8fa}
blockquote{margin:0;padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
figure{margin:16px 0;overflow:auto})";

}  // namespace

void render_draft_html(std::ostream& out, const Incident& incident,
                       const std::vector<Event>& timeline, const Metrics& metrics,
                       const RenderSettings& settings, const DraftTemplate& draft_template) {
  const render_detail::GfmDocument document(
      render_detail::readable_draft(incident, timeline, metrics, settings, draft_template));
  std::string body = document.html();

  const std::string mermaid_open = "<pre><code class=\"language-mermaid\">";
  const std::size_t chart_start = body.find(mermaid_open);
  if (chart_start != std::string::npos) {
    const std::size_t chart_end = body.find("</code></pre>\n", chart_start);
    std::ostringstream svg;
    render_svg_chart(svg, incident, timeline, metrics, settings);
    std::string inline_svg = svg.str();
    inline_svg.erase(0, inline_svg.find("<svg"));  // no XML declaration inside HTML
    body.replace(chart_start, chart_end + 14 - chart_start,
                 "<figure>\n" + inline_svg + "</figure>\n");
  }

  std::string title = incident.title ? incident.title->value : std::string();
  if (title.empty() && incident.id) title = incident.id->value;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>Postmortem: " << svg::escape(title.empty() ? "incident" : title) << "</title>\n"
      << "<style>\n" << kStyle << "\n</style>\n</head>\n<body>\n<main>\n"
      << body << "</main>\n</body>\n</html>\n";
}

}  // namespace hindsight
