"""Predict with a trained MLP in plain numpy, so the GUI never waits for TensorFlow.

A Keras ``predict`` call costs ~30 ms of graph overhead; replaying the few layers an MLP uses as
numpy matrix products costs well under a millisecond for one drawing, and the GUI can start and
read a saved model without importing TensorFlow at all. Saved files and live Keras models go
through the same replay code (:func:`_replay`), so what the GUI shows while a model trains is
exactly what it shows after loading the saved file.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from model.errors import ModelFileError
from model.files.reading import INPUT_SHAPES, check_model_shape, layer_entries, read_model_file
from model.image_size import IMAGE_SIDE
from model.inference.activations import Op
from model.inference.layers import SOFTMAX, Layer, Replayed, build_step, shape_text

# ----------------------------------------------------------------------------- model graph


@dataclass(frozen=True)
class _Network:
    layers: tuple[Replayed, ...]
    input_shape: tuple[int, ...]
    output_units: int

    @cached_property
    def ops(self) -> tuple[Op, ...]:
        """Every stage's operation in order, flat: the per-drawing fast path."""
        return tuple(stage.op for replayed in self.layers for stage in replayed.step.stages)


def _replay(config: dict[str, Any], weights: Mapping[str, Sequence[np.ndarray]],
            source: object) -> _Network:
    """Turn a Keras model config and per-layer weights into numpy ops, layer by layer."""
    entries = _chain(config, source)
    input_shape = _input_shape(config, entries, source)
    has_input_layer = entries[0].get("class_name") == "InputLayer"
    shape, layers, ends_in_softmax = input_shape, [], False
    for entry in entries[1:] if has_input_layer else entries:
        layer = Layer(
            name=_entry_name(entry),
            kind=str(entry.get("class_name")),
            config=entry.get("config") or {},
            weights=[np.ascontiguousarray(w, dtype=np.float32) for w in weights.get(
                _entry_name(entry), [])],
        )
        step = build_step(layer, shape, source)
        shape = step.shape
        # A layer without arithmetic (Dropout, Flatten) keeps probabilities probabilities.
        ends_in_softmax = step.softmax or (ends_in_softmax and not step.stages)
        if step.stages:
            layers.append(Replayed(layer, step))
    if len(shape) != 1:
        raise ModelFileError(f"{source} ends with outputs of shape {shape_text(shape)}; "
                             "expected one score per class")
    if not ends_in_softmax:  # the model outputs logits; the GUI shows probabilities
        layers.append(Replayed(SOFTMAX, build_step(SOFTMAX, shape, source)))
    return _Network(tuple(layers), input_shape, shape[0])


def _entry_name(entry: dict[str, Any]) -> str:
    return str((entry.get("config") or {}).get("name", entry.get("name", "?")))


def _chain(config: dict[str, Any], source: object) -> list[dict[str, Any]]:
    """The layers in order, for a Sequential model or a Functional model that is one chain."""
    kind = config.get("class_name")
    entries = layer_entries(config, source)
    if not entries:
        raise ModelFileError(f"{source}: expected a model with layers, found none")
    if kind == "Sequential":
        return entries
    if kind not in ("Functional", "Model"):
        raise ModelFileError(f"{source} is a {kind} model; DigitLab replays Sequential models "
                             "and Functional models that are a single chain of layers")
    for previous, entry in itertools.pairwise(entries):
        nodes = entry.get("inbound_nodes") or []
        if len(nodes) != 1 or _tensor_sources(nodes[0]) != [previous.get("name")]:
            raise ModelFileError(
                f"{source}: layer {entry.get('name')!r} does not simply follow "
                f"{previous.get('name')!r}; DigitLab replays only single-chain models"
            )
    if _tensor_sources(config["config"].get("output_layers")) != [entries[-1].get("name")]:
        raise ModelFileError(f"{source}: expected the last layer {entries[-1].get('name')!r} "
                             "to be the only output")
    return entries


