"""``digitlab runs``: list, show, export and delete the recorded training runs.

Read straight from the history file: the command line has no window to keep responsive, and a
listing of a thousand runs takes milliseconds. With ``--json`` the output is one JSON value.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import TYPE_CHECKING

from model.history.export import check_curves_path, export_curves
from model.history.queue import HistoryQueue
from model.history.recorder import RunRecorder, dataset_info
from model.history.records import (
    RunRecord,
    RunSummary,
    duration_text,
    local_time,
    percent_text,
    training_summary,
)
from model.history.schema import HistoryError
from model.history.store import RunStore, no_such_run
from model.training.adaptation_report import AdaptationReport, counted
from model.user_data import run_history_path

if TYPE_CHECKING:
    from model.config import NetworkConfig, TrainingConfig
    from model.data.datasets import Dataset
    from model.training.events import TrainingListener

LIST_COLUMNS = (("id", 5), ("started", 17), ("dataset", 14), ("network", 24), ("epochs", 6),
                ("test (images)", 17), ("drawn", 7), ("time", 12), ("end", 13))
EPOCH_COLUMNS = (("epoch", "epoch", "{}"), ("loss", "loss", "{:.4f}"),
                 ("accuracy", "accuracy", "{:.2%}"), ("val loss", "val_loss", "{:.4f}"),
                 ("val acc", "val_accuracy", "{:.2%}"), ("rate", "learning_rate", "{:.3g}"),
                 ("seconds", "seconds", "{:.1f}"))
LARGEST_ID = 2**63 - 1
"""SQLite's largest integer: no run has a larger id."""


def add_runs_parser(p: argparse.ArgumentParser) -> None:
    p.description = (f"Every training run and adaptation, from the window, 'digitlab train' or "
                     f"'digitlab adapt', recorded in "
                     f"{run_history_path()}. Without an action: the runs, newest first.")
    p.add_argument("--json", action="store_true", help="print JSON")
    actions = p.add_subparsers(dest="runs_action", parser_class=type(p), metavar="ACTION")
    show = actions.add_parser("show", help="everything about one run, with its epochs")
    show.add_argument("id", type=run_id)
    show.add_argument("--json", action="store_true", help="print JSON")
    export = actions.add_parser("export", help="write a run's curves to a CSV file")
    export.add_argument("id", type=run_id)
    export.add_argument("--csv", required=True, metavar="FILE", help="the CSV file to write")
    actions.add_parser("delete", help="forget a run").add_argument("id", type=run_id)


