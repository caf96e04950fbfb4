"""Run Keras ``fit`` and report every step to a :class:`~model.training.events.TrainingListener`.

The :class:`Trainer` knows nothing about processes, threads or Qt: the GUI runs
:meth:`Trainer.run` in a child process (:mod:`model.training.process`) that forwards listener calls
to the window; the CLI runs it in-process and prints them. Whoever runs it steers
it through its :class:`~model.training.control.RunControl` (stop, pause, resume, snapshots),
safely from any thread; requests take effect at the next batch boundary.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, stratified_split
from model.data.drawn_digits import render_new_writers_early
from model.data.drawn_training import with_drawn_digits
from model.data.scanned_training import with_scanned_digits
from model.image_size import to_unit_float
from model.inference.evaluation import Evaluation, drawn_score, evaluate
from model.keras_runtime import keras
from model.training.build import build_model, compile_model, input_statistics
from model.training.control import RunControl
from model.training.events import (
    STOPPED_BEFORE_TRAINING,
    EndReason,
    FinishedEvent,
    TrainingListener,
    training_failed,
)
from model.training.snapshot import WeightSnapshot
from model.translatable import QT_TRANSLATE_NOOP, marked


@dataclass
class TrainingResult:
    """What :meth:`Trainer.run` returns in the process that trained: how the run ended (its
    :class:`FinishedEvent`), the Keras model (weights as trained, or restored; None if nothing
    was kept), the per-epoch history and the test scores. It holds Keras, so it never leaves that
    process: a child hands back a :class:`~model.training.child.RunReport` instead."""

    summary: FinishedEvent
    model: Any = None
    history: dict[str, list[float]] = field(default_factory=dict)
    test: Evaluation | None = None


class Trainer:
    """Train ``network`` on ``dataset`` with ``training``; report to ``listener``.

    One Trainer runs once, steered through ``control``. While asked for, ``control.snapshot()``
    hands out the latest weights as a :class:`~model.training.snapshot.WeightSnapshot` (copied on
    the training thread), so a model being trained can predict live without touching Keras from
    another thread or process.

    With ``start_from`` (a Keras model, e.g. a saved one being adapted to someone's handwriting)
    the run fine-tunes that model's weights, compiled anew with ``training``'s optimizer, instead
    of building ``network`` (which then describes it). A fine-tune keeps its weights only if it
    finishes: its base is still there as it was, and half a fine-tune is neither.
    """

    def __init__(self, network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                 listener: TrainingListener | None = None, *,
                 control: RunControl | None = None, callbacks: Sequence[Any] = (),
                 start_from: Any = None):
        if network.num_classes != dataset.num_classes:
            network = _with_classes(network, dataset.num_classes)
        self.network = network
        self.training = training
        self.dataset = dataset
        self.listener = listener or TrainingListener()
        self.control = control or RunControl()
        self.callbacks = list(callbacks)
        """Extra Keras callbacks for ``fit`` (e.g. ``keras.callbacks.TensorBoard``), called after
        DigitLab's own."""
        self.start_from = start_from

    def run(self) -> TrainingResult:
        """Train to the end (or stop, early stop, NaN); reports failures instead of raising."""
        if self.dataset.is_digits:
            render_new_writers_early()
        if self.start_from is None:  # a model to fine-tune was loaded with TensorFlow already
            self.listener.on_status(QT_TRANSLATE_NOOP("Model", "Loading TensorFlow…"))
        k = keras()
        try:
            if self.control.stop_requested:
                return self._stopped_before_training()
            self.listener.on_status(QT_TRANSLATE_NOOP("Model", "Preparing data…"))
            data = prepare_data(self.dataset, self.training)
            k.utils.set_random_seed(self.training.seed)
            model = self._model(data)
            steps = math.ceil(len(data.y_train) / self.training.batch_size)
            compile_model(model, self.training, steps)
        except Exception as error:  # bad split, out of memory: say so, as for fit's failures
            return self._finish(None, EndReason.ERROR, marked(
                QT_TRANSLATE_NOOP("Model", "Training could not start: {error}"), error=str(error)))
        if self.control.stop_requested:
            return self._stopped_before_training()
        return self._fit(model, data, steps)

    def _model(self, data: PreparedData) -> Any:
        """The model to train: the one to fine-tune, or a new one built from ``network``."""
        if self.start_from is not None:
            return self.start_from
        return build_model(self.network, input_stats=data.input_stats, seed=self.training.seed)

    def _stopped_before_training(self) -> TrainingResult:
        return self._finish(None, EndReason.STOPPED, STOPPED_BEFORE_TRAINING)

    def _fit(self, model: Any, data: PreparedData, steps: int) -> TrainingResult:
        from model.training.monitor import StopRequested, TrainingMonitor

        monitor = TrainingMonitor(self.training, steps, self.listener, self.control,
                                  self._take_snapshot,
                                  keeps_unfinished=self.start_from is None)
        early = self._early_stopping(data)
        try:
            with suppress(StopRequested):
                model.fit(
                    **_fit_inputs(data, self.training, digits=self.dataset.is_digits),
                    epochs=self.training.epochs,
                    validation_data=data.validation if data.has_validation else None,
                    callbacks=[monitor, *([early] if early else []), *self.callbacks],
                    verbose=0,
                )
        except Exception as error:  # a worker must report, not die: out of memory, Keras bugs
            reason, message = EndReason.ERROR, training_failed(error)
        else:
            reason, message = monitor.outcome(early)
        if reason is not EndReason.FINISHED and not monitor.keeps_unfinished:
            model = None
        return self._finish(model, reason, message, monitor.epochs_done,
                            monitor.progress.elapsed(), monitor.history)

    def _early_stopping(self, data: PreparedData) -> Any:
        if not (self.training.early_stopping_patience and data.has_validation):
            return None
        return keras().callbacks.EarlyStopping(
            monitor="val_loss", patience=self.training.early_stopping_patience,
            restore_best_weights=True,
        )

    def _finish(self, model: Any, reason: EndReason, message: str, epochs_run: int = 0,
                seconds: float = 0.0, history: dict[str, list[float]] | None = None,
                ) -> TrainingResult:
        """Score the kept weights on the test set (and a digit model on digits drawn by new
        writers), tell the listener, return the result."""
        history = history or {}
        test = drawn = None
        if model is not None and len(self.dataset.y_test):
            self.listener.on_status(QT_TRANSLATE_NOOP("Model", "Evaluating on the test set…"))
            predict_proba = self._take_snapshot(model).predictor().predict_proba
            test = evaluate(predict_proba, self.dataset.x_test, self.dataset.y_test)
            drawn = self._drawn_accuracy(predict_proba)
        summary = FinishedEvent(
            reason, message, epochs_run, seconds,
            test_accuracy=None if test is None else test.accuracy,
            test_loss=None if test is None else test.loss,
            val_accuracy=history.get("val_accuracy", [None])[-1],
            drawn_accuracy=drawn,
        )
        self.listener.on_finished(summary)
        return TrainingResult(summary, model, history, test)

    def _drawn_accuracy(self, predict_proba: Callable[[np.ndarray], np.ndarray]) -> float | None:
        """The second score of a digit model: pen-drawn digits by writers it never saw."""
        if not self.dataset.is_digits:
            return None
        self.listener.on_status(QT_TRANSLATE_NOOP("Model", "Reading digits drawn by new writers…"))
        return drawn_score(predict_proba).accuracy

    def _take_snapshot(self, model: Any) -> WeightSnapshot:
        """Copy ``model``'s weights for the control to hand out (on the training thread: Keras
        is never touched from another)."""
        snapshot = WeightSnapshot.of(model, self.dataset.class_names,
                                     {"dataset": self.dataset.name, "source": "training"})
        self.control.publish_snapshot(snapshot)
        return snapshot


def _with_classes(network: NetworkConfig, classes: int) -> NetworkConfig:
    return NetworkConfig.from_dict({**network.to_dict(), "num_classes": classes})


@dataclass
class PreparedData:
    """Training arrays in [0, 1], the held-out validation pair and the input statistics."""

    x_train: np.ndarray
    y_train: np.ndarray
    validation: tuple[np.ndarray, np.ndarray]
    input_stats: tuple[float, float]

    @property
    def has_validation(self) -> bool:
        return len(self.validation[1]) > 0


def validation_split(dataset: Dataset, training: TrainingConfig) -> tuple[np.ndarray, np.ndarray]:
    """Indices of ``dataset``'s training images a run trains on and validates on (stratified,
    seeded): the run's own split, for anyone who must measure on the same held-out images."""
    count = training.validation_count(len(dataset.y_train))
    return stratified_split(dataset.y_train, count, training.seed)


def prepare_data(dataset: Dataset, training: TrainingConfig) -> PreparedData:
    """Split off the validation images (stratified, seeded), add any scanned copies and pen-drawn
    digits to the rest and scale pixels to [0, 1]."""
    train_idx, val_idx = validation_split(dataset, training)
    images, labels = with_scanned_digits(dataset.x_train[train_idx], dataset.y_train[train_idx],
                                         dataset, training)
    images, labels = with_drawn_digits(images, labels, dataset, training)
    x_train = to_unit_float(images)
    return PreparedData(
        x_train=x_train,
        y_train=labels.astype(np.int32),
        validation=(to_unit_float(dataset.x_train[val_idx]),
                    dataset.y_train[val_idx].astype(np.int32)),
        input_stats=input_statistics(x_train),
    )


def _fit_inputs(data: PreparedData, training: TrainingConfig, *, digits: bool) -> dict[str, Any]:
    """``fit`` arguments for the training data: shuffled arrays, or one augmenting PyDataset."""
    if not training.augment.enabled:
        return {"x": data.x_train, "y": data.y_train, "batch_size": training.batch_size,
                "shuffle": True}
    from model.training.augmented_batches import AugmentedBatches

    return {"x": AugmentedBatches(data.x_train, data.y_train, training, digits=digits)}
