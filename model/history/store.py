"""Read and write the run history: one :class:`RunStore` is one connection to its SQLite file.

Each write is one short transaction, so a run killed at any moment leaves the file consistent:
the run keeps what was written before (its start, its finished epochs) and, never having been
ended, shows as unfinished. A store is used on one thread (SQLite's rule for a connection); the
GUI keeps every use on a background thread (:mod:`model.history.queue`). Every SQLite failure
leaves a method as a one-line :class:`~model.history.schema.HistoryError`, and what is read is
checked as untrusted input (:mod:`model.history.rows`).
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from model import __version__ as app_version
from model.config import CONFIG_VERSION, NetworkConfig, TrainingConfig
from model.history.records import TRAINING_KIND, UNFINISHED, RunRecord, RunSummary
from model.history.rows import record_from_rows, summary_from_row
from model.history.schema import (
    BUSY_TIMEOUT_S,
    HistoryError,
    connect,
    history_error,
    transaction,
)
from model.training.events import BeginEvent, EpochEvent, FinishedEvent
from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked
from model.user_data import run_history_path

BatchLosses = tuple[Sequence[float], Sequence[float]]
"""Downsampled batch losses: (positions in epochs, losses)."""
SUMMARY_QUERY = """
    SELECT id, started_at, dataset, network,
           COALESCE(epochs_run, (SELECT COUNT(*) FROM epochs WHERE run_id = runs.id)) AS epochs,
           test_accuracy, drawn_accuracy,
           COALESCE(train_seconds, (SELECT SUM(seconds) FROM epochs WHERE run_id = runs.id))
               AS seconds,
           COALESCE(end_reason, ?) AS reason, model_path, kind
    FROM runs"""
"""A run's line: an unfinished run counts the epochs and time it recorded before it stopped."""


Method = TypeVar("Method", bound=Callable[..., Any])


def no_such_run(run_id: int) -> MarkedText:
    """What is said of a run id the history does not have (shown, deleted, exported)."""
    return marked(QT_TRANSLATE_NOOP("Model", "there is no run {id} in the history (see: "
                                             "digitlab runs)"), id=str(run_id))


def _one_line_errors(method: Method) -> Method:
    """``method`` with SQLite's failures (locked, read-only, damaged pages, disk full) raised as
    a :class:`HistoryError` naming the file: the caller says it in one line."""
    @functools.wraps(method)
    def wrapped(self: RunStore, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise history_error(self.path, error) from error

    return wrapped  # type: ignore[return-value]


class RunStore:
    """The run history at ``path`` (default: ``runs.sqlite`` in the user data folder); a context
    manager that closes its connection."""

    def __init__(self, path: Path | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = path or run_history_path()
        self._db = connect(self.path, busy_timeout=busy_timeout)
        self._db.row_factory = sqlite3.Row

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Writing ----------------------------------------------------------------------------------

    @_one_line_errors
    def start_run(self, started_at: str, source: str, network: NetworkConfig,
                  training: TrainingConfig, dataset: dict[str, Any],
                  tensorflow_version: str | None, *, kind: str = TRAINING_KIND,
                  adaptation: dict[str, Any] | None = None) -> int:
        """Record a run that has just started (an adaptation with its report so far); its id."""
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO runs (started_at, source, network, training, dataset, app_version, "
                "tensorflow_version, kind, adaptation, config_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (started_at, source, json.dumps(network.to_dict()),
                 json.dumps(training.to_dict()), json.dumps(dataset), app_version,
                 tensorflow_version, kind, _json_or_none(adaptation), CONFIG_VERSION))
        return cursor.lastrowid

    @_one_line_errors
    def set_plan(self, run_id: int, plan: BeginEvent) -> None:
        with transaction(self._db):
            self._db.execute("UPDATE runs SET epochs_planned = ?, steps_per_epoch = ? "
                             "WHERE id = ?", (plan.epochs, plan.steps_per_epoch, run_id))

    @_one_line_errors
    def add_epoch(self, run_id: int, epoch: EpochEvent, batch_losses: BatchLosses) -> None:
        """Keep an epoch's metrics and the batch losses so far (a killed run keeps both)."""
        with transaction(self._db):
            self._db.execute(
                "INSERT OR REPLACE INTO epochs (run_id, epoch, loss, accuracy, val_loss, "
                "val_accuracy, learning_rate, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (run_id, epoch.epoch, epoch.loss, epoch.accuracy, epoch.val_loss,
                 epoch.val_accuracy, epoch.learning_rate, epoch.seconds))
            self._replace_batch_losses(run_id, batch_losses)

    @_one_line_errors
    def finish_run(self, run_id: int, summary: FinishedEvent, batch_losses: BatchLosses | None,
                   ended_at: str) -> None:
        """End the run, with its final loss curve (None: keep the one its last epoch wrote,
        the smallest write that ends a run)."""
        with transaction(self._db):
            self._db.execute(
                "UPDATE runs SET ended_at = ?, end_reason = ?, message = ?, epochs_run = ?, "
                "train_seconds = ?, test_accuracy = ?, test_loss = ?, val_accuracy = ?, "
                "drawn_accuracy = ? WHERE id = ?",
                (ended_at, summary.reason.value, summary.message, summary.epochs_run,
                 summary.train_seconds, summary.test_accuracy, summary.test_loss,
                 summary.val_accuracy, summary.drawn_accuracy, run_id))
            if batch_losses is not None:
                self._replace_batch_losses(run_id, batch_losses)

    @_one_line_errors
    def set_model_path(self, run_id: int, path: str | Path) -> None:
        """Where the run's model was saved (resolved: the history is read from anywhere)."""
        with transaction(self._db):
            self._db.execute("UPDATE runs SET model_path = ? WHERE id = ?",
                             (str(Path(path).resolve()), run_id))

    @_one_line_errors
    def set_adaptation(self, run_id: int, report: dict[str, Any]) -> None:
        """An adaptation's report once its drawings are scored (before and after)."""
        with transaction(self._db):
            self._db.execute("UPDATE runs SET adaptation = ? WHERE id = ?",
                             (json.dumps(report), run_id))

    @_one_line_errors
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

    @_one_line_errors
    def runs(self, since: str = "") -> list[RunSummary]:
        """Every run (started at or after ``since``, ISO 8601 UTC, when given), newest first."""
        rows = self._db.execute(SUMMARY_QUERY + " WHERE started_at >= ? "
                                "ORDER BY started_at DESC, id DESC", (UNFINISHED, since))
        return [summary_from_row(row) for row in rows]

    @_one_line_errors
    def run(self, run_id: int) -> RunRecord:
        """Everything about one run; a :class:`HistoryError` if there is no such run."""
        summary = self._db.execute(SUMMARY_QUERY + " WHERE id = ?", (UNFINISHED, run_id)).fetchone()
        if summary is None:
            raise HistoryError(no_such_run(run_id))
        row = dict(self._db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone())
        epochs = self._db.execute(
            "SELECT epoch, loss, accuracy, val_loss, val_accuracy, learning_rate, seconds "
            "FROM epochs WHERE run_id = ? ORDER BY epoch", (run_id,)).fetchall()
        points = self._db.execute("SELECT epoch, loss FROM batch_losses WHERE run_id = ? "
                                  "ORDER BY point", (run_id,)).fetchall()
        return record_from_rows(summary_from_row(summary), row, epochs, points)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value)
