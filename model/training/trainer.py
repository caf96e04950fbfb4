"""Run Keras ``fit`` and report every step through a plain-Python listener.

The :class:`Trainer` knows nothing about threads or Qt: the GUI runs :meth:`Trainer.run` on a
worker thread and forwards listener calls as signals; the CLI prints them. ``stop``, ``pause``
and ``resume`` are safe to call from any thread and take effect at the next batch boundary.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.training.build import build_model, compile_model, input_statistics
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, stratified_split
from model.inference.evaluation import Evaluation, evaluate, to_unit_float
from model.keras_runtime import keras

FINISHED, STOPPED, EARLY_STOPPED, NAN = "finished", "stopped", "early_stopped", "nan"
FAILED = "error"


class TrainingListener:
    """Receives training events as plain dicts; override what you need (all run on the caller's
    thread of :meth:`Trainer.run`)."""

    def on_status(self, message: str) -> None:
        """A phase started that has no step count (e.g. "Loading TensorFlow…")."""

    def on_begin(self, info: dict[str, Any]) -> None:
        """Keys: epochs, steps_per_epoch, total_steps, batch_size."""

    def on_batch(self, info: dict[str, Any]) -> None:
        """Keys: step (1-based, over the run), epoch (0-based), batch, loss, accuracy (this
        batch's own values), epoch_fraction, samples_per_s, elapsed_s, eta_s."""

    def on_epoch(self, info: dict[str, Any]) -> None:
        """Keys: epoch (1-based count done), loss, accuracy, val_loss, val_accuracy, seconds,
        learning_rate."""

    def on_end(self, info: dict[str, Any]) -> None:
        """Keys: reason, message, epochs_run, train_seconds, test_accuracy, test_loss."""


@dataclass
class TrainingResult:
    """What a run produced: the Keras model (weights as trained, or restored), why it ended,
    the per-epoch history and the test scores."""

    model: Any
    reason: str
    message: str
    epochs_run: int
    train_seconds: float
    history: dict[str, list[float]] = field(default_factory=dict)
    test: Evaluation | None = None
    val_accuracy: float | None = None

    def summary(self) -> dict[str, Any]:
        """The JSON-friendly figures of the run (used by the CLI and model metadata)."""
        return {
            "reason": self.reason,
            "message": self.message,
            "epochs_run": self.epochs_run,
            "train_seconds": round(self.train_seconds, 3),
            "test_accuracy": None if self.test is None else self.test.accuracy,
            "test_loss": None if self.test is None else self.test.loss,
            "val_accuracy": self.val_accuracy,
        }


class Trainer:
    """Train ``network`` on ``dataset`` with ``training``; report to ``listener``.

    One Trainer runs once. ``snapshot()`` hands out the latest weights as a numpy ``Predictor``
    (refreshed on the training thread, at most every ``snapshot_interval`` seconds while asked
    for), so a model being trained can predict live without touching Keras from another thread.
    """

    def __init__(self, network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                 listener: TrainingListener | None = None, *, snapshot_interval: float = 0.5):
        if network.num_classes != dataset.num_classes:
            network = _with_classes(network, dataset.num_classes)
        self.network = network
        self.training = training
        self.dataset = dataset
        self.listener = listener or TrainingListener()
        self.snapshot_interval = snapshot_interval
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._snapshot_lock = threading.Lock()
        self._snapshot: Any = None
        self._snapshot_wanted = threading.Event()
        self._snapshot_time = 0.0

    def stop(self) -> None:
        """End training at the next batch; the weights trained so far are kept."""
        self._stop.set()
        self._resume.set()

    def pause(self) -> None:
        """Hold training between two batches until :meth:`resume` (or :meth:`stop`)."""
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def snapshot(self) -> Any:
        """The latest weight snapshot as a ``Predictor`` (or None before the first batch), and a
        request for a fresher one."""
        self._snapshot_wanted.set()
        with self._snapshot_lock:
            return self._snapshot

    def run(self) -> TrainingResult:
        """Train to the end (or stop, early stop, NaN); reports failures instead of raising."""
        self.listener.on_status("Loading TensorFlow…")
        k = keras()
        try:
            if self.stop_requested:
                return self._stopped_before_training()
            self.listener.on_status("Preparing data…")
            data = prepare_data(self.dataset, self.training)
            k.utils.set_random_seed(self.training.seed)
            model = build_model(self.network, input_stats=data.input_stats,
                                seed=self.training.seed)
            steps = math.ceil(len(data.y_train) / self.training.batch_size)
            compile_model(model, self.training, steps)
        except Exception as error:  # bad split, out of memory: say so, as for fit's failures
            return self._finish(None, FAILED, f"Training could not start: {error}", 0, 0.0, {})
        if self.stop_requested:
            return self._stopped_before_training()
        return self._fit(model, data, steps)

    def _stopped_before_training(self) -> TrainingResult:
        return self._finish(None, STOPPED, "Stopped before training began.", 0, 0.0, {})

    def _fit(self, model: Any, data: "PreparedData", steps: int) -> TrainingResult:
        from model.training.monitor import StopRequested, TrainingMonitor

        monitor = TrainingMonitor(self, steps)
        early = self._early_stopping(data)
        try:
            model.fit(
                **_fit_inputs(data, self.training, digits=self.dataset.is_digits),
                epochs=self.training.epochs,
                validation_data=data.validation if data.has_validation else None,
                callbacks=[monitor] + ([early] if early else []),
                verbose=0,
            )
        except StopRequested:
            pass
        except Exception as error:  # a worker must report, not die: out of memory, Keras bugs
            return self._finish(model, FAILED, f"Training failed: {error}", monitor.epochs_done,
                                monitor.progress.elapsed(), monitor.history)
        reason, message = monitor.outcome(early)
        return self._finish(model, reason, message, monitor.epochs_done,
                            monitor.progress.elapsed(), monitor.history)

    def _early_stopping(self, data: "PreparedData") -> Any:
        if not (self.training.early_stopping_patience and data.has_validation):
            return None
        return keras().callbacks.EarlyStopping(
            monitor="val_loss", patience=self.training.early_stopping_patience,
            restore_best_weights=True,
        )

    def _finish(self, model: Any, reason: str, message: str, epochs_run: int, seconds: float,
                history: dict[str, list[float]]) -> TrainingResult:
        test = None
        if model is not None and len(self.dataset.y_test):
            self.listener.on_status("Evaluating on the test set…")
            test = evaluate(self.take_snapshot(model).predict_proba, self.dataset.x_test,
                            self.dataset.y_test)
        val_accuracy = history.get("val_accuracy", [None])[-1]
        result = TrainingResult(model, reason, message, epochs_run, seconds, history, test,
                                val_accuracy)
        self.listener.on_end(result.summary())
        return result

    def take_snapshot(self, model: Any) -> Any:
        """Copy ``model``'s weights into a numpy ``Predictor`` (call on the training thread)."""
        from model.inference.predictor import Predictor

        predictor = Predictor.from_keras(
            model, class_names=self.dataset.class_names,
            metadata={"dataset": self.dataset.name, "source": "training"},
        )
        with self._snapshot_lock:
            self._snapshot = predictor
        self._snapshot_time = time.perf_counter()
        return predictor

    def maybe_snapshot(self, model: Any) -> None:
        """Refresh the snapshot if someone asked for one and the last is old enough."""
        if self._snapshot_wanted.is_set() and (
                time.perf_counter() - self._snapshot_time >= self.snapshot_interval):
            self._snapshot_wanted.clear()
            self.take_snapshot(model)

    def wait_if_paused(self, progress: Any) -> None:
        """Block between batches while paused; paused time is excluded from speed and ETA."""
        if self._resume.is_set():
            return
        began = time.perf_counter()
        self._resume.wait()
        progress.paused_s += time.perf_counter() - began


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


def prepare_data(dataset: Dataset, training: TrainingConfig) -> PreparedData:
    """Split off the validation images (stratified, seeded) and scale pixels to [0, 1]."""
    count = training.validation_count(len(dataset.y_train))
    train_idx, val_idx = stratified_split(dataset.y_train, count, training.seed)
    x_train = to_unit_float(dataset.x_train[train_idx])
    return PreparedData(
        x_train=x_train,
        y_train=dataset.y_train[train_idx].astype(np.int32),
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
