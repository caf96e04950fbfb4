"""Headless Chromium for the export benchmark and tests: TF.js folders and DigitLab web pages.

The system's Chromium is driven through Playwright, which never downloads a browser here. Nothing
reaches the network: a TF.js model is served to a made-up origin by Playwright routes from the
disk, with TF.js 4.22 itself read from the npm tarball ``make install`` fetched; a web page is
opened from ``file://`` in an offline context that aborts and counts every request.
"""

from __future__ import annotations

import base64
import shutil
import tarfile
import time
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from playwright.sync_api import Browser, Page, Playwright, Route

from model.image_size import IMAGE_SIDE

REPO = Path(__file__).resolve().parents[1]
TFJS_VERSION = "4.22.0"
TFJS_TARBALL = REPO / ".cache" / "npm" / f"tensorflow-tfjs-{TFJS_VERSION}.tgz"
ORIGIN = "http://digitlab.test"
CHUNK = 500
"""Images per call into the page: a few MB of JSON each."""


def launch_chromium(playwright: Playwright) -> Browser:
    """The system's Chromium, headless; a clear error when it is not installed."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        raise RuntimeError("Chromium not found on PATH: expected the system's browser "
                           "(apt-get install chromium; make install does it on CI)")
    return playwright.chromium.launch(executable_path=executable, headless=True)


@cache
def tfjs_script() -> bytes:
    """TF.js 4.22's ``dist/tf.min.js`` from the npm tarball."""
    if not TFJS_TARBALL.is_file():
        raise RuntimeError(f"TF.js {TFJS_VERSION} not found at {TFJS_TARBALL}: run make install "
                           f"(npm pack @tensorflow/tfjs@{TFJS_VERSION})")
    with tarfile.open(TFJS_TARBALL) as archive:
        return archive.extractfile("package/dist/tf.min.js").read()


def _float_list(images: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(images, "<f4").tobytes()).decode()


_DECODE = "b => new Float32Array(Uint8Array.from(atob(b), c => c.charCodeAt(0)).buffer)"
"""JS: base64 float32 bytes (what :func:`_float_list` sends) → a Float32Array."""


class TfjsPage:
    """A page on a made-up origin with TF.js and one exported model folder, CPU backend."""

    def __init__(self, browser: Browser, folder: Path) -> None:
        self.context = browser.new_context()
        self.blocked: list[str] = []
        self.context.route("**/*", lambda route: self._serve(route, folder))
        self.page: Page = self.context.new_page()
        self.page.goto(f"{ORIGIN}/index.html")
        self.page.evaluate("async () => { await tf.setBackend('cpu'); await tf.ready(); }")

    def _serve(self, route: Route, folder: Path) -> None:
        path = route.request.url.removeprefix(ORIGIN)
        if path == "/index.html":
            route.fulfill(body="<script src='/tf.min.js'></script>", content_type="text/html")
        elif path == "/tf.min.js":
            route.fulfill(body=tfjs_script(), content_type="text/javascript")
        elif path.startswith("/model/") and (folder / path[7:]).is_file():
            route.fulfill(path=folder / path[7:])
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def load(self) -> float:
        """Load the model with the stock ``tf.loadLayersModel``; seconds it took."""
        return self.page.evaluate("""async url => {
            const start = performance.now();
            window.model = await tf.loadLayersModel(url);
            return (performance.now() - start) / 1000; }""", f"{ORIGIN}/model/model.json")

    def predict(self, images: np.ndarray) -> tuple[np.ndarray, float]:
        """Probabilities for ``(N, 28, 28)`` float32 images and the seconds per digit."""
        results, seconds = [], 0.0
        for start in range(0, len(images), CHUNK):
            batch = images[start:start + CHUNK]
            out = self.page.evaluate(f"""b64 => {{
                const pixels = ({_DECODE})(b64);
                const start = performance.now();
                const x = tf.tensor(pixels, [pixels.length / 784, 28, 28]);
                const y = window.model.predict(x);
                const values = y.dataSync();
                const seconds = (performance.now() - start) / 1000;
                x.dispose(); y.dispose();
                return [Array.from(values), seconds]; }}""", _float_list(batch))
            results.append(np.array(out[0], np.float32).reshape(len(batch), -1))
            seconds += out[1]
        return np.concatenate(results), seconds / len(images)

    def seconds_per_digit(self, images: np.ndarray) -> float:
        """Mean time of ``model.predict`` on one digit at a time (what a drawing app does)."""
        return self.page.evaluate(f"""b64 => {{
            const pixels = ({_DECODE})(b64);
            const start = performance.now();
            for (let i = 0; i < pixels.length; i += 784)
                tf.tidy(() => window.model.predict(
                    tf.tensor(pixels.subarray(i, i + 784), [1, 28, 28])).dataSync());
            return (performance.now() - start) / 1000 / (pixels.length / 784); }}""",
                                  _float_list(images))

    def close(self) -> None:
        self.context.close()


