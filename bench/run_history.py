"""The run history: how fast 1,000 runs are listed, and what recording a run costs.

* a history of ``--runs`` synthetic runs (each ``--epochs`` epochs and 2,000 batch-loss points,
  as long runs leave them) is written to a throwaway data folder, then
* the Runs view (offscreen) is filled from it: ``refresh()`` until ``refreshed``, reading on the
  history's thread and filling the table, ``--repeats`` times;
* ``digitlab runs --json`` is run as a user runs it (a new process each time);
* the same training (a small MLP, batch 32: the most batches per second, so the most listener
  calls) runs with and without a :class:`RunRecorder` around its listener, alternating; the ratio
  compares the best fit time of each. On a busy machine that ratio is mostly noise, so the
  recorded runs also add up the recorder's own time as a share of their fit time: its callbacks
  on the training thread, and the CPU time of its writes on the history's thread.

    python bench/run_history.py [--runs N] [--repeats N] [--rounds N] [--limit N] [--json] [--quick]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import REPO, bench_parser, limited, parse_args

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.history.curves import BATCH_POINTS
from model.history.queue import HistoryQueue
from model.history.recorder import RunRecorder, dataset_info
from model.history.store import RunStore
from model.training.events import (
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)

NETWORK = NetworkConfig(hidden=(LayerConfig(64),))
DATASET = {"name": "MNIST", "spec": "mnist", "train": 60000, "test": 10000,
           "classes": list("0123456789")}


def write_synthetic_runs(count: int, epochs: int) -> float:
    """``count`` finished runs, written through the store's own methods; seconds taken."""
    started = time.perf_counter()
    positions = [epochs * (i + 1) / BATCH_POINTS for i in range(BATCH_POINTS)]
    losses = [2.3 / (1 + 3 * x) for x in positions]
    with RunStore() as store:
        for index in range(count):
            training = TrainingConfig(epochs=epochs, learning_rate=0.001 * (1 + index % 5))
            run_id = store.start_run(f"2025-01-01T00:00:{index % 60:02d}+00:00", "cli",
                                     NETWORK, training, DATASET, "2.99")
            store.set_plan(run_id, BeginEvent(epochs, 422, 128))
            for epoch in range(1, epochs + 1):
                store.add_epoch(run_id, EpochEvent(epoch, 0.3 / epoch, 0.9, 5.0, 0.001, 0.3,
                                                   0.9), ([], []))
            store.finish_run(run_id, FinishedEvent(EndReason.FINISHED, "Finished.", epochs,
                                                   5.0 * epochs, 0.97, 0.1, 0.97, 0.9),
                             (positions, losses), "2025-01-01T00:10:00+00:00")
    return time.perf_counter() - started


def view_fill_ms(repeats: int) -> list[float]:
    """Milliseconds from ``refresh()`` to a filled table, each time."""
    from PySide6.QtWidgets import QApplication

    from gui.common.waiting import wait_for_signal
    from gui.runs.view import RunsView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    view = RunsView()
    view.resize(700, 600)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        if not wait_for_signal(view.refreshed, 10_000, view.refresh):
            raise SystemExit("the Runs view was not filled within 10 s")
        times.append(1000 * (time.perf_counter() - started))
    assert view.table().model().rowCount() > 0
    view.shutdown()
    app.processEvents()
    return times


def cli_list_seconds(repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "runs", "--json"],
                              capture_output=True, text=True, cwd=REPO)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(done.stderr)
    return times


class Stopwatch:
    """Seconds spent in the calls it wraps by ``clock``: ``time.perf_counter`` for calls that
    hold up the thread that makes them, ``time.thread_time`` for another thread's CPU time."""

    def __init__(self, clock=time.perf_counter) -> None:
        self.clock = clock
        self.seconds = 0.0

    def wrap(self, call):
        def timed(*args):
            started = self.clock()
            try:
                return call(*args)
            finally:
                self.seconds += self.clock() - started
        return timed


class TimedListener(TrainingListener):
    """Passes every event on to ``listener``, timing it."""

    def __init__(self, listener: TrainingListener, stopwatch: Stopwatch) -> None:
        for name in ("on_status", "on_begin", "on_batch", "on_epoch", "on_finished"):
            setattr(self, name, stopwatch.wrap(getattr(listener, name)))


