"""Do the exported files give the app's answers, and how big and fast are they?

Writes the bundled model (or ``--model``) in every ``digitlab export`` format and runs each file
in its own runtime: ONNX in onnxruntime, LiteRT in ai-edge-litert, the TF.js folder with TF.js
4.22's stock ``tf.loadLayersModel`` (CPU backend) and the one-file page through
``window.digitlab.predict``, both in headless Chromium with no network. For each: the file size,
the load time, the time per digit (one digit at a time) and, against the numpy ``Predictor``,
the share of the same top class and the largest difference in probabilities on the 10,000 MNIST
test images and the 1,499 new writers' pen digits. The page is also drawn on with real mouse
drags of pen digits: its accuracy then is compared with the app's on the same strokes.

    python bench/export.py [--model FILE] [--images N] [--drawn N] [--json] [--quick]
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from browser_harness import TfjsPage, WebPage, launch_chromium
from common import bench_parser, parse_args
from playwright.sync_api import Browser, sync_playwright

from model.data.datasets import load_idx_folder
from model.data.drawn_digits import new_writers_digits, new_writers_images
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import (
    CANVAS_SIZE,
    PEN_WIDTH,
    fit_strokes,
    random_placements,
    render_strokes,
)
from model.export.formats import FORMATS, export_model
from model.image_size import to_unit_float
from model.inference.predictor import Predictor
from model.resources import bundled_mnist_dir, default_model_path

LATENCY_DIGITS = 200
"""Digits timed one at a time per runtime."""


def agreement(got: np.ndarray, expected: np.ndarray) -> dict:
    return {"same_top_class": float(np.mean(got.argmax(1) == expected.argmax(1))),
            "max_abs_difference": float(np.abs(got - expected).max())}


def _timed_mean(predict_one, images: np.ndarray) -> float:
    times = []
    for image in images:
        start = time.perf_counter()
        predict_one(image[None])
        times.append(time.perf_counter() - start)
    return statistics.fmean(times)


class Runtime(NamedTuple):
    """An exported file opened in its runtime: how long that took and how to run it."""

    load_seconds: float
    predict: Callable[[np.ndarray], np.ndarray]
    seconds_per_digit: Callable[[np.ndarray], float]
    page: WebPage | None = None


def run_onnx(path: Path, browser: Browser) -> Runtime:
    import onnxruntime

    start = time.perf_counter()
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    load = time.perf_counter() - start

    def predict(x: np.ndarray) -> np.ndarray:
        return session.run(None, {"pixels": x})[0]

    return Runtime(load, predict, lambda images: _timed_mean(predict, images))


def run_litert(path: Path, browser: Browser) -> Runtime:
    from ai_edge_litert.interpreter import Interpreter

    start = time.perf_counter()
    interpreter = Interpreter(model_path=str(path))
    interpreter.allocate_tensors()
    load = time.perf_counter() - start
    index = interpreter.get_input_details()[0]["index"]
    output = interpreter.get_output_details()[0]["index"]

    def predict(x: np.ndarray) -> np.ndarray:
        interpreter.resize_tensor_input(index, x.shape)
        interpreter.allocate_tensors()
        interpreter.set_tensor(index, x)
        interpreter.invoke()
        return interpreter.get_tensor(output).copy()

    def one_at_a_time(images: np.ndarray) -> float:
        predict(images[:1])  # sized for one digit from here on

        def invoke(x: np.ndarray) -> np.ndarray:
            interpreter.set_tensor(index, x)
            interpreter.invoke()
            return interpreter.get_tensor(output)

        return _timed_mean(invoke, images)

    return Runtime(load, predict, one_at_a_time)


def run_tfjs(path: Path, browser: Browser) -> Runtime:
    page = TfjsPage(browser, path)
    load = page.load()
    return Runtime(load, lambda x: page.predict(x)[0], page.seconds_per_digit)


def run_html(path: Path, browser: Browser) -> Runtime:
    page = WebPage(browser, path)
    return Runtime(page.load_seconds, lambda x: page.predict(x)[0], lambda x: page.predict(x)[1],
                   page)


RUNNERS = {"onnx": run_onnx, "litert": run_litert, "tfjs": run_tfjs, "html": run_html}


def drawn_on_page(page: WebPage, predictor: Predictor, count: int) -> dict:
    """The new writers' first ``count`` pen digits drawn on the page with the mouse, and the
    same strokes read by the app: accuracies (the page may be within 1 point)."""
    digits = new_writers_digits()[:count]
    boxes = random_placements(len(digits), (CANVAS_SIZE, CANVAS_SIZE), np.random.default_rng(0))
    app = page_correct = 0
    start = time.perf_counter()
    for digit, box in zip(digits, boxes, strict=True):
        strokes = fit_strokes(digit.strokes, tuple(box))
        drawn = page.draw(list(strokes), CANVAS_SIZE)
        page.clear()
        page_correct += drawn["answer"].startswith(str(digit.label))
        app += predictor.predict(canvas_to_mnist(
            render_strokes(strokes, (CANVAS_SIZE, CANVAS_SIZE), PEN_WIDTH)))[0][0] == digit.label
    return {"digits": len(digits), "page_accuracy": page_correct / len(digits),
            "app_accuracy": app / len(digits), "requests": len(page.requests),
            "seconds_per_drawing": (time.perf_counter() - start) / len(digits)}


def measure(model: Path, images: int, drawn: int) -> dict:
    predictor = Predictor.load(model)
    mnist = to_unit_float(load_idx_folder(bundled_mnist_dir()).x_test[:images])
    pen = to_unit_float(new_writers_images()[0][:images])
    expected = {"mnist": predictor.predict_proba(mnist), "pen": predictor.predict_proba(pen)}
    results = {"numpy": {"bytes": model.stat().st_size,
                         "seconds_per_digit": _timed_mean(predictor.predict_proba,
                                                          mnist[:LATENCY_DIGITS])}}
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for name, fmt in FORMATS.items():
            out = Path(folder) / (f"model{fmt.suffix}" if fmt.suffix else "tfjs")
            report = export_model(model, name, out)
            runtime = RUNNERS[name](out, browser)
            results[name] = {
                "bytes": report.bytes, "load_seconds": runtime.load_seconds,
                "seconds_per_digit": runtime.seconds_per_digit(mnist[:LATENCY_DIGITS]),
                "mnist": agreement(runtime.predict(mnist), expected["mnist"]),
                "pen": agreement(runtime.predict(pen), expected["pen"])}
            if runtime.page is not None:
                results[name]["drawn"] = drawn_on_page(runtime.page, predictor, drawn)
                results[name]["requests"] = len(runtime.page.requests)
        browser.close()
    return {"mnist_images": len(mnist), "pen_digits": len(pen), "formats": results}


def print_table(result: dict, model: Path) -> None:
    print(f"{model.name}: {result['mnist_images']:,} MNIST test images, "
          f"{result['pen_digits']:,} pen digits by new writers")
    print(f"{'format':8} {'size':>9} {'load':>8} {'per digit':>10} {'MNIST same':>11} "
          f"{'max diff':>9} {'pen same':>9} {'max diff':>9}")
    for name, row in result["formats"].items():
        if name == "numpy":
            print(f"{'app':8} {row['bytes'] / 1e6:7.2f}MB {'':>8} "
                  f"{row['seconds_per_digit'] * 1e3:8.3f}ms")
            continue
        print(f"{name:8} {row['bytes'] / 1e6:7.2f}MB {row['load_seconds']:7.2f}s "
              f"{row['seconds_per_digit'] * 1e3:8.3f}ms {row['mnist']['same_top_class']:10.2%} "
              f"{row['mnist']['max_abs_difference']:9.1e} {row['pen']['same_top_class']:8.2%} "
              f"{row['pen']['max_abs_difference']:9.1e}")
    drawn = result["formats"]["html"]["drawn"]
    print(f"page drawn on with the mouse: {drawn['digits']} pen digits, page "
          f"{drawn['page_accuracy']:.2%} vs app {drawn['app_accuracy']:.2%}; network requests: "
          f"{result['formats']['html']['requests']}")


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument("--images", type=int, default=10_000,
                        help="MNIST test images and pen digits to compare on (at most)")
    parser.add_argument("--drawn", type=int, default=300,
                        help="pen digits drawn on the page with the mouse (~1 s each)")
    args = parse_args(parser, images=200, drawn=3)
    result = measure(args.model, args.images, args.drawn)
    if args.json:
        print(json.dumps({"benchmark": "export", "model": str(args.model), **result}))
    else:
        print_table(result, args.model)


if __name__ == "__main__":
    main()
