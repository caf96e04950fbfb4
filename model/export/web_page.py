"""A one-file web page that reads digits drawn on it: the network, DigitLab's preprocessing and
the drawing canvas in one ``.html``, with no network access at all (a Content-Security-Policy
forbids it), so it works from ``file://`` and from any static host, on a phone too.

The page's JavaScript is ``resources/export/web_page.html``; this module fills in the model.
Large dense kernels are quantised per output unit to int16 steps of std/512 and deflated (high
bytes, then low bytes: the high bytes compress well), which keeps the default 768-768 model
under 2.5 MB with answers within 2e-3 of the app's; everything else stays float32. Element ids
and the ``window.digitlab`` API are documented in the README (Share your model).
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from model.atomic_files import written_atomically
from model.drawing.preprocess import BOX, INK_THRESHOLD
from model.drawing.strokes import PEN_WIDTH
from model.export.network import ExportNetwork, run_formulas
from model.inference.layers import Formula
from model.resources import resource_path

STEPS_PER_STD = 512
"""A kernel's quantisation step is its output unit's weight std / 512: measured on the default
model, 256 gives answers up to 2.8e-3 from the app's, 512 up to 1.1e-3, for 5 % more bytes."""
QUANTISE_FROM = 2**16
"""Kernels of fewer weights stay float32: they add little to the page, and a small network's
few weights each weigh more in its answers (quantised, a 784-24-10 net was off by 4.6e-3)."""
_INT16_MAX = 32767
_MODEL_SLOT = "__DIGITLAB_MODEL__"
_MODEL_JSON = re.compile(r'<script type="application/json" id="model">(.*?)</script>', re.S)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _floats(array: np.ndarray) -> str:
    return _b64(np.ascontiguousarray(array, "<f4").tobytes())


def _unfloats(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), "<f4")


def quantised(kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(steps, step)``: int16 steps and the float32 step of each output unit (column)."""
    std = kernel.std(axis=0)
    peak = np.abs(kernel).max(axis=0)
    step = np.maximum(std / STEPS_PER_STD, peak / _INT16_MAX).astype(np.float32)
    step[step == 0] = 1.0  # a unit whose weights are all 0
    return np.round(kernel / step).astype(np.int16), step


def _stage(formula: Formula) -> dict[str, Any]:
    if formula.kind == "dense" and formula.a.size >= QUANTISE_FROM:
        steps, step = quantised(formula.a)
        planes = steps.astype(">i2").view(np.uint8).reshape(-1, 2).T.tobytes()
        return {"kind": "dense", "kernel": _b64(zlib.compress(planes, 9)), "step": _floats(step),
                "bias": _floats(formula.b)}
    if formula.kind == "dense":
        return {"kind": "dense", "weights": _floats(formula.a), "bias": _floats(formula.b)}
    if formula.kind == "activation":
        return {"kind": "activation", "name": formula.name}
    return {"kind": formula.kind, "a": _floats(formula.a), "b": _floats(formula.b)}


def page_html(network: ExportNetwork) -> str:
    """The page for ``network``."""
    model = {**network.description, "stages": [_stage(f) for f in network.formulas]}
    text = json.dumps(model).replace("<", "\\u003c")
    template = resource_path("export", "web_page.html").read_text(encoding="utf-8")
    constants = {"__PEN_WIDTH__": PEN_WIDTH, "__INK_THRESHOLD__": INK_THRESHOLD, "__BOX__": BOX}
    for slot, value in constants.items():
        template = template.replace(slot, repr(value))
    return template.replace(_MODEL_SLOT, text)


def write(network: ExportNetwork, out: Path) -> list[Path]:
    """Write ``out`` atomically; the files written."""
    html = page_html(network).encode("utf-8")
    with written_atomically(out) as temp:
        temp.write_bytes(html)
    return [out]


def _read_stage(stage: dict[str, Any]) -> Formula:
    if stage["kind"] == "dense" and "weights" in stage:
        bias = _unfloats(stage["bias"])
        return Formula("dense", _unfloats(stage["weights"]).reshape(-1, len(bias)), bias)
    if stage["kind"] == "dense":
        bias, step = _unfloats(stage["bias"]), _unfloats(stage["step"])
        planes = np.frombuffer(zlib.decompress(base64.b64decode(stage["kernel"])), np.uint8)
        steps = planes.reshape(2, -1).T.copy().view(">i2").reshape(-1, len(bias))
        return Formula("dense", steps.astype(np.float32) * step, bias)
    if stage["kind"] == "activation":
        return Formula("activation", name=stage["name"])
    return Formula(stage["kind"], _unfloats(stage["a"]), _unfloats(stage["b"]))


def read(out: Path) -> Callable[[np.ndarray], np.ndarray]:
    """The page's network read back (dequantised as the page does) and run in numpy."""
    found = _MODEL_JSON.search(out.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{out}: expected a DigitLab page with its model inside, found none")
    formulas = [_read_stage(stage) for stage in json.loads(found.group(1))["stages"]]
    return lambda images: run_formulas(formulas, images)
