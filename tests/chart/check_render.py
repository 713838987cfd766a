#!/usr/bin/env python3
"""`hindsight chart` output renders in a real browser.

For each case: the SVG must be well-formed XML (Python's strict parser),
and headless Chromium (Debian's `chromium`) must draw it: the screenshot is
not blank, and it shows the impact shading, the alert colour and dark text
where the picture puts them. A deliberately broken SVG is checked too and
must fail, so the check itself is known to work.

Usage: check_render.py HINDSIGHT_BINARY  (run from the repository root)
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from PIL import Image

IMPACT = (0xFD, 0xE2, 0xE1)
ALERT = (0xD9, 0x48, 0x41)

CASES = [
    ["examples/backfill-outage"],
    ["examples/mixed-sources", "--lanes", "kind", "--tz", "UTC"],
    ["tests/e2e/fixtures/mermaid-hostile.yaml", "--width", "800"],
]


def screenshot(svg_path, png_path, width, height):
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--disable-dev-shm-usage", f"--window-size={width},{height}",
         f"--screenshot={png_path}", "file://" + os.path.abspath(svg_path)],
        check=True, capture_output=True, timeout=120)


def problems_with(svg_path, png_path):
    try:
        root = ElementTree.parse(svg_path).getroot()
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]
    width, height = int(root.get("width")), int(root.get("height"))
    screenshot(svg_path, png_path, width, height)
    image = Image.open(png_path).convert("RGB")
    pixels = list(image.getdata())
    found = []
    non_white = sum(1 for p in pixels if p != (255, 255, 255))
    if non_white < len(pixels) * 0.02:
        found.append(f"blank: only {non_white} of {len(pixels)} pixels drawn")
    if sum(1 for p in pixels if p == IMPACT) < 500:
        found.append("the impact window is not drawn")
    if sum(1 for p in pixels if all(abs(a - b) <= 12 for a, b in zip(p, ALERT))) < 30:
        found.append("no alert is drawn")
    dark = sum(1 for p in pixels if sum(p) < 150)
    if dark < 300:
        found.append(f"hardly any text: {dark} dark pixels")
    return found


def main():
    binary = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for number, args in enumerate(CASES):
            svg_path = os.path.join(work, f"chart{number}.svg")
            run = subprocess.run([binary, "chart", *args, "-o", svg_path], capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{args}: hindsight chart exited {run.returncode}: {run.stderr}")
                continue
            for problem in problems_with(svg_path, os.path.join(work, f"chart{number}.png")):
                failures.append(f"{' '.join(args)}: {problem}")

        # The check must catch a broken picture: an unclosed element.
        broken = os.path.join(work, "broken.svg")
        with open(os.path.join(work, "chart0.svg"), encoding="utf-8") as good:
            text = good.read()
        with open(broken, "w", encoding="utf-8") as out:
            out.write(text.replace("</svg>", ""))
        if not problems_with(broken, os.path.join(work, "broken.png")):
            failures.append("a broken SVG passed the check")
        # ... and a picture without its drawing: everything but the background removed.
        empty = os.path.join(work, "empty.svg")
        with open(empty, "w", encoding="utf-8") as out:
            out.write(text[: text.index("<title>")] + "</svg>\n")
        if not problems_with(empty, os.path.join(work, "empty.png")):
            failures.append("a blank SVG passed the check")

    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(CASES)} charts rendered in Chromium")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