def _tensor_sources(node: Any) -> list[str]:
    """Names of the layers feeding a node, in the Keras 3 (``keras_history``) or Keras 2 format.

    Keras 2 writes ``[[name, node_index, tensor_index, kwargs]]``, Keras 3 nests
    ``{"keras_history": [name, node_index, tensor_index]}`` inside serialized tensors.
    """
    if isinstance(node, dict):
        if "keras_history" in node:
            return [node["keras_history"][0]]
        return [name for value in node.values() for name in _tensor_sources(value)]
    if isinstance(node, list):
        if node and isinstance(node[0], str):
            return [node[0]]
        return [name for value in node for name in _tensor_sources(value)]
    return []


def _input_shape(config: dict[str, Any], entries: list[dict[str, Any]],
                 source: object) -> tuple[int, ...]:
    """Per-sample input shape, from the InputLayer or the model's build shape."""
    first = entries[0].get("config") or {}
    batch_shape = (first.get("batch_shape") or first.get("batch_input_shape")
                   or config["config"].get("build_input_shape"))
    if not isinstance(batch_shape, list) or len(batch_shape) < 2 or None in batch_shape[1:]:
        raise ModelFileError(f"{source}: expected a fixed input shape such as 28×28, found "
                             f"{batch_shape!r}")
    return tuple(int(size) for size in batch_shape[1:])


# ------------------------------------------------------------------------------- predictor


