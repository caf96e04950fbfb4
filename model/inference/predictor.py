"""Predict with a trained MLP in plain numpy, so the GUI never waits for TensorFlow.

A Keras ``predict`` call costs ~30 ms of graph overhead; replaying the few layers an MLP uses as
numpy matrix products costs well under a millisecond for one drawing, and the GUI can start and
read a saved model without importing TensorFlow at all. Saved files and live Keras models go
through the same replay code (:func:`_replay`), so what the GUI shows while a model trains is
exactly what it shows after loading the saved file.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple, Sequence

import numpy as np

from model.errors import ModelFileError
from model.files.modelfile import INPUT_SHAPES, check_model_shape, layer_entries, read_model_file

Op = Callable[[np.ndarray], np.ndarray]
"""One replayed layer: takes a fresh ``(N, features)`` float32 array it may overwrite."""

_PIXELS = 28 * 28
_NORMALIZATION_EPSILON = 1e-7  # keras.backend.epsilon(), the floor of Normalization's std
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_LEAKY_RELU_SLOPE = 0.2  # Keras 3's default negative_slope for the "leaky_relu" activation
_erf = np.frompyfunc(math.erf, 1, 1)


class LayerSummary(NamedTuple):
    """One row of :meth:`Predictor.summary`."""

    name: str
    kind: str
    output_size: int


@dataclass(frozen=True)
class _Layer:
    name: str
    kind: str
    config: dict[str, Any]
    weights: list[np.ndarray]


class _Step(NamedTuple):
    """What replaying one layer gives: its op (None = no arithmetic) and per-sample shape."""

    op: Op | None
    shape: tuple[int, ...]
    softmax: bool = False


# ------------------------------------------------------------------------------ activations


def _linear(x: np.ndarray) -> np.ndarray:
    return x


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0, out=x)


def _tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(x, out=x)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-x) computed as exp(-softplus(-x)), which never overflows."""
    return np.exp(-np.logaddexp(np.float32(0.0), -x))


def _softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over classes, shifted by the row maximum so exp never overflows."""
    x -= x.max(axis=1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=1, keepdims=True)
    return x


def _elu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0.0)))


def _selu(x: np.ndarray) -> np.ndarray:
    negative = np.float32(_SELU_ALPHA) * np.expm1(np.minimum(x, 0.0))
    return np.float32(_SELU_SCALE) * np.where(x > 0, x, negative)


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, x·Φ(x), as Keras' ``gelu`` activation (``approximate=False``) computes it."""
    cdf = _erf(x / np.float32(math.sqrt(2.0))).astype(np.float32)
    return np.float32(0.5) * x * (np.float32(1.0) + cdf)


def _silu(x: np.ndarray) -> np.ndarray:
    return x * _sigmoid(x)


def _leaky_relu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.float32(_LEAKY_RELU_SLOPE) * x)


def _softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(np.float32(0.0), x)


_ACTIVATIONS: dict[str, Op] = {
    "linear": _linear, "relu": _relu, "tanh": _tanh, "sigmoid": _sigmoid, "softmax": _softmax,
    "elu": _elu, "selu": _selu, "gelu": _gelu, "silu": _silu, "swish": _silu,
    "leaky_relu": _leaky_relu, "softplus": _softplus,
}


def _activation(layer: _Layer) -> tuple[str, Op]:
    """The named activation of a Dense or Activation layer (a string or a serialized function)."""
    spec = layer.config.get("activation") or "linear"
    name = spec.get("config") if isinstance(spec, dict) else spec
    if not isinstance(name, str) or name not in _ACTIVATIONS:
        raise ModelFileError(
            f"layer {layer.name!r} uses the activation {spec!r}; DigitLab supports "
            f"{', '.join(sorted(_ACTIVATIONS))}"
        )
    return name, _ACTIVATIONS[name]


# ---------------------------------------------------------------------------- layer replay


def _feature_values(values: Any, shape: tuple[int, ...], keep_axes: Sequence[int]) -> np.ndarray:
    """Per-feature constants laid out like a flattened sample, shape ``(1, prod(shape))``.

    Keras aligns the constants' axes right to left with the kept axes of the input (batch axis
    included) and broadcasts over the rest; doing the same here lets every layer work on flat rows.
    """
    array = np.asarray(values, dtype=np.float32)
    full = (1, *shape)
    if array.ndim > len(keep_axes):
        raise ValueError(f"{array.ndim}-D constants for {len(keep_axes)} feature axes")
    expanded = [1] * len(full)
    for offset in range(1, array.ndim + 1):
        expanded[keep_axes[-offset]] = array.shape[-offset]
    laid_out = np.broadcast_to(array.reshape(expanded), full)
    return np.ascontiguousarray(laid_out.reshape(1, -1))


