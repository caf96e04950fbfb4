"""Latency of reading one drawing: ``canvas_to_mnist`` + numpy ``predict_proba``, beside Keras.

Every path classifies the same rendered pen digit with the same model in the same run:
DigitLab's pipeline (preprocessing + numpy forward pass), Keras ``model.predict`` and Keras
``model(x)`` (each on the already-preprocessed 28×28). Prints p50/p99 in milliseconds.

    python bench/predict_latency.py [--model FILE] [--repeats N] [--json] [--quick]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

# As in the app (gui/app.py): one drawing is a matrix-vector product, and waking BLAS threads on
# a busy machine costs more than it saves. Set before numpy loads, so the imports come after it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from common import bench_parser, parse_args

from model.data.drawn_digits import pen_digits
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH, fit_strokes, render_strokes
from model.files.keras_io import load_keras_model
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.resources import bundled_model_path


def percentiles_ms(call, repeats: int, warmup: int = 20) -> dict[str, float]:
    """p50/p99/mean of ``call()`` in milliseconds, after a warm-up."""
    for _ in range(warmup):
        call()
    times = np.empty(repeats)
    for index in range(repeats):
        started = time.perf_counter()
        call()
        times[index] = time.perf_counter() - started
    times *= 1000
    return {"p50_ms": float(np.percentile(times, 50)), "p99_ms": float(np.percentile(times, 99)),
            "mean_ms": float(times.mean())}


def sample_drawing() -> np.ndarray:
    digit = pen_digits()[0]
    box = (40.0, 40.0, 200.0, 200.0)
    return render_strokes(fit_strokes(digit.strokes, box), (CANVAS_SIZE, CANVAS_SIZE), PEN_WIDTH)


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    parser.add_argument("--repeats", type=int, default=2000)
    args = parse_args(parser, repeats=20)

    drawing = sample_drawing()
    predictor = Predictor.load(args.model)
    image = canvas_to_mnist(drawing)[None]
    keras()
    keras_model, _ = load_keras_model(args.model)
    slow = max(50, args.repeats // 10)
    rows = {
        "canvas_to_mnist": percentiles_ms(lambda: canvas_to_mnist(drawing), args.repeats),
        "predict_proba (numpy)": percentiles_ms(lambda: predictor.predict_proba(image),
                                                args.repeats),
        "canvas_to_mnist + predict_proba": percentiles_ms(
            lambda: predictor.predict_proba(canvas_to_mnist(drawing)[None]), args.repeats),
        "keras model(x)": percentiles_ms(lambda: keras_model(image, training=False), slow),
        "keras model.predict": percentiles_ms(
            lambda: keras_model.predict(image, verbose=0), slow),
    }
    if args.json:
        print(json.dumps({"benchmark": "predict_latency", "model": str(args.model), **rows}))
        return 0
    print(f"One drawing ({CANVAS_SIZE}×{CANVAS_SIZE}) → probabilities, model {args.model.name}")
    print(f"{'path':<34}{'p50 ms':>9}{'p99 ms':>9}")
    for name, row in rows.items():
        print(f"{name:<34}{row['p50_ms']:>9.3f}{row['p99_ms']:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
