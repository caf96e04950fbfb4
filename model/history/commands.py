"""``digitlab runs``: list, show, export and delete the recorded training runs.

Read straight from the history file: the command line has no window to keep responsive, and a
listing of a thousand runs takes milliseconds. With ``--json`` the output is one JSON value.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from model.history.export import export_curves
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
from model.history.store import RunStore
from model.training.adaptation_report import AdaptationReport, counted
from model.user_data import run_history_path

if TYPE_CHECKING:
    from model.config import NetworkConfig, TrainingConfig
    from model.data.datasets import Dataset
    from model.training.events import TrainingListener

LIST_COLUMNS = (("id", 5), ("started", 17), ("dataset", 14), ("network", 24), ("epochs", 6),
                ("test", 7), ("drawn", 7), ("time", 12), ("end", 13))
EPOCH_COLUMNS = (("epoch", "epoch", "{}"), ("loss", "loss", "{:.4f}"),
                 ("accuracy", "accuracy", "{:.2%}"), ("val loss", "val_loss", "{:.4f}"),
                 ("val acc", "val_accuracy", "{:.2%}"), ("rate", "learning_rate", "{:.3g}"),
                 ("seconds", "seconds", "{:.1f}"))


def add_runs_parser(p: argparse.ArgumentParser) -> None:
    p.description = (f"Every training run and adaptation, from the window, 'digitlab train' or "
                     f"'digitlab adapt', recorded in "
                     f"{run_history_path()}. Without an action: the runs, newest first.")
    p.add_argument("--json", action="store_true", help="print JSON")
    actions = p.add_subparsers(dest="runs_action", parser_class=type(p), metavar="ACTION")
    show = actions.add_parser("show", help="everything about one run, with its epochs")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    export = actions.add_parser("export", help="write a run's curves to a CSV file")
    export.add_argument("id", type=int)
    export.add_argument("--csv", required=True, metavar="FILE", help="the CSV file to write")
    actions.add_parser("delete", help="forget a run").add_argument("id", type=int)


def runs_command(args: argparse.Namespace) -> int:
    with RunStore() as store:
        if args.runs_action is None:
            _print_runs(store.runs(), as_json=args.json)
        elif args.runs_action == "show":
            _print_run(store.run(args.id), as_json=args.json)
        elif args.runs_action == "export":
            path = export_curves(store.run(args.id), args.csv)
            print(f"Wrote the curves of run {args.id} to {path}", file=sys.stderr)
        elif store.delete_runs([args.id]) == 0:
            raise HistoryError(f"there is no run {args.id} in the history (see: digitlab runs)")
        else:
            print(f"Deleted run {args.id}.", file=sys.stderr)
    return 0


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
                    percent_text(run.test_accuracy), percent_text(run.drawn_accuracy),
                    duration_text(run.seconds), run.reason)))


def _row(values) -> str:
    return " ".join(f"{value!s:<{width}}" for value, (_, width) in
                    zip(values, LIST_COLUMNS, strict=True)).rstrip()


def _print_run(record: RunRecord, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(record.to_dict()))
        return
    fields, summary = record.fields, record.summary
    data = fields["dataset"]
    scores = ", ".join(f"{name} {percent_text(value)}" for name, value in (
        ("test", summary.test_accuracy), ("validation", fields["val_accuracy"]),
        ("drawn", summary.drawn_accuracy)) if value is not None)
    for name, value in (
        ("run", f"{summary.id}: {summary.reason}. {fields['message'] or ''}"),
        ("started", f"{local_time(summary.started)} ({fields['source']}); ended "
                    f"{local_time(fields['ended_at']) or 'never'}"),
        ("versions", f"DigitLab {fields['app_version']}, TensorFlow "
                     f"{fields['tensorflow_version'] or 'unknown'}"),
        ("dataset", f"{data['name']} ({data['spec'] or 'given by code'}): {data['train']:,} "
                    f"train / {data['test']:,} test"),
        ("network", summary.network),
        ("training", f"{training_summary(fields['training'])}; {summary.epochs} of "
                     f"{fields['epochs_planned'] or '?'} epochs in "
                     f"{duration_text(summary.seconds) or '?'}"),
        ("scores", scores or "none"),
        *_adaptation_line(fields.get("adaptation")),
        ("model", fields["model_path"] or "not saved"),
    ):
        print(f"{name:<10}{value}")
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


def record_cli_run(network: NetworkConfig, training: TrainingConfig, dataset: Dataset, spec: str,
                   inner: TrainingListener) -> RunRecorder:
    """A recorder for ``digitlab train``'s run, passing events on to ``inner``."""
    return RunRecorder(cli_history_queue(), network, training, dataset_info(dataset, spec),
                       source="cli", inner=inner)


def cli_history_queue() -> HistoryQueue:
    """Where the command line records its runs. Writes run on a background thread that the
    process waits for before it exits; a failure to record is a warning, never a reason to lose
    the run."""
    return HistoryQueue(on_error=lambda error: print(
        f"digitlab: warning: the run is not recorded in the history: {error}", file=sys.stderr))
