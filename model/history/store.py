"""Read and write the run history: one :class:`RunStore` is one connection to its SQLite file.

Each write is one short transaction, so a run killed at any moment leaves the file consistent:
the run keeps what was written before (its start, its finished epochs) and, never having been
ended, shows as unfinished. A store is used on one thread (SQLite's rule for a connection); the
GUI keeps every use on a background thread (:mod:`model.history.queue`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from model import __version__ as app_version
from model.config import NetworkConfig, TrainingConfig
from model.history.records import UNFINISHED, RunRecord, RunSummary, network_summary
from model.history.schema import HistoryError, connect, transaction
from model.training.events import BeginEvent, EpochEvent, FinishedEvent
from model.user_data import run_history_path

BatchLosses = tuple[Sequence[float], Sequence[float]]
"""Downsampled batch losses: (positions in epochs, losses)."""
JSON_COLUMNS = ("network", "training", "dataset")
SUMMARY_QUERY = """
    SELECT id, started_at, json_extract(dataset, '$.name') AS dataset_name, network,
           COALESCE(epochs_run, (SELECT COUNT(*) FROM epochs WHERE run_id = runs.id)) AS epochs,
           test_accuracy, drawn_accuracy,
           COALESCE(train_seconds, (SELECT SUM(seconds) FROM epochs WHERE run_id = runs.id))
               AS seconds,
           COALESCE(end_reason, ?) AS reason, model_path
    FROM runs"""
"""A run's line: an unfinished run counts the epochs and time it recorded before it stopped."""


class RunStore:
    """The run history at ``path`` (default: ``runs.sqlite`` in the user data folder); a context
    manager that closes its connection."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or run_history_path()
        self._db = connect(self.path)
        self._db.row_factory = sqlite3.Row

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Writing ----------------------------------------------------------------------------------

    def start_run(self, started_at: str, source: str, network: NetworkConfig,
                  training: TrainingConfig, dataset: dict[str, Any],
                  tensorflow_version: str | None) -> int:
        """Record a run that has just started; its id."""
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO runs (started_at, source, network, training, dataset, app_version, "
                "tensorflow_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (started_at, source, json.dumps(network.to_dict()),
                 json.dumps(training.to_dict()), json.dumps(dataset), app_version,
                 tensorflow_version))
        return cursor.lastrowid

    def set_plan(self, run_id: int, plan: BeginEvent) -> None:
        with transaction(self._db):
            self._db.execute("UPDATE runs SET epochs_planned = ?, steps_per_epoch = ? "
                             "WHERE id = ?", (plan.epochs, plan.steps_per_epoch, run_id))

    def add_epoch(self, run_id: int, epoch: EpochEvent, batch_losses: BatchLosses) -> None:
        """Keep an epoch's metrics and the batch losses so far (a killed run keeps both)."""
        with transaction(self._db):
            self._db.execute(
                "INSERT OR REPLACE INTO epochs (run_id, epoch, loss, accuracy, val_loss, "
                "val_accuracy, learning_rate, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run_id, epoch.epoch, epoch.loss, epoch.accuracy, epoch.val_loss,
                 epoch.val_accuracy, epoch.learning_rate, epoch.seconds))
            self._replace_batch_losses(run_id, batch_losses)

    def finish_run(self, run_id: int, summary: FinishedEvent, batch_losses: BatchLosses,
                   ended_at: str) -> None:
        with transaction(self._db):
            self._db.execute(
                "UPDATE runs SET ended_at = ?, end_reason = ?, message = ?, epochs_run = ?, "
                "train_seconds = ?, test_accuracy = ?, test_loss = ?, val_accuracy = ?, "
                "drawn_accuracy = ? WHERE id = ?",
                (ended_at, summary.reason.value, summary.message, summary.epochs_run,
                 summary.train_seconds, summary.test_accuracy, summary.test_loss,
                 summary.val_accuracy, summary.drawn_accuracy, run_id))
            self._replace_batch_losses(run_id, batch_losses)

    def set_model_path(self, run_id: int, path: str | Path) -> None:
        """Where the run's model was saved (resolved: the history is read from anywhere)."""
        with transaction(self._db):
            self._db.execute("UPDATE runs SET model_path = ? WHERE id = ?",
                             (str(Path(path).resolve()), run_id))

    def delete_runs(self, run_ids: Sequence[int]) -> int:
        """Forget these runs (with their epochs and losses); how many there were."""
        with transaction(self._db):
            return self._db.executemany("DELETE FROM runs WHERE id = ?",
                                        [(run_id,) for run_id in run_ids]).rowcount

    def _replace_batch_losses(self, run_id: int, batch_losses: BatchLosses) -> None:
        """The downsampler merges old points as a run goes on, so the curve is rewritten whole."""
        self._db.execute("DELETE FROM batch_losses WHERE run_id = ?", (run_id,))
        positions, losses = batch_losses
        self._db.executemany(
            "INSERT INTO batch_losses (run_id, point, epoch, loss) VALUES (?, ?, ?, ?)",
            [(run_id, point, position, loss)
             for point, (position, loss) in enumerate(zip(positions, losses, strict=True))])

    # Reading ----------------------------------------------------------------------------------

    def runs(self, since: str = "") -> list[RunSummary]:
        """Every run (started at or after ``since``, ISO 8601 UTC, when given), newest first."""
        rows = self._db.execute(SUMMARY_QUERY + " WHERE started_at >= ? "
                                "ORDER BY started_at DESC, id DESC", (UNFINISHED, since))
        return [_summary(row) for row in rows]

    def run(self, run_id: int) -> RunRecord:
        """Everything about one run; a :class:`HistoryError` if there is no such run."""
        summary = self._db.execute(SUMMARY_QUERY + " WHERE id = ?", (UNFINISHED, run_id)).fetchone()
        if summary is None:
            raise HistoryError(f"there is no run {run_id} in the history (see: digitlab runs)")
        row = dict(self._db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone())
        fields = {**row, **{name: json.loads(row[name]) for name in JSON_COLUMNS}}
        epochs = [dict(epoch) for epoch in self._db.execute(
            "SELECT epoch, loss, accuracy, val_loss, val_accuracy, learning_rate, seconds "
            "FROM epochs WHERE run_id = ? ORDER BY epoch", (run_id,))]
        points = self._db.execute("SELECT epoch, loss FROM batch_losses WHERE run_id = ? "
                                  "ORDER BY point", (run_id,)).fetchall()
        return RunRecord(_summary(summary), fields, epochs,
                         [point["epoch"] for point in points], [point["loss"] for point in points])


def _summary(row: sqlite3.Row) -> RunSummary:
    return RunSummary(
        id=row["id"], started=row["started_at"], dataset=row["dataset_name"],
        network=network_summary(json.loads(row["network"])), epochs=row["epochs"],
        test_accuracy=row["test_accuracy"], drawn_accuracy=row["drawn_accuracy"],
        seconds=row["seconds"], reason=row["reason"], model_path=row["model_path"])
