"""Feed Keras ``fit`` with freshly distorted training batches, reproducibly.

Each batch is distorted with its own generator seeded by (seed, epoch, batch), so a run is the
same whatever order Keras asks for batches in, and the same seed gives the same run. Importing
this module imports TensorFlow; only the trainer does, when augmentation is on.
"""

from __future__ import annotations

import math

import numpy as np

from model.config import TrainingConfig
from model.data.augment import augment_batch, batch_rng
from model.data.writing_styles import add_writing_styles
from model.keras_runtime import keras


class AugmentedBatches(keras().utils.PyDataset):
    """Shuffled, distorted ``(images, labels)`` batches; a new shuffle and new distortions each
    epoch.

    With ``digits`` and ``augment.writing_styles`` > 0, every 1 and 9 gets one restyled twin up
    front (drawing strokes costs ~1.5 ms an image, too slow per batch); each batch then shows
    the twin instead of the original with that probability, under fresh distortions.
    """

    def __init__(self, x: np.ndarray, y: np.ndarray, training: TrainingConfig, *,
                 digits: bool) -> None:
        super().__init__()
        self.x, self.y = x, y
        self.training = training
        self.epoch = 0
        self._order = self._shuffled()
        self._style_rate = training.augment.writing_styles if digits else 0.0
        self._styled = (add_writing_styles(x, y, 1.0, np.random.default_rng(training.seed))
                        if self._style_rate > 0 else x)

    def __len__(self) -> int:
        return math.ceil(len(self.y) / self.training.batch_size)

    def __getitem__(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        size = self.training.batch_size
        picked = self._order[index * size:(index + 1) * size]
        rng = batch_rng(self.training.seed, self.epoch, index)
        restyle = rng.random(len(picked)) < self._style_rate
        images = np.where(restyle[:, None, None], self._styled[picked], self.x[picked])
        return augment_batch(images, self.training.augment, rng), self.y[picked]

    def on_epoch_end(self) -> None:
        self.epoch += 1
        self._order = self._shuffled()

    def _shuffled(self) -> np.ndarray:
        return np.random.default_rng([self.training.seed, self.epoch]).permutation(len(self.y))