class TimedQueue(HistoryQueue):
    """A history queue that times each task on its thread."""

    def __init__(self, stopwatch: Stopwatch) -> None:
        super().__init__(on_error=lambda error: print(error, file=sys.stderr))
        self._stopwatch = stopwatch

    def submit(self, task, **options):
        return super().submit(self._stopwatch.wrap(task), **options)


def fit_seconds(dataset, training: TrainingConfig,
                recorded: bool) -> tuple[float, float, float]:
    """The run's fit time, and the recorder's time on the training thread and the CPU time of
    its writes on the history's thread (both 0 unrecorded)."""
    from model.training.trainer import Trainer

    callbacks, writes = Stopwatch(), Stopwatch(time.thread_time)
    queue = TimedQueue(writes)
    listener = TrainingListener()
    if recorded:
        listener = TimedListener(RunRecorder(queue, NETWORK, training,
                                             dataset_info(dataset, "mnist"), source="cli"),
                                 callbacks)
    seconds = Trainer(NETWORK, training, dataset, listener).run().summary.train_seconds
    queue.wait()
    return seconds, callbacks.seconds, writes.seconds


def recording_cost(rounds: int, epochs: int, limit: int | None) -> dict[str, float]:
    from model.data.datasets import load_dataset

    training = TrainingConfig(epochs=epochs, batch_size=32, validation_split=0.1, seed=1)
    dataset = limited(load_dataset("mnist"), limit, training.seed)
    plain, recorded, callbacks, writes = [], [], [], []
    for _ in range(rounds):
        plain.append(fit_seconds(dataset, training, recorded=False)[0])
        fit, in_callbacks, in_writes = fit_seconds(dataset, training, recorded=True)
        recorded.append(fit)
        callbacks.append(in_callbacks / fit)
        writes.append(in_writes / fit)
    return {"plain_fit_s": min(plain), "recorded_fit_s": min(recorded),
            "ratio": min(recorded) / min(plain), "callbacks_share": max(callbacks),
            "writes_cpu_share": max(writes)}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--epochs", type=int, default=20, help="epochs of each synthetic run")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="trainings with and without")
    parser.add_argument("--train-epochs", type=int, default=2)
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train on a stratified subset of N MNIST training images")
    args = parse_args(parser, runs=30, epochs=3, repeats=2, rounds=1, train_epochs=1, limit=600)
    os.environ["DIGITLAB_DATA_DIR"] = tempfile.mkdtemp(prefix="digitlab-bench-history-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made

    written = write_synthetic_runs(args.runs, args.epochs)
    fills = view_fill_ms(args.repeats)
    listing = cli_list_seconds(max(3, args.repeats // 2))
    row = {"benchmark": "run_history", "runs": args.runs, "write_s": written,
           "view_fill_ms_p50": statistics.median(fills), "view_fill_ms_max": max(fills),
           "cli_runs_json_s_p50": statistics.median(listing),
           "cli_runs_json_s_max": max(listing),
           "load_average": os.getloadavg()[0],
           **recording_cost(args.rounds, args.train_epochs, args.limit)}
    if args.json:
        print(json.dumps(row))
        return 0
    print(f"{args.runs:,} runs of {args.epochs} epochs written in {written:.1f} s")
    print(f"  Runs view filled        p50 {row['view_fill_ms_p50']:.0f} ms, "
          f"max {row['view_fill_ms_max']:.0f} ms ({args.repeats} refreshes)")
    print(f"  digitlab runs --json    p50 {row['cli_runs_json_s_p50']:.2f} s, "
          f"max {row['cli_runs_json_s_max']:.2f} s")
    print(f"Recording a run ({args.train_epochs} epochs of 784-64-10 at batch 32, best of "
          f"{args.rounds}): fit {row['plain_fit_s']:.2f} s plain, {row['recorded_fit_s']:.2f} s "
          f"recorded, ratio {row['ratio']:.3f}; the recorder's callbacks took "
          f"{row['callbacks_share']:.2%} of the fit, its writes {row['writes_cpu_share']:.2%} "
          f"(CPU, another thread; load average {row['load_average']:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