def run_id(text: str) -> int:
    """A run id as typed: a whole number from 1 (SQLite takes none beyond :data:`LARGEST_ID`)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= LARGEST_ID:
        raise argparse.ArgumentTypeError(f"expected a run id (a whole number from 1, see: "
                                         f"digitlab runs), got {text!r}")
    return value


def runs_command(args: argparse.Namespace) -> int:
    csv_path = check_curves_path(args.csv) if args.runs_action == "export" else None
    with RunStore() as store:
        if args.runs_action is None:
            _print_runs(store.runs(), as_json=args.json)
        elif args.runs_action == "show":
            _print_run(store.run(args.id), as_json=args.json)
        elif args.runs_action == "export":
            path = export_curves(store.run(args.id), csv_path)
            print(f"Wrote the curves of run {args.id} to {path}", file=sys.stderr)
        elif store.delete_runs([args.id]) == 0:
            raise HistoryError(no_such_run(args.id))
        else:
            print(f"Deleted run {args.id}.", file=sys.stderr)
    return 0


def printable(text: object) -> str:
    """``text`` with control characters (terminal escapes, bidi overrides) shown as ``?``: what
    is printed from the history file must not steer the terminal."""
    return "".join("?" if unicodedata.category(char) in ("Cc", "Cf") else char
                   for char in str(text))


def _print_runs(runs: list[RunSummary], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([run.to_dict() for run in runs]))
        return
    if not runs:
        print(f"No runs recorded yet in {run_history_path()}.", file=sys.stderr)
        return
    print(_row(name for name, _ in LIST_COLUMNS))
    for run in runs:
        print(_row((run.id, local_time(run.started), run.dataset, run.network, run.epochs,
                    score_text(run.test_accuracy, run.test_images),
                    percent_text(run.drawn_accuracy), duration_text(run.seconds),
                    run.reason if run.damage is None else f"{run.reason}: {run.damage}")))


def score_text(accuracy: float | None, images: int | None) -> str:
    """``84.02% (10,000)``: a test score with the number of test images it was measured on."""
    if accuracy is None or images is None:
        return percent_text(accuracy)
    return f"{percent_text(accuracy)} ({images:,})"


def _row(values) -> str:
    return printable(" ".join(f"{value!s:<{width}}" for value, (_, width) in
                              zip(values, LIST_COLUMNS, strict=True)).rstrip())


def _print_run(record: RunRecord, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(record.to_dict()))
        return
    fields, summary = record.fields, record.summary
    data = fields["dataset"]
    scores = ", ".join(f"{name} {text}" for name, text in (
        ("test", score_text(summary.test_accuracy, summary.test_images)),
        ("validation", percent_text(fields["val_accuracy"])),
        ("drawn", percent_text(summary.drawn_accuracy))) if text)
    for name, value in (
        ("run", f"{summary.id}: {summary.reason}. {fields['message'] or ''}"),
        ("started", f"{local_time(summary.started)} ({fields['source']}); ended "
                    f"{local_time(fields['ended_at']) or 'never'}"),
        ("versions", f"DigitLab {fields['app_version']}, TensorFlow "
                     f"{fields['tensorflow_version'] or 'unknown'}"),
        ("dataset", f"{data['name']} ({data.get('spec') or 'given by code'}): "
                    f"{_count(data.get('train'))} train / {_count(data.get('test'))} test"),
        ("network", summary.network),
        ("training", f"{training_summary(fields['training'])}; {summary.epochs} of "
                     f"{fields['epochs_planned'] or '?'} epochs in "
                     f"{duration_text(summary.seconds) or '?'}"),
        ("scores", scores or "none"),
        *_adaptation_line(fields.get("adaptation")),
        ("model", fields["model_path"] or "not saved"),
    ):
        print(printable(f"{name:<10}{value}"))
    print()
    print("  ".join(f"{title:>9}" for title, _, _ in EPOCH_COLUMNS))
    for epoch in record.epochs:
        print("  ".join(f"{'' if epoch[key] is None else form.format(epoch[key]):>9}"
                        for _, key, form in EPOCH_COLUMNS))


def _adaptation_line(report: dict | None) -> list[tuple[str, str]]:
    """For an adaptation: its base model, its drawings and, once scored, what changed."""
    if not report:
        return []
    try:
        adapted = AdaptationReport.from_dict(report)
    except (AttributeError, KeyError, TypeError, ValueError):  # an edited or foreign row
        return [("adapted", f"(its report cannot be read: {str(report)[:60]!r})")]
    changed = f": {adapted.describe()}" if adapted.mnist_after is not None else ""
    return [("adapted", f"from {adapted.base_model} to {counted(adapted.drawings, 'drawing')}"
                        f"{changed}")]


def _count(images: int | None) -> str:
    return "?" if images is None else f"{images:,}"


class CliHistory:
    """The command line's way into the history. Writes run on a background thread; a failure to
    record is a warning, never a reason to lose the run, and the warnings wait for
    :meth:`close`: while TensorFlow is imported, file descriptor 2 points at /dev/null
    (:mod:`model.keras_runtime`), and a warning printed then would be lost."""

    def __init__(self) -> None:
        self._warnings: list[str] = []
        self.queue = HistoryQueue(on_error=lambda error: self._warnings.append(str(error)))

    def close(self) -> None:
        """Wait for every write, then print what could not be recorded (one line each)."""
        self.queue.wait()
        for warning in self._warnings:
            print(printable(f"digitlab: warning: {warning}"), file=sys.stderr)
        self._warnings.clear()


class CliRecording:
    """``digitlab train``'s run in the history (see :class:`CliHistory`)."""

    def __init__(self, network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                 spec: str, inner: TrainingListener) -> None:
        self._history = CliHistory()
        self.recorder = RunRecorder(self._history.queue, network, training,
                                    dataset_info(dataset, spec), source="cli", inner=inner)

    def close(self) -> None:
        """Wait for the run's writes, then print what could not be recorded."""
        self._history.close()
