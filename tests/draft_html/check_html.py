#!/usr/bin/env python3
"""The HTML draft is one inert, self-contained page.

Reads the golden HTML drafts (tests/e2e/cases/draft-html*/stdout) with
Python's HTML parser and checks what a browser would do with them: exactly
one <style> and no <script>, <iframe>, <img>, <object>, <link> or <base>;
no event-handler attribute; no attribute that loads anything (src, srcset,
data, action, xlink:href outside the inline chart); links only to http(s),
mailto or in-page anchors; no url() or @import in the styles. A page that
breaks any of these fails, so hostile titles cannot turn into markup.

Usage: check_html.py  (run from the repository root)
"""
import glob
import sys
from html.parser import HTMLParser

FORBIDDEN_TAGS = {"script", "iframe", "img", "object", "embed", "link", "base", "frame", "meta-refresh", "form"}
LOADING_ATTRIBUTES = {"src", "srcset", "data", "action", "formaction", "background", "poster", "xlink:href"}
SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:", "#")


class Inspector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.styles = 0
        self.in_style = False
        self.style_text = ""

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "style":
            self.styles += 1
            self.in_style = True
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.problems.append("<meta http-equiv>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name in LOADING_ATTRIBUTES:
                self.problems.append(f"{name}= on <{tag}> loads something")
            if name == "href" and not (value or "").startswith(SAFE_LINK_PREFIXES):
                self.problems.append(f"unsafe link href={value!r}")
            if name == "style" and ("url(" in (value or "") or "expression(" in (value or "")):
                self.problems.append(f"style attribute loads something: {value!r}")

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style_text += data


def main():
    pages = sorted(glob.glob("tests/e2e/cases/draft-html*/stdout"))
    if len(pages) < 2:
        print("FAIL: expected the golden HTML drafts; run from the repository root")
        return 1
    failures = []
    for path in pages:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        inspector = Inspector()
        inspector.feed(text)
        inspector.close()
        problems = list(inspector.problems)
        if inspector.styles != 1:
            problems.append(f"{inspector.styles} <style> elements, expected the page's own one")
        if "url(" in inspector.style_text or "@import" in inspector.style_text:
            problems.append("the styles load something")
        if not text.startswith("<!DOCTYPE html>\n"):
            problems.append("not a complete HTML document")
        failures += [f"{path}: {problem}" for problem in problems]
    hostile = open("tests/e2e/cases/draft-html-hostile/stdout", encoding="utf-8").read()
    for escaped in ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;"):
        if escaped not in hostile:
            failures.append(f"draft-html-hostile: expected the title shown as text: {escaped}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(pages)} HTML drafts checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