class WebPage:
    """An exported one-file page opened from ``file://`` with the network off."""

    def __init__(self, browser: Browser, html: Path, **context_args: Any) -> None:
        self.context = browser.new_context(offline=True, **context_args)
        self.requests: list[str] = []
        """Every request besides opening the page itself (each one aborted)."""
        url = html.resolve().as_uri()
        self.context.route("**/*", lambda route: self._block(route, url))
        self.page: Page = self.context.new_page()
        self.page.on("request", lambda request: request.url != url
                     and request.url not in self.requests and self.requests.append(request.url))
        start = time.perf_counter()
        self.page.goto(url)
        self.page.evaluate("() => window.digitlab.ready")
        self.load_seconds = time.perf_counter() - start

    def _block(self, route: Route, url: str) -> None:
        if route.request.url == url:
            route.continue_()
            return
        self.requests.append(route.request.url)
        route.abort()

    def predict(self, images: np.ndarray) -> tuple[np.ndarray, float]:
        """``window.digitlab.predict`` on each image in turn; probabilities and s per digit."""
        results, seconds = [], 0.0
        for start in range(0, len(images), CHUNK):
            batch = images[start:start + CHUNK]
            out = self.page.evaluate(f"""b64 => {{
                const pixels = ({_DECODE})(b64), out = [];
                const start = performance.now();
                for (let i = 0; i < pixels.length; i += 784)
                    out.push(...window.digitlab.predict(pixels.subarray(i, i + 784)));
                return [out, (performance.now() - start) / 1000]; }}""", _float_list(batch))
            results.append(np.array(out[0], np.float32).reshape(len(batch), -1))
            seconds += out[1]
        return np.concatenate(results), seconds / len(images)

    def to_mnist(self, gray: np.ndarray) -> np.ndarray:
        """The page's own preprocessing of a ``(H, W)`` uint8 drawing (dark ink on light)."""
        out = self.page.evaluate(
            """([b64, w, h]) => Array.from(window.digitlab.toMnist(
                   Uint8Array.from(atob(b64), c => c.charCodeAt(0)), w, h) || [])""",
            [base64.b64encode(gray.tobytes()).decode(), gray.shape[1], gray.shape[0]])
        return np.array(out, np.float32).reshape(IMAGE_SIDE, IMAGE_SIDE)

    def draw(self, strokes: list[np.ndarray], canvas_size: int) -> dict[str, Any]:
        """Draw ``strokes`` (canvas pixel coordinates) with real mouse drags on ``#canvas``;
        the page's answer text and the 28×28 it read."""
        box = self.page.locator("#canvas").bounding_box()
        scale = box["width"] / canvas_size
        mouse = self.page.mouse
        for stroke in strokes:
            points = [(box["x"] + x * scale, box["y"] + y * scale) for x, y in stroke]
            mouse.move(*points[0])
            mouse.down()
            for point in points[1:]:
                mouse.move(*point)
            mouse.up()
        return self.page.evaluate("""async () => {
            // The page reads the drawing once per frame: let the frame after the last move run.
            await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            return {answer: document.getElementById('answer').textContent,
                    image: Array.from(window.digitlab.image())}; }""")

    def clear(self) -> None:
        self.page.click("#clear")

    def close(self) -> None:
        self.context.close()
