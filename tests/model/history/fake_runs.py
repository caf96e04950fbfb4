"""Runs written into a history without training: what the store would get from a real run."""

from __future__ import annotations

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.history.curves import BatchCurve
from model.history.store import RunStore
from model.training.events import BeginEvent, EndReason, EpochEvent, FinishedEvent

DATASET = {"name": "MNIST", "spec": "mnist", "train": 1000, "test": 200,
           "classes": list("0123456789")}


def fake_run(store: RunStore, *, units: int = 32, epochs: int = 3, steps: int = 40,
             accuracy: float = 0.9, drawn: float | None = None, ended: bool = True,
             started: str = "2025-05-14T10:00:00+00:00") -> int:
    """A run of ``epochs`` epochs whose loss falls and accuracy climbs towards ``accuracy``;
    left unfinished (started, never ended) unless ``ended``. Its id."""
    run_id = store.start_run(started, "cli", NetworkConfig(hidden=(LayerConfig(units),)),
                             TrainingConfig(epochs=epochs, learning_rate=0.002), DATASET,
                             "2.99.0")
    store.set_plan(run_id, BeginEvent(epochs, steps, 25))
    curve = BatchCurve()
    for epoch in range(1, epochs + 1):
        for step in range(steps):
            position = epoch - 1 + (step + 1) / steps
            curve.add(position, 2.3 / (1 + 3 * position * accuracy))
        score = accuracy * (1 - 0.3 / epoch)
        store.add_epoch(run_id, EpochEvent(epoch, 2.3 / (1 + 3 * epoch), score, 1.5, 0.002,
                                           2.4 / (1 + 3 * epoch), score - 0.01),
                        curve.points())
    if ended:
        store.finish_run(run_id, FinishedEvent(EndReason.FINISHED, "Finished.", epochs,
                                               1.5 * epochs, accuracy, 0.3, accuracy - 0.01,
                                               drawn),
                         curve.points(), "2025-05-14T10:01:00+00:00")
    return run_id
