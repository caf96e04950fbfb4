"""The Keras callback behind the :class:`~model.training.trainer.Trainer`: events, stop, pause, NaN.

Importing this module imports TensorFlow (the callback subclasses ``keras.callbacks.Callback``),
so only the trainer imports it, once training starts. The callback reports to a
:class:`~model.training.events.TrainingListener` and obeys a
:class:`~model.training.control.RunControl`; it never sees the trainer itself.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from model.config import TrainingConfig
from model.keras_runtime import keras
from model.training.control import RunControl
from model.training.events import (
    NOTHING_KEPT,
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    TrainingListener,
)
from model.translatable import QT_TRANSLATE_NOOP, MarkedText, counted, marked


class StopRequested(Exception):
    """Raised inside ``fit`` to leave it at once, without the end-of-epoch validation pass."""


def batch_value(mean_now: float, mean_before: float, batch_index: int) -> float:
    """This batch's own value from Keras's running epoch means: m_k·k − m_{k−1}·(k−1)."""
    return mean_now * (batch_index + 1) - mean_before * batch_index


class Progress:
    """Steps, speed and ETA, with paused time left out so the figures stay honest."""

    def __init__(self, total_steps: int, batch_size: int) -> None:
        self.total_steps = total_steps
        self.batch_size = batch_size
        self.started = time.perf_counter()
        self.paused_s = 0.0
        self.step = 0

    def elapsed(self) -> float:
        return time.perf_counter() - self.started - self.paused_s

    def figures(self) -> dict[str, float]:
        """The speed fields of a :class:`BatchEvent`, by name."""
        elapsed = self.elapsed()
        rate = self.step / elapsed if elapsed > 0 else 0.0
        remaining = (self.total_steps - self.step) / rate if rate > 0 else math.inf
        return {"samples_per_s": rate * self.batch_size, "elapsed_s": elapsed,
                "eta_s": remaining}


class TrainingMonitor(keras().callbacks.Callback):
    """Turns Keras callback hooks into listener events and obeys the run control between
    batches. ``take_snapshot(model)`` copies the weights for the control to hand out;
    ``keeps_unfinished`` says whether a run that does not finish keeps its weights (a fresh run
    does; a fine-tune does not), for the messages that say so."""

    def __init__(self, training: TrainingConfig, steps_per_epoch: int,
                 listener: TrainingListener, control: RunControl,
                 take_snapshot: Callable[[Any], object], *, keeps_unfinished: bool = True) -> None:
        super().__init__()
        self.keeps_unfinished = keeps_unfinished
        self.plan = BeginEvent(training.epochs, steps_per_epoch, training.batch_size)
        self.learning_rate = training.learning_rate
        self.listener = listener
        self.control = control
        self.take_snapshot = take_snapshot
        self.progress = Progress(self.plan.total_steps, self.plan.batch_size)
        self.history: dict[str, list[float]] = {}
        self.epochs_done = 0
        self.nan_message = ""
        self._good_weights: list[np.ndarray] | None = None
        self._epoch = 0
        self._means = (0.0, 0.0)
        self._epoch_started = 0.0

    def on_train_begin(self, logs=None):
        self._good_weights = self.model.get_weights()
        self.progress = Progress(self.plan.total_steps, self.plan.batch_size)
        self.listener.on_begin(self.plan)
        self.take_snapshot(self.model)
        if self.control.stop_requested:
            raise StopRequested

    def on_epoch_begin(self, epoch, logs=None):
        self._epoch = epoch
        self._means = (0.0, 0.0)
        self._epoch_started = self.progress.elapsed()  # the clock without pauses, as Results'

    def on_train_batch_end(self, batch, logs=None):
        logs = logs or {}
        loss_mean = float(logs.get("loss", math.nan))
        acc_mean = float(logs.get("accuracy", 0.0))
        loss = batch_value(loss_mean, self._means[0], batch)
        accuracy = batch_value(acc_mean, self._means[1], batch)
        self._means = (loss_mean, acc_mean)
        self.progress.step += 1
        if not math.isfinite(loss_mean):
            self._abort_on_nan(batch)
        self.listener.on_batch(BatchEvent(
            step=self.progress.step, epoch=self._epoch, batch=batch, loss=loss,
            accuracy=accuracy, epoch_fraction=self._epoch + (batch + 1) / self.plan.steps_per_epoch,
            **self.progress.figures(),
        ))
        self._between_batches()

    def on_test_batch_end(self, batch, logs=None):
        if self.control.stop_requested:
            raise StopRequested

    def on_epoch_end(self, epoch, logs=None):
        self.epochs_done = epoch + 1
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            if logs and key in logs:
                self.history.setdefault(key, []).append(float(logs[key]))
        seconds = self.progress.elapsed() - self._epoch_started
        self.history.setdefault("seconds", []).append(seconds)
        self._good_weights = self.model.get_weights()
        latest = {key: values[-1] for key, values in self.history.items()}
        self.listener.on_epoch(EpochEvent(
            epoch=self.epochs_done, loss=latest["loss"], accuracy=latest["accuracy"],
            seconds=seconds, learning_rate=current_learning_rate(self.model),
            val_loss=latest.get("val_loss"), val_accuracy=latest.get("val_accuracy"),
        ))
        self.take_snapshot(self.model)

    def _between_batches(self):
        self.progress.paused_s += self.control.wait_while_paused()
        if self.control.stop_requested:
            raise StopRequested
        if self.control.snapshot_due():
            self.take_snapshot(self.model)

    def _abort_on_nan(self, batch):
        if self._good_weights is not None:
            self.model.set_weights(self._good_weights)
        rate = self.learning_rate
        kept = (QT_TRANSLATE_NOOP("Model", "The weights from before the divergence were kept.")
                if self.keeps_unfinished else NOTHING_KEPT)
        self.nan_message = marked(
            QT_TRANSLATE_NOOP("Model", "The loss became NaN at epoch {epoch}, batch {batch}: the "
                                       "weights diverged. Try a lower learning rate than {rate} "
                                       "(e.g. {lower}). {kept}"),
            epoch=self._epoch + 1, batch=batch + 1, rate=_shortest(rate),
            lower=_shortest(rate / 10), kept=marked(kept))
        raise StopRequested

    def outcome(self, early: Any) -> tuple[EndReason, MarkedText]:
        """Why ``fit`` returned, as (reason, message for the user)."""
        if self.nan_message:
            return EndReason.NAN, self.nan_message
        if self.control.stop_requested:
            kept = (QT_TRANSLATE_NOOP("Model", "The weights trained so far are kept.")
                    if self.keeps_unfinished else NOTHING_KEPT)
            return EndReason.STOPPED, counted(
                self.progress.step,
                QT_TRANSLATE_NOOP("Model", "Stopped in epoch {epoch}, after 1 step. {kept}"),
                QT_TRANSLATE_NOOP("Model", "Stopped in epoch {epoch}, after {count} steps. {kept}"),
                epoch=self._epoch + 1, kept=marked(kept))
        if early is not None and early.stopped_epoch > 0:
            return EndReason.EARLY_STOPPED, counted(
                early.patience,
                QT_TRANSLATE_NOOP("Model", "Stopped early after epoch {epoch}: the validation "
                                           "loss had not improved for 1 epoch, so the best "
                                           "weights (validation loss {loss}) were restored."),
                QT_TRANSLATE_NOOP("Model", "Stopped early after epoch {epoch}: the validation "
                                           "loss had not improved for {count} epochs, so the "
                                           "best weights (validation loss {loss}) were "
                                           "restored."),
                epoch=self.epochs_done, loss=round(float(early.best), 4))
        return EndReason.FINISHED, counted(
            self.epochs_done, QT_TRANSLATE_NOOP("Model", "Finished 1 epoch."),
            QT_TRANSLATE_NOOP("Model", "Finished {count} epochs."))


def _shortest(rate: float) -> float:
    """A learning rate as a message shows it: 6 significant digits at most (0.001, 1e-05)."""
    return float(f"{rate:g}")


def current_learning_rate(model: Any) -> float:
    """The optimizer's learning rate now (after any schedule), as a float."""
    return float(np.asarray(model.optimizer.learning_rate))
