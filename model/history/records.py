"""What the run history hands out: a line per run for lists, everything about one run for a
closer look, and the short descriptions both use."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from model.config import (
    CONFIG_VERSION_KEY,
    NetworkConfig,
    StoredConfigs,
    TrainingConfig,
    read_stored_configs,
)
from model.image_size import IMAGE_SIDE
from model.translatable import QT_TRANSLATE_NOOP

UNFINISHED = "unfinished"
"""The reason shown for a run that started and never ended: killed, crashed, or still running."""
TRAINING_KIND = "training"
ADAPTATION_KIND = "adaptation"
"""What a run did: train a network from scratch, or adapt a saved one to someone's drawings."""
DAMAGED = "damaged"
"""The reason shown for a run whose stored row cannot be read (:attr:`RunSummary.damage`)."""
END_TEXTS = {
    "finished": QT_TRANSLATE_NOOP("Model", "finished"),
    "stopped": QT_TRANSLATE_NOOP("Model", "stopped"),
    "early_stopped": QT_TRANSLATE_NOOP("Model", "early stopped"),
    "nan": QT_TRANSLATE_NOOP("Model", "loss not a number"),
    "error": QT_TRANSLATE_NOOP("Model", "error"),
    UNFINISHED: QT_TRANSLATE_NOOP("Model", "unfinished"),
    DAMAGED: QT_TRANSLATE_NOOP("Model", "damaged"),
}
"""How a run's ending reads where a person sees it (the keys are ``EndReason`` values and the
two reasons above; this module does not import the training events)."""


def end_text(reason: str) -> str:
    """``early stopped`` for ``early_stopped``: a run's ending as a person reads it (English;
    the window translates it)."""
    return END_TEXTS.get(reason, reason.replace("_", " "))


def network_summary(network: dict[str, Any]) -> str:
    """``784-300-100-10 relu``: the layer sizes and the hidden layers' activation(s)."""
    hidden = network.get("hidden", [])
    activations = "/".join(dict.fromkeys(layer.get("activation", "?") for layer in hidden))
    sizes = [IMAGE_SIDE ** 2, *(layer.get("units", "?") for layer in hidden),
             network.get("num_classes")]
    return "-".join(map(str, sizes)) + (f" {activations}" if activations else "")


def training_summary(training: dict[str, Any]) -> str:
    """``adam lr 0.001, batch 128``: what tells two runs of one network apart."""
    return (f"{training.get('optimizer', '?')} lr {_rate_text(training)}, "
            f"batch {training.get('batch_size', '?')}")


def _rate_text(training: dict[str, Any]) -> str:
    """The learning rate as ``0.001`` (``?`` if an old run did not keep it)."""
    rate = training.get("learning_rate")
    return "?" if rate is None else f"{rate:g}"


def local_time(iso_utc: str | None) -> str:
    """``2025-05-14 12:32``: a stored UTC time as the user's clock shows it ("" for none)."""
    if not iso_utc:
        return ""
    return datetime.fromisoformat(iso_utc).astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class RunSummary:
    """One run as the Runs table and ``digitlab runs`` list it."""

    id: int
    started: str
    """ISO 8601, UTC."""
    dataset: str
    network: str
    epochs: int
    """Epochs trained (so far, for an unfinished run)."""
    test_accuracy: float | None
    drawn_accuracy: float | None
    seconds: float | None
    """Training time without pauses (of the epochs done, for an unfinished run)."""
    reason: str
    """An ``EndReason`` value, :data:`UNFINISHED` or :data:`DAMAGED`."""
    model_path: str | None
    kind: str = TRAINING_KIND
    """:data:`TRAINING_KIND` or :data:`ADAPTATION_KIND`."""
    test_images: int | None = None
    """How many test images ``test_accuracy`` was measured on (scores on subsets differ)."""
    damage: str | None = None
    """What is wrong with a :data:`DAMAGED` run's stored row."""

    def to_dict(self) -> dict[str, Any]:
        """The run as ``digitlab runs --json`` prints it (and ``runs show --json`` begins)."""
        return asdict(self)


DETAIL_FIELDS = ("source", "message", "epochs_planned", "steps_per_epoch", "test_loss",
                 "val_accuracy", "app_version", "tensorflow_version")
"""Stored columns that ``runs show --json`` adds to the summary under their own names."""


@dataclass(frozen=True)
class RunRecord:
    """Everything kept about one run: its summary, every stored field (configs as dicts), its
    per-epoch metrics and its downsampled batch losses."""

    summary: RunSummary
    fields: dict[str, Any]
    epochs: list[dict[str, Any]]
    batch_epochs: list[float] = field(default_factory=list)
    """Where each batch-loss point lies, in epochs (1.5: half-way into the second)."""
    batch_losses: list[float | None] = field(default_factory=list)

    def configs(self) -> StoredConfigs:
        """The run's network and training configs, migrated to today's (``ConfigError`` if
        they are damaged)."""
        return read_stored_configs(self.fields["network"], self.fields["training"],
                                   self.fields.get(CONFIG_VERSION_KEY))

    def network(self) -> NetworkConfig:
        return self.configs().network

    def training(self) -> TrainingConfig:
        return self.configs().training

    def dataset_spec(self) -> str | None:
        """What to load to train on the same data again (``mnist``, a folder), if known."""
        return self.fields["dataset"].get("spec")

    def label(self) -> str:
        """How a legend names the run, briefly: ``#12 784-128-10 relu · adam 0.001``."""
        training = self.fields["training"]
        return (f"#{self.summary.id} {self.summary.network} · {training.get('optimizer', '?')} "
                f"{_rate_text(training)}")

    def to_dict(self) -> dict[str, Any]:
        """The record as ``digitlab runs show --json`` prints it: the summary's keys with the
        same names and values as ``runs --json``, then the details (batch losses: see export).
        """
        fields = self.fields
        return {**self.summary.to_dict(), "ended": fields["ended_at"],
                **{name: fields[name] for name in DETAIL_FIELDS},
                "network_config": fields["network"], "training_config": fields["training"],
                "dataset_info": fields["dataset"], "adaptation": fields.get("adaptation"),
                "epoch_metrics": self.epochs,
                "batch_loss_points": len(self.batch_losses)}


def duration_text(seconds: float | None) -> str:
    """``42.1 s``, ``3 min 05 s``, ``1 h 02 min`` ("" for none)."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def percent_text(value: float | None) -> str:
    """``97.81%`` ("" for none)."""
    return "" if value is None else f"{value:.2%}"
