"""The layers the numpy predictor can replay: each Keras layer kind becomes numpy operations.

A Keras layer's config and weights go in; out come its stages, functions on ``(N, features)``
float32 rows that match Keras to ~1e-6 (tests compare them on every kind and activation), each
with its vector-Jacobian product, so the same replay that predicts can also say which inputs
moved an answer (:mod:`model.inference.insight`). A Dense layer is two stages, the weighted sum
and the activation, because its weighted sums (a softmax's logits) are worth looking at too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from model.errors import ModelFileError
from model.inference.activations import ACTIVATION_OPS, ACTIVATION_VJPS, Op, Vjp

_NORMALIZATION_EPSILON = 1e-7  # keras.backend.epsilon(), the floor of Normalization's std


@dataclass(frozen=True)
class Layer:
    name: str
    kind: str
    config: dict[str, Any]
    weights: list[np.ndarray]


class Formula(NamedTuple):
    """What a stage computes, as constants another runtime can rebuild it from (model.export).

    ``kind`` is one of ``"standardize"`` (``(x - a) / b``), ``"scale"`` (``x * a + b``),
    ``"dense"`` (``x @ a + b``) or ``"activation"`` (the activation ``name``); per-feature
    constants are ``(1, features)`` rows laid out like a flattened sample.
    """

    kind: str
    a: np.ndarray | None = None
    b: np.ndarray | None = None
    name: str = ""


class Stage(NamedTuple):
    """One operation of a replayed layer, its vector-Jacobian product and what it computes."""

    op: Op
    vjp: Vjp
    formula: Formula


class Step(NamedTuple):
    """What replaying one layer gives: its stages in order (none for a layer without arithmetic,
    such as Flatten or Dropout) and its per-sample output shape."""

    stages: tuple[Stage, ...]
    shape: tuple[int, ...]
    softmax: bool = False


class Replayed(NamedTuple):
    """A layer as the predictor runs it: what the model file says, and how it is computed."""

    layer: Layer
    step: Step


def _scaling(op: Op, factor: np.ndarray, formula: Formula) -> Stage:
    """A per-feature affine ``op`` whose slope is ``factor``: gradients are scaled by it."""
    return Stage(op, lambda x, y, g: g * factor, formula)


def _activation_stages(name: str) -> tuple[Stage, ...]:
    """The stage of a named activation; none for "linear", which changes nothing."""
    if name == "linear":
        return ()
    return (Stage(ACTIVATION_OPS[name], ACTIVATION_VJPS[name], Formula("activation", name=name)),)


def _activation(layer: Layer) -> str:
    """The named activation of a Dense or Activation layer (a string or a serialized function)."""
    spec = layer.config.get("activation") or "linear"
    name = spec.get("config") if isinstance(spec, dict) else spec
    if not isinstance(name, str) or name not in ACTIVATION_OPS:
        raise ModelFileError(
            f"layer {layer.name!r} uses the activation {spec!r}; DigitLab supports "
            f"{', '.join(sorted(ACTIVATION_OPS))}"
        )
    return name


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


def _flatten(layer: Layer, shape: tuple[int, ...]) -> Step:
    return Step((), (math.prod(shape),))


def _reshape(layer: Layer, shape: tuple[int, ...]) -> Step:
    """Rows are stored flat, so a reshape only changes the shape later layers see."""
    target = [int(size) for size in layer.config["target_shape"]]
    known = math.prod(size for size in target if size != -1)
    resolved = tuple(math.prod(shape) // known if size == -1 else size for size in target)
    if math.prod(resolved) != math.prod(shape):
        raise ValueError(f"cannot reshape {shape_text(shape)} to {shape_text(resolved)}")
    return Step((), resolved)


def _dropout(layer: Layer, shape: tuple[int, ...]) -> Step:
    """Dropout only acts while training."""
    return Step((), shape)


def _rescaling(layer: Layer, shape: tuple[int, ...]) -> Step:
    every_axis = tuple(range(1, len(shape) + 1))
    scale = _feature_values(_constant(layer.config.get("scale", 1.0)), shape, every_axis)
    offset = _feature_values(_constant(layer.config.get("offset", 0.0)), shape, every_axis)

    def rescale(x: np.ndarray) -> np.ndarray:
        x *= scale
        x += offset
        return x

    return Step((_scaling(rescale, scale, Formula("scale", scale, offset)),), shape)


def _normalization(layer: Layer, shape: tuple[int, ...]) -> Step:
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

    if layer.config.get("invert"):
        return Step((_scaling(destandardize, std, Formula("scale", std, mean)),), shape)
    return Step((_scaling(standardize, np.float32(1.0) / std, Formula("standardize", mean, std)),),
                shape)


def _batch_normalization(layer: Layer, shape: tuple[int, ...]) -> Step:
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

    return Step((_scaling(normalize, factor, Formula("scale", factor, addend)),), shape)


def _dense(layer: Layer, shape: tuple[int, ...]) -> Step:
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
                         f"of shape {shape_text(shape)}")
    name = _activation(layer)

    def weighted_sum(x: np.ndarray) -> np.ndarray:
        y = x @ kernel
        y += bias
        return y

    stages = (Stage(weighted_sum, lambda x, y, g: g @ kernel.T, Formula("dense", kernel, bias)),
              *_activation_stages(name))
    return Step(stages, (units,), softmax=name == "softmax")


def _activation_layer(layer: Layer, shape: tuple[int, ...]) -> Step:
    name = _activation(layer)
    if name == "softmax" and len(shape) != 1:
        raise ValueError(f"softmax over the last axis of {shape_text(shape)} inputs "
                         "is not supported")
    return Step(_activation_stages(name), shape, softmax=name == "softmax")


_BUILDERS: dict[str, Callable[[Layer, tuple[int, ...]], Step]] = {
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


def _expect_weights(layer: Layer, count: int) -> list[np.ndarray]:
    if len(layer.weights) != count:
        raise ValueError(f"expected {count} weight arrays, found {len(layer.weights)}")
    return layer.weights


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(size) for size in shape)


SOFTMAX = Layer("softmax", "Activation", {"activation": "softmax"}, [])
"""The layer the predictor adds to a model that ends in logits."""


def build_step(layer: Layer, shape: tuple[int, ...], source: object) -> Step:
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
