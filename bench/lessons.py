"""What do lessons cost? Opening each shipped lesson, and the checks against a training run.

Lesson checks never run per batch: the Lessons panel reads the facts once when a run has been
recorded (and when a drawing is kept or a unit pointed at). So their cost for training is one
refresh — reading the ``--lesson-runs`` runs made since the lesson began from a history of
``--runs`` older ones (finished runs are read once, so a refresh after a run reads one new
record) and checking every step of every shipped lesson — against the time of the shortest
lesson run (a small network, one epoch, trained here with the one Trainer). The first refresh
when a lesson opens, and one counting the whole history, are reported too. Opening a lesson is
reading and checking its ``lesson.json`` and Markdown, then showing it in the panel (offscreen
Qt).

    python bench/lessons.py [--runs N] [--rounds R] [--limit N] [--json] [--quick]
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import bench_parser, parse_args

LESSON_BEGAN = "2026-01-01T00:00:00+00:00"


def fill_history(path: Path, runs: int, day: str) -> None:
    """``runs`` finished runs of a few epochs on ``day`` (``2026-01-01``), as the Runs tab
    would have recorded them."""
    from model.config import LayerConfig, NetworkConfig, TrainingConfig
    from model.history.store import RunStore
    from model.training.events import BeginEvent, EndReason, EpochEvent, FinishedEvent

    with RunStore(path) as store:
        for number in range(runs):
            started = f"{day}T{number // 3600 % 24:02d}:{number // 60 % 60:02d}:" \
                      f"{number % 60:02d}+00:00"
            activation = ("relu", "tanh", "sigmoid")[number % 3]
            run_id = store.start_run(started, "gui",
                                     NetworkConfig(hidden=(LayerConfig(64, activation),)),
                                     TrainingConfig(epochs=5), {"name": "MNIST",
                                                                "spec": "mnist"}, "1")
            store.set_plan(run_id, BeginEvent(5, 100, 64))
            for epoch in range(1, 6):
                store.add_epoch(run_id, EpochEvent(epoch, 0.5, 0.9, 1.0, 0.1, 0.4, 0.9),
                                ([], []))
            store.finish_run(run_id, FinishedEvent(EndReason.FINISHED, "done", 5, 5.0, 0.9),
                             ([], []), started)


def refresh_seconds(path: Path, rounds: int, since: str) -> tuple[float, float]:
    """(first refresh, later refreshes p50) counting the runs since ``since``: facts read and
    every shipped check evaluated."""
    from model.lessons.checks import Facts, is_done
    from model.lessons.facts import FactsReader
    from model.lessons.library import catalogue

    steps = [step for lesson in catalogue().lessons for step in lesson.steps]
    reader = FactsReader(path, path.parent / "drawings.jsonl")
    times = []
    for _ in range(rounds + 1):
        started = time.perf_counter()
        facts = Facts(reader.runs_since(since), reader.drawings())
        for step in steps:
            is_done(step.check, facts)
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def open_seconds(rounds: int) -> dict[str, float]:
    """Each shipped lesson opened in the panel (read, checked, shown), slowest of ``rounds``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.lessons.panel import LessonsPanel

    app = QApplication.instance() or QApplication([])
    panel = LessonsPanel()
    panel.show()
    worst = {}
    for lesson in panel.lessons():
        times = []
        for _ in range(rounds):
            panel.show_list()
            app.processEvents()
            started = time.perf_counter()
            panel.open_lesson(lesson.id)
            app.processEvents()
            times.append(time.perf_counter() - started)
        worst[lesson.id] = max(times)
    return worst


def train_seconds(limit: int) -> float:
    """The shortest kind of lesson run: 64 ReLU units, one epoch on ``limit`` images."""
    from model.config import LayerConfig, NetworkConfig, TrainingConfig
    from model.data.datasets import load_dataset
    from model.training.events import TrainingListener
    from model.training.trainer import Trainer

    dataset = load_dataset("mnist").limited(limit, 1)
    result = Trainer(NetworkConfig(hidden=(LayerConfig(64),)),
                     TrainingConfig(epochs=1, batch_size=64, seed=1), dataset,
                     TrainingListener()).run()
    return result.summary.train_seconds


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--runs", type=int, default=1000,
                        help="runs in the history before the lesson began")
    parser.add_argument("--lesson-runs", type=int, default=10,
                        help="runs made since the lesson began (they are the ones checked)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--limit", type=int, default=12000,
                        help="training images of the lesson run (the lessons' subset)")
    args = parse_args(parser, runs=30, lesson_runs=3, rounds=2, limit=600)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DIGITLAB_DATA_DIR"] = folder
        history = Path(folder) / "runs.sqlite"
        fill_history(history, args.runs, "2025-06-01")
        fill_history(history, args.lesson_runs, LESSON_BEGAN[:10])
        first, later = refresh_seconds(history, args.rounds, LESSON_BEGAN)
        every_first, _ = refresh_seconds(history, 1, "")
        opened = open_seconds(args.rounds)
        training = train_seconds(args.limit)
    result = {"history_runs": args.runs + args.lesson_runs, "lesson_runs": args.lesson_runs,
              "refresh_first_s": round(first, 4), "refresh_p50_s": round(later, 4),
              "refresh_every_run_s": round(every_first, 4), "train_s": round(training, 2),
              "checks_percent_of_training": round(100 * later / training, 3),
              "open_lesson_max_ms": round(1000 * max(opened.values()), 1),
              "open_lesson_ms": {name: round(1000 * value, 1) for name, value in opened.items()}}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:<28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
