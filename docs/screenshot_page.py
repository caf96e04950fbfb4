"""Take docs/web_page.png: the exported one-file page on a phone-sized screen, a pen digit drawn
on it with the mouse.

The bundled model is exported with ``digitlab export --format html`` to a temporary file, opened
from ``file://`` in the system's headless Chromium (offline) at 390×844 CSS pixels, a new writer's
pen-drawn 4 is dragged onto the canvas and the whole page is captured.

    python docs/screenshot_page.py [--out docs/web_page.png] [--size 390x844] [--scale 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from browser_harness import WebPage, launch_chromium  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from model.data.drawn_digits import new_writers_digits  # noqa: E402
from model.drawing.strokes import CANVAS_SIZE, fit_strokes  # noqa: E402
from model.export.formats import export_model  # noqa: E402
from model.resources import default_model_path  # noqa: E402

DIGIT = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "web_page.png")
    parser.add_argument("--size", default="390x844", help="viewport in CSS pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    args = parser.parse_args()
    width, height = (int(side) for side in args.size.split("x"))
    digit = next(d for d in new_writers_digits() if d.label == DIGIT)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_file = Path(folder) / "digits.html"
        export_model(default_model_path(), "html", page_file)
        browser = launch_chromium(playwright)
        context_args = {"viewport": {"width": width, "height": height},
                        "device_scale_factor": args.scale}
        page = WebPage(browser, page_file, **context_args)
        page.draw(list(fit_strokes(digit.strokes, (70, 50, 140, 180))), CANVAS_SIZE)
        page.page.screenshot(path=str(args.out), full_page=True)
        browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
