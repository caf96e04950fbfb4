"""What a training run reports, as one contract shared by the trainer, the CLI and the GUI.

A run says ``status`` while it prepares, ``begin`` once its size is known, ``batch`` after every
batch, ``epoch`` after every epoch and ``finished`` once, at the end. Each event has one name
from the Keras callback to the Train panel's Qt signal (``on_batch`` → worker ``batch`` → panel
``batch``), and each payload is a frozen dataclass, so a consumer reads fields, not dict keys.

This module imports nothing else from DigitLab: anything may depend on it without pulling in
TensorFlow or creating an import circle.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked

STOPPED_BEFORE_TRAINING = QT_TRANSLATE_NOOP("Model", "Stopped before training began.")
"""The message of a run stopped while it prepared: there are no weights to keep."""
NOTHING_KEPT = QT_TRANSLATE_NOOP("Model", "Nothing was kept: the model it started from is as "
                                          "it was.")
"""How a fine-tune that did not finish ends: it keeps no weights."""


def training_failed(error: object) -> MarkedText:
    """The message of a run whose training raised (out of memory, a Keras bug), wherever it
    was caught: the trainer, the training process or the window's worker."""
    return marked(QT_TRANSLATE_NOOP("Model", "Training failed: {error}"), error=str(error))


class EndReason(StrEnum):
    """Why a run ended. The values are the strings JSON output and model metadata record."""

    FINISHED = "finished"
    STOPPED = "stopped"
    EARLY_STOPPED = "early_stopped"
    NAN = "nan"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class BeginEvent:
    """The size of the run, known once the data is split and the model compiled."""

    epochs: int
    steps_per_epoch: int
    batch_size: int

    @property
    def total_steps(self) -> int:
        return self.epochs * self.steps_per_epoch


@dataclass(frozen=True, slots=True)
class BatchEvent:
    """One batch done. ``loss`` and ``accuracy`` are this batch's own values (not Keras's
    running means); speed and ETA leave paused time out."""

    step: int
    """1-based, counted over the whole run."""
    epoch: int
    """0-based: the epoch this batch belongs to."""
    batch: int
    """0-based, within the epoch."""
    loss: float
    accuracy: float
    epoch_fraction: float
    """Where the run is, in epochs: 1.5 is half-way through the second epoch."""
    samples_per_s: float
    elapsed_s: float
    eta_s: float
    """Seconds left at the current speed; infinite before the speed is known."""


@dataclass(frozen=True, slots=True)
class EpochEvent:
    """One epoch done: the means over its batches and, with a validation split, its scores."""

    epoch: int
    """1-based: how many epochs are done."""
    loss: float
    accuracy: float
    seconds: float
    learning_rate: float
    """The optimizer's rate now, after any schedule."""
    val_loss: float | None = None
    val_accuracy: float | None = None


@dataclass(frozen=True, slots=True)
class FinishedEvent:
    """How a run ended, with the figures worth keeping: the summary the CLI prints as JSON and a
    saved model records. Test scores are None when the run ended before training began;
    ``drawn_accuracy`` (digits drawn by new writers) is None for datasets of other classes."""

    reason: EndReason
    message: str
    epochs_run: int = 0
    train_seconds: float = 0.0
    test_accuracy: float | None = None
    test_loss: float | None = None
    val_accuracy: float | None = None
    drawn_accuracy: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-friendly values (the reason as its plain string)."""
        return {**asdict(self), "reason": self.reason.value,
                "train_seconds": round(self.train_seconds, 3)}


class TrainingListener:
    """Receives a run's events; override the ones you need. All are called on the thread that
    runs the trainer, so a GUI must hand them over to its own thread."""

    def on_status(self, text: str) -> None:
        """A phase started that has no step count (e.g. "Loading TensorFlow…")."""

    def on_begin(self, event: BeginEvent) -> None:
        """Training proper starts now."""

    def on_batch(self, event: BatchEvent) -> None:
        """Called after every batch, up to thousands of times a second: keep it cheap."""

    def on_epoch(self, event: EpochEvent) -> None:
        """Called after every epoch, once its validation scores are known."""

    def on_finished(self, event: FinishedEvent) -> None:
        """Called exactly once, however the run ended (also when it failed to start)."""
