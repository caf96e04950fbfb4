"""Look inside an MLP reading one image: what each layer computes and which pixels moved the answer.

Everything comes from the :class:`~model.inference.predictor.Predictor`'s replayed layers, in
numpy, so the window can show it live under the pen without TensorFlow: one forward pass keeps
every stage's input and output (:meth:`Predictor.stage_values`), and gradients are exact
vector-Jacobian products chained backwards through the same stages (tests compare them with
TensorFlow's). Dropout is inactive here, as it is when the network predicts.

Class *scores* are the logits, the values the final softmax turns into probabilities: a pixel's
effect on a score is linear-ish and adds up, where its effect on a probability saturates near
100% and hides what the network saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from model.image_size import IMAGE_SIDE
from model.inference.answers import outputs_are_numbers

if TYPE_CHECKING:  # only names: the window imports this module before any model file is read
    from model.inference.layers import Stage
    from model.inference.predictor import Predictor



@dataclass(frozen=True)
class HiddenLayer:
    """One hidden Dense layer's outputs for the image: one value per unit."""

    name: str
    values: np.ndarray

    def strongest(self, count: int) -> np.ndarray:
        """The indices of the ``count`` units with the highest values, highest first."""
        count = min(count, self.values.size)
        top = np.argpartition(-self.values, count - 1)[:count]
        return top[np.argsort(-self.values[top], kind="stable")]


def first_layer_weights(predictor: Predictor) -> tuple[str, np.ndarray] | None:
    """The first Dense layer's name and weights as one 28×28 image per unit ``(units, 28, 28)``
    (a read-only view), or None when that layer does not read the 784 pixels directly."""
    for replayed in predictor.layers:
        if replayed.layer.kind == "Dense":
            kernel = replayed.layer.weights[0]
            if kernel.shape[0] != IMAGE_SIDE * IMAGE_SIDE:
                return None
            images = kernel.T.reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
            images.flags.writeable = False
            return replayed.layer.name, images
    return None


class Trace:
    """One image's pass through a predictor: every hidden layer's values, the class scores and
    probabilities, and on request the gradients that explain them.

    ``image`` is one ``(28, 28)`` float image in [0, 1], as :meth:`Predictor.predict_proba`
    takes it. A Trace never changes; its gradient queries are cached, so hovering the same unit
    twice costs nothing.
    """

    def __init__(self, predictor: Predictor, image: np.ndarray) -> None:
        self._values = predictor.stage_values(np.asarray(image)[np.newaxis])
        self._stages: list[Stage] = []
        self._hidden_spans: list[tuple[int, int]] = []
        hidden: list[HiddenLayer] = []
        dense = [index for index, replayed in enumerate(predictor.layers)
                 if replayed.layer.kind == "Dense"]
        for index, replayed in enumerate(predictor.layers):
            start = len(self._stages)
            self._stages.extend(replayed.step.stages)
            if index in dense[:-1]:  # the last Dense layer is the output layer
                self._hidden_spans.append((start, len(self._stages)))
                hidden.append(HiddenLayer(replayed.layer.name,
                                          self._values[len(self._stages)][0]))
        self.hidden: tuple[HiddenLayer, ...] = tuple(hidden)
        self.class_names = predictor.class_names
        self._predictor = predictor
        self._influence: dict[int, np.ndarray] = {}

    @property
    def predictor(self) -> Predictor:
        """The network traced."""
        return self._predictor

    @property
    def image(self) -> np.ndarray:
        """The ``(28, 28)`` image the network read."""
        return self._values[0][0].reshape(IMAGE_SIDE, IMAGE_SIDE)

    @property
    def probabilities(self) -> np.ndarray:
        return self._values[-1][0]

    @property
    def scores(self) -> np.ndarray:
        """The class scores (logits): what the final softmax turned into probabilities."""
        return self._values[-2][0]

    @property
    def predicted(self) -> int:
        return int(np.argmax(self.probabilities))

    def is_finite(self) -> bool:
        """False for a network whose weights diverged: its values are NaN or infinite."""
        return outputs_are_numbers(self.probabilities)

    def attribution(self, class_index: int) -> np.ndarray:
        """Gradient × input of the class's score, ``(28, 28)``: how much each pixel's ink pushes
        the score up (positive) or down (negative). Blank pixels contribute nothing."""
        gradient = self._backward(_one_hot(class_index, self.scores.size),
                                  len(self._stages) - 1, 0)
        return (gradient[0] * self._values[0][0]).reshape(IMAGE_SIDE, IMAGE_SIDE)

    def class_influence(self, hidden_index: int) -> np.ndarray:
        """``(units, classes)``: how fast each class score rises as each unit of the hidden layer
        rises, here (the gradient of the scores with respect to the layer's values)."""
        if hidden_index not in self._influence:
            classes = self.scores.size
            end = self._hidden_spans[hidden_index][1]
            jacobian = self._backward(np.eye(classes, dtype=np.float32),
                                      len(self._stages) - 1, end)
            self._influence[hidden_index] = jacobian.T
        return self._influence[hidden_index]

    def strongest_class(self, hidden_index: int, unit: int) -> int:
        """The class whose score this unit raises the most."""
        return int(np.argmax(self.class_influence(hidden_index)[unit]))

    def unit_pattern(self, hidden_index: int, unit: int) -> np.ndarray:
        """``(28, 28)``: how each pixel changes the unit's weighted input, for this image. For a
        first-layer unit these are its weights (scaled like the input); deeper units have no
        weights on pixels, and this is the pattern they respond to around this drawing."""
        start = self._hidden_spans[hidden_index][0]
        units = self._values[start + 1].shape[1]
        gradient = self._backward(_one_hot(unit, units), start + 1, 0)
        return gradient[0].reshape(IMAGE_SIDE, IMAGE_SIDE)

    def _backward(self, gradient: np.ndarray, at: int, to: int) -> np.ndarray:
        """Carry ``gradient`` rows with respect to value ``at`` back to value ``to``, stage by
        stage (value ``k`` is stage ``k``'s input, value ``k + 1`` its output)."""
        for k in range(at - 1, to - 1, -1):
            gradient = self._stages[k].vjp(self._values[k], self._values[k + 1], gradient)
        return gradient


def _one_hot(index: int, size: int) -> np.ndarray:
    row = np.zeros((1, size), dtype=np.float32)
    row[0, index] = 1.0
    return row