def _constant(value: Any) -> Any:
    """A number or list from a config, where Keras writes numpy arrays as ``__numpy__`` objects."""
    if isinstance(value, dict) and value.get("class_name") == "__numpy__":
        return value["config"]["value"]
    return value


def _axes(axis: int | Sequence[int] | None, ndim: int) -> tuple[int, ...]:
    """Keras' axis argument as sorted non-negative axes of an ``ndim``-D batch."""
    listed = () if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
    return tuple(sorted(a % ndim for a in listed))


def _flatten(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    return _Step(None, (math.prod(shape),))


def _reshape(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    """Rows are stored flat, so a reshape only changes the shape later layers see."""
    target = [int(size) for size in layer.config["target_shape"]]
    known = math.prod(size for size in target if size != -1)
    resolved = tuple(math.prod(shape) // known if size == -1 else size for size in target)
    if math.prod(resolved) != math.prod(shape):
        raise ValueError(f"cannot reshape {_shape(shape)} to {_shape(resolved)}")
    return _Step(None, resolved)


def _dropout(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    """Dropout only acts while training."""
    return _Step(None, shape)


def _rescaling(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    every_axis = tuple(range(1, len(shape) + 1))
    scale = _feature_values(_constant(layer.config.get("scale", 1.0)), shape, every_axis)
    offset = _feature_values(_constant(layer.config.get("offset", 0.0)), shape, every_axis)

    def rescale(x: np.ndarray) -> np.ndarray:
        x *= scale
        x += offset
        return x

    return _Step(rescale, shape)


def _normalization(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    """Keras' ``(x - mean) / max(sqrt(variance), epsilon)``, or its inverse.

    Mean and variance come from the config when they were given to the constructor, else from
    the layer's weights (``adapt()``: mean, variance, count).
    """
    keep = _axes(layer.config.get("axis", -1), len(shape) + 1)
    if layer.config.get("mean") is not None:
        mean, variance = layer.config["mean"], layer.config["variance"]
    else:
        mean, variance = _expect_weights(layer, 3)[:2]
    mean = _feature_values(mean, shape, keep)
    std = np.maximum(np.sqrt(_feature_values(variance, shape, keep)),
                     np.float32(_NORMALIZATION_EPSILON))

    def standardize(x: np.ndarray) -> np.ndarray:
        x -= mean
        x /= std
        return x

    def destandardize(x: np.ndarray) -> np.ndarray:
        x *= std
        x += mean
        return x

    return _Step(destandardize if layer.config.get("invert") else standardize, shape)


def _batch_normalization(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    """Inference-mode batch norm, with ``tf.nn.batch_normalization``'s order of operations."""
    config = layer.config
    scale, center = config.get("scale", True), config.get("center", True)
    weights = list(_expect_weights(layer, 2 + int(scale) + int(center)))
    gamma = weights.pop(0) if scale else np.float32(1.0)
    beta = weights.pop(0) if center else np.float32(0.0)
    moving_mean, moving_variance = weights
    epsilon = np.float32(config.get("epsilon", 1e-3))
    inverse = np.float32(1.0) / np.sqrt(moving_variance + epsilon) * gamma
    shift = beta - moving_mean * inverse
    keep = _axes(config.get("axis", -1), len(shape) + 1)
    factor, addend = _feature_values(inverse, shape, keep), _feature_values(shift, shape, keep)

    def normalize(x: np.ndarray) -> np.ndarray:
        x *= factor
        x += addend
        return x

    return _Step(normalize, shape)


def _dense(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    use_bias = layer.config.get("use_bias", True)
    weights = _expect_weights(layer, 2 if use_bias else 1)
    kernel = weights[0]
    units = kernel.shape[-1]
    bias = weights[1] if use_bias else np.zeros(units, np.float32)
    if kernel.ndim != 2 or bias.shape != (units,):
        raise ValueError(f"expected a 2-D kernel and a bias of {units}, found shapes "
                         f"{kernel.shape} and {bias.shape}")
    if len(shape) != 1 or shape[0] != kernel.shape[0]:
        raise ValueError(f"its kernel takes {kernel.shape[0]} features but it receives inputs "
                         f"of shape {_shape(shape)}")
    name, activation = _activation(layer)

    def dense(x: np.ndarray) -> np.ndarray:
        y = x @ kernel
        y += bias
        return activation(y)

    return _Step(dense, (units,), softmax=name == "softmax")


def _activation_layer(layer: _Layer, shape: tuple[int, ...]) -> _Step:
    name, activation = _activation(layer)
    if name == "softmax" and len(shape) != 1:
        raise ValueError(f"softmax over the last axis of {_shape(shape)} inputs is not supported")
    return _Step(activation, shape, softmax=name == "softmax")


_BUILDERS: dict[str, Callable[[_Layer, tuple[int, ...]], _Step]] = {
    "Activation": _activation_layer,
    "BatchNormalization": _batch_normalization,
    "Dense": _dense,
    "Dropout": _dropout,
    "Flatten": _flatten,
    "Normalization": _normalization,
    "Reshape": _reshape,
    "Rescaling": _rescaling,
}
SUPPORTED_LAYERS = ("InputLayer", *sorted(_BUILDERS))


def _expect_weights(layer: _Layer, count: int) -> list[np.ndarray]:
    if len(layer.weights) != count:
        raise ValueError(f"expected {count} weight arrays, found {len(layer.weights)}")
    return layer.weights


def _shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(size) for size in shape)


# ----------------------------------------------------------------------------- model graph


@dataclass(frozen=True)
class _Network:
    ops: tuple[Op, ...]
    summary: tuple[LayerSummary, ...]
    input_shape: tuple[int, ...]
    output_units: int


def _replay(config: dict[str, Any], weights: Mapping[str, Sequence[np.ndarray]],
            source: object) -> _Network:
    """Turn a Keras model config and per-layer weights into numpy ops, layer by layer."""
    entries = _chain(config, source)
    input_shape = _input_shape(config, entries, source)
    has_input_layer = entries[0].get("class_name") == "InputLayer"
    input_name = _entry_name(entries[0]) if has_input_layer else "input"
    summary = [LayerSummary(input_name, "InputLayer", math.prod(input_shape))]
    shape, ops, softmax = input_shape, [], False
    for entry in entries[1:] if has_input_layer else entries:
        layer = _Layer(
            name=_entry_name(entry),
            kind=str(entry.get("class_name")),
            config=entry.get("config") or {},
            weights=[np.ascontiguousarray(w, dtype=np.float32) for w in weights.get(
                _entry_name(entry), [])],
        )
        step = _build(layer, shape, source)
        shape = step.shape
        # A layer without arithmetic (Dropout, Flatten) keeps probabilities probabilities.
        softmax = step.softmax or (softmax and step.op is None)
        if step.op is not None:
            ops.append(step.op)
        summary.append(LayerSummary(layer.name, layer.kind, math.prod(shape)))
    if len(shape) != 1:
        raise ModelFileError(f"{source} ends with outputs of shape {_shape(shape)}; "
                             "expected one score per class")
    if not softmax:
        ops.append(_softmax)  # the model outputs logits; the GUI shows probabilities
    return _Network(tuple(ops), tuple(summary), input_shape, shape[0])


def _build(layer: _Layer, shape: tuple[int, ...], source: object) -> _Step:
    builder = _BUILDERS.get(layer.kind)
    if builder is None:
        raise ModelFileError(
            f"{source}: layer {layer.name!r} is a {layer.kind}, which DigitLab cannot run; "
            f"supported layers: {', '.join(SUPPORTED_LAYERS)}"
        )
    try:
        return builder(layer, shape)
    except ModelFileError as exc:
        raise ModelFileError(f"{source}: {exc}") from exc
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ModelFileError(f"{source}: layer {layer.name!r} ({layer.kind}) cannot be "
                             f"replayed: {exc}") from exc


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
    for previous, entry in zip(entries, entries[1:]):
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
        # Through JSON, so the live config has exactly the lists and numbers a saved file has.
        config = json.loads(json.dumps({"class_name": type(model).__name__,
                                        "config": model.get_config()}))
        weights = {layer.name: layer.get_weights() for layer in model.layers}
        return cls._create(config, weights, metadata or {}, class_names, None, expected_classes,
                           source=f"the model {model.name!r}")

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

        Pixels are float in [0, 1], ink = 1; flat ``(N, 784)`` rows are accepted too.
        """
        x = _as_rows(images)
        for op in self._network.ops:
            x = op(x)
        return x

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
    def path(self) -> Path | None:
        """The file it was loaded from; None for a snapshot of a live model."""
        return self._path

    def summary(self) -> list[LayerSummary]:
        """``(layer name, kind, output size)`` per layer, input first."""
        return list(self._network.summary)


def _as_rows(images: np.ndarray) -> np.ndarray:
    """A private float32 ``(N, 784)`` copy, which the ops are then free to overwrite."""
    x = np.array(images, dtype=np.float32)
    if x.shape in INPUT_SHAPES or x.shape[1:] in INPUT_SHAPES:
        return x.reshape(-1, _PIXELS)
    raise ValueError(f"expected images of shape (N, 28, 28) or (28, 28), got {x.shape}")


def _class_names(names: Sequence[str] | None, count: int, source: object) -> tuple[str, ...]:
    """Names from the metadata, else the digits for a 10-class model, else "class i"."""
    if names is None:
        return tuple(str(i) if count == 10 else f"class {i}" for i in range(count))
    if len(names) != count:
        raise ModelFileError(f"{source} has {count} outputs but {len(names)} class names "
                             f"({', '.join(map(str, names))}); expected one name per output")
    return tuple(str(name) for name in names)