class Predictor:
    """A read-only numpy copy of a Keras MLP: probabilities for 28×28 images in microseconds.

    Build one with :meth:`load` (a saved file, no TensorFlow) or :meth:`from_keras` (a snapshot
    of a live model). Predictions never modify the Predictor, so any thread may call them.
    """

    def __init__(self, network: _Network, class_names: Sequence[str] | None,
                 metadata: dict[str, Any], path: Path | None, source: object) -> None:
        self._network = network
        self._metadata = dict(metadata)
        self._path = path
        names = class_names if class_names is not None else metadata.get("class_names")
        self._class_names = _class_names(names, network.output_units, source)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *,
             expected_classes: int | None = None) -> Predictor:
        """Read a ``.keras`` or legacy ``.h5`` model file without importing TensorFlow."""
        path = Path(path)
        contents = read_model_file(path)
        return cls._create(contents.config, contents.weights, contents.metadata, None, path,
                           expected_classes, source=path)

    @classmethod
    def from_keras(cls, model: Any, class_names: Sequence[str] | None = None,
                   metadata: dict[str, Any] | None = None, *,
                   expected_classes: int | None = None) -> Predictor:
        """Snapshot a live Keras model, e.g. after each epoch, so the GUI predicts while it trains.

        Call it on the thread that owns ``model`` (weights are read with ``get_weights``); the
        snapshot is independent of later training.
        """
        config, weights = keras_config_and_weights(model)
        return cls.from_config(config, weights, class_names, metadata,
                               expected_classes=expected_classes,
                               source=f"the model {model.name!r}")

    @classmethod
    def from_config(cls, config: dict[str, Any], weights: Mapping[str, Sequence[np.ndarray]],
                    class_names: Sequence[str] | None = None,
                    metadata: dict[str, Any] | None = None, *,
                    expected_classes: int | None = None,
                    source: object = "the model config") -> Predictor:
        """A model given as what :func:`keras_config_and_weights` returns: how weights trained
        in another process (a picklable config and arrays) become a Predictor here."""
        return cls._create(config, weights, metadata or {}, class_names, None, expected_classes,
                           source=source)

    @classmethod
    def _create(cls, config: dict[str, Any], weights: Mapping[str, Sequence[np.ndarray]],
                metadata: dict[str, Any], class_names: Sequence[str] | None, path: Path | None,
                expected_classes: int | None, *, source: object) -> Predictor:
        network = _replay(config, weights, source)
        check_model_shape(network.input_shape, network.output_units, expected_classes,
                          source=source)
        return cls(network, class_names, metadata, path, source)

    def predict_proba(self, images: np.ndarray) -> np.ndarray:
        """Class probabilities ``(N, num_classes)`` for ``(N, 28, 28)`` or one ``(28, 28)`` image.

        Pixels are float in [0, 1], ink = 1; flat ``(N, 784)`` rows are accepted too. Anything
        else raises :class:`ValueError` rather than being guessed at: NaN or infinity would come
        out as NaN probabilities read as class 0, and integer images are refused, not scaled,
        because 0–255 and 0/1 pixels are both common and nothing in the array says which it is
        (``model.image_size.to_unit_float`` converts 0–255 images).
        """
        x = _as_rows(images)
        for op in self._network.ops:
            x = op(x)
        return x

    def stage_values(self, images: np.ndarray) -> list[np.ndarray]:
        """The input rows and every stage's output in order, the last being the probabilities:
        :meth:`predict_proba`'s one forward pass, keeping what it overwrites, for looking inside
        the network (:mod:`model.inference.insight`). Takes the same images."""
        values = [_as_rows(images)]
        for op in self._network.ops:
            values.append(op(values[-1].copy()))
        return values

    def predict(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(labels, probabilities)``: the most likely class index per image and all scores."""
        probabilities = self.predict_proba(images)
        return probabilities.argmax(axis=1), probabilities

    @property
    def class_names(self) -> tuple[str, ...]:
        return self._class_names

    @property
    def num_classes(self) -> int:
        return self._network.output_units

    @property
    def metadata(self) -> dict[str, Any]:
        """DigitLab metadata (a copy: a Predictor never changes)."""
        return dict(self._metadata)

    @property
    def layers(self) -> tuple[Replayed, ...]:
        """The layers that compute something, in order, as numpy stages with their gradients;
        the last one ends in a softmax (added when the model ends in logits). For looking inside
        the network (:mod:`model.inference.insight`); their arrays must not be modified."""
        return self._network.layers

    @property
    def path(self) -> Path | None:
        """The file it was loaded from; None for a snapshot of a live model."""
        return self._path


def keras_config_and_weights(model: Any) -> tuple[dict[str, Any], dict[str, list[np.ndarray]]]:
    """A live Keras model's config and each layer's weights by name, read on the thread that owns
    it. The config goes through JSON, so it has exactly the lists and numbers a saved file has."""
    config = json.loads(json.dumps({"class_name": type(model).__name__,
                                    "config": model.get_config()}))
    return config, {layer.name: layer.get_weights() for layer in model.layers}


def _as_rows(images: np.ndarray) -> np.ndarray:
    """A private float32 ``(N, 784)`` copy, which the ops are then free to overwrite."""
    given = np.asarray(images)
    if given.dtype.kind != "f":
        raise ValueError(f"expected float pixels in [0, 1], got a {given.dtype} array; divide "
                         "0–255 images by 255 first")
    if not (given.shape in INPUT_SHAPES or given.shape[1:] in INPUT_SHAPES):
        raise ValueError(f"expected images of shape (N, 28, 28) or (28, 28), got {given.shape}")
    _check_pixel_range(given)
    return np.array(given, dtype=np.float32).reshape(-1, IMAGE_SIDE ** 2)


def _check_pixel_range(x: np.ndarray) -> None:
    """Refuse pixels outside [0, 1]: two reductions, far cheaper than the first matrix product."""
    if x.size == 0:
        return
    low, high = float(x.min()), float(x.max())
    if low >= 0.0 and high <= 1.0:  # False for NaN, which min and max propagate
        return
    if not np.isfinite(x).all():
        found = ", ".join(name for name, present in (("NaN", np.isnan(x).any()),
                                                     ("infinity", np.isinf(x).any())) if present)
        raise ValueError(f"expected finite pixels in [0, 1], found {found}")
    raise ValueError(f"expected pixels in [0, 1], found values from {low:g} to {high:g}")


def _class_names(names: Sequence[str] | None, count: int, source: object) -> tuple[str, ...]:
    """Names from the metadata, else the digits for a 10-class model, else "class i"."""
    if names is None:
        return tuple(str(i) if count == 10 else f"class {i}" for i in range(count))
    if len(names) != count:
        raise ModelFileError(f"{source} has {count} outputs but {len(names)} class names "
                             f"({', '.join(map(str, names))}); expected one name per output")
    return tuple(str(name) for name in names)
