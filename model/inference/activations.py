"""Keras' activation functions in numpy, each with its derivative for looking inside the network.

The forward functions take a fresh ``(N, features)`` float32 array they may overwrite (the
predictor's fast path). Each derivative is a vector-Jacobian product ``(x, y, g) → g·∂y/∂x`` of
the same activation, given its input ``x``, its output ``y`` and the gradient ``g`` of some score
with respect to ``y``: what :mod:`model.inference.insight` chains backwards through the layers
to find which pixels push a class up or down. Tests compare both with Keras and TensorFlow.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

Op = Callable[[np.ndarray], np.ndarray]
"""One replayed operation: takes a fresh ``(N, features)`` float32 array it may overwrite."""
Vjp = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
"""``(input, output, gradient of the output) → gradient of the input`` of one operation."""

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_LEAKY_RELU_SLOPE = 0.2  # Keras 3's default negative_slope for the "leaky_relu" activation
_erf = np.frompyfunc(math.erf, 1, 1)


def _linear(x: np.ndarray) -> np.ndarray:
    return x


def _relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0.0, out=x)


def _tanh(x: np.ndarray) -> np.ndarray:
    return np.tanh(x, out=x)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-x) computed as exp(-softplus(-x)), which never overflows."""
    return np.exp(-np.logaddexp(np.float32(0.0), -x))


def softmax(x: np.ndarray) -> np.ndarray:
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


def _normal_cdf(x: np.ndarray) -> np.ndarray:
    return np.float32(0.5) * (np.float32(1.0) + _erf(x / np.float32(math.sqrt(2.0)))
                              .astype(np.float32))


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, x·Φ(x), as Keras' ``gelu`` activation (``approximate=False``) computes it."""
    return x * _normal_cdf(x)


def _silu(x: np.ndarray) -> np.ndarray:
    return x * _sigmoid(x)


def _leaky_relu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.float32(_LEAKY_RELU_SLOPE) * x)


def _softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(np.float32(0.0), x)


ACTIVATION_OPS: dict[str, Op] = {
    "linear": _linear, "relu": _relu, "tanh": _tanh, "sigmoid": _sigmoid, "softmax": softmax,
    "elu": _elu, "selu": _selu, "gelu": _gelu, "silu": _silu, "swish": _silu,
    "leaky_relu": _leaky_relu, "softplus": _softplus,
}


# ------------------------------------------------------------------------------ derivatives
# Slopes are written in terms of the output where that is exact (tanh' = 1 - y²), which saves
# recomputing exponentials. At x = 0 each takes the side TensorFlow's gradient takes: ReLU's and
# leaky ReLU's left slope, ELU's and SELU's right one.


def _slope(slope: Callable[[np.ndarray, np.ndarray], np.ndarray]) -> Vjp:
    """The product for an element-wise activation whose derivative is ``slope(x, y)``."""
    return lambda x, y, g: g * slope(x, y)


def _softmax_vjp(x: np.ndarray, y: np.ndarray, g: np.ndarray) -> np.ndarray:
    """Softmax's Jacobian is diag(y) - y yᵀ, so g·J = y (g - g·y)."""
    return y * (g - (g * y).sum(axis=-1, keepdims=True))


def _gelu_slope(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    density = np.exp(np.float32(-0.5) * x * x) * np.float32(1.0 / math.sqrt(2.0 * math.pi))
    return _normal_cdf(x) + x * density


def _silu_slope(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    s = _sigmoid(x)
    return s * (np.float32(1.0) + x * (np.float32(1.0) - s))


ACTIVATION_VJPS: dict[str, Vjp] = {
    "linear": lambda x, y, g: g,
    "relu": _slope(lambda x, y: x > 0),
    "tanh": _slope(lambda x, y: np.float32(1.0) - y * y),
    "sigmoid": _slope(lambda x, y: y * (np.float32(1.0) - y)),
    "softmax": _softmax_vjp,
    "elu": _slope(lambda x, y: np.where(y < 0, y + np.float32(1.0), np.float32(1.0))),
    "selu": _slope(lambda x, y: np.where(y < 0, y + np.float32(_SELU_SCALE * _SELU_ALPHA),
                                         np.float32(_SELU_SCALE))),
    "gelu": _slope(_gelu_slope),
    "silu": _slope(_silu_slope),
    "swish": _slope(_silu_slope),
    "leaky_relu": _slope(lambda x, y: np.where(x > 0, np.float32(1.0),
                                               np.float32(_LEAKY_RELU_SLOPE))),
    "softplus": _slope(lambda x, y: _sigmoid(x)),
}
