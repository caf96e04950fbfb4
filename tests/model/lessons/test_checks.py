"""Step checks are pure functions of DigitLab's facts; the facts come from its own files."""

from __future__ import annotations

import json

import pytest

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.history.store import RunStore
from model.lessons.checks import Facts, RunFacts, is_done, run_matches
from model.lessons.facts import FactsReader
from model.lessons.progress import Progress, load_progress, progress_dir, save_progress
from model.training.events import BeginEvent, EndReason, EpochEvent, FinishedEvent


def run(**changes) -> RunFacts:
    facts = {"started": "2026-01-01T10:00:00+00:00", "dataset": "mnist",
             "activations": frozenset({"relu"}), "optimizer": "sgd", "learning_rate": 0.1,
             "dropout": 0.0, "epochs": 5, "best_val_accuracy": 0.96, "test_accuracy": 0.955,
             "reason": "finished"}
    return RunFacts(**{**facts, **changes})


@pytest.mark.parametrize(("conditions", "expected"), [
    ({"min_val_accuracy": 0.95}, True), ({"min_val_accuracy": 0.97}, False),
    ({"activation": "relu"}, True), ({"activation": "sigmoid"}, False),
    ({"reason": "nan"}, False), ({"dataset": "mnist", "optimizer": "sgd"}, True),
    ({"min_learning_rate": 0.05, "max_learning_rate": 0.5}, True),
    ({"max_learning_rate": 0.01}, False), ({"min_dropout": 0.3}, False),
    ({"min_epochs": 5}, True), ({"min_test_accuracy": 0.96}, False),
])
def test_a_run_matches_every_condition_it_is_asked(conditions, expected):
    assert run_matches(run(), conditions) is expected


def test_each_kind_of_check():
    facts = Facts(runs=(run(activations=frozenset({"sigmoid"})), run()), drawings=4,
                  adapted=True, events=frozenset({"unit_pointed"}))
    assert is_done({"check": "runs", "each": [{"activation": "sigmoid"},
                                              {"activation": "relu"}]}, facts)
    assert not is_done({"check": "runs", "each": [{"activation": "tanh"}]}, facts)
    assert not is_done({"check": "drawings", "count": 5}, facts)
    assert is_done({"check": "drawings", "count": 4}, facts)
    assert is_done({"check": "adapted"}, facts)
    assert is_done({"check": "event", "event": "unit_pointed"}, facts)
    assert not is_done({"check": "event", "event": "weights_tab"}, facts)
    assert not is_done(None, facts)


def record_run(store: RunStore, started: str, activation: str, val: float,
               reason: EndReason = EndReason.FINISHED) -> int:
    run_id = store.start_run(started, "gui", NetworkConfig(hidden=(LayerConfig(8, activation),)),
                             TrainingConfig(epochs=1), {"name": "MNIST", "spec": "mnist"}, "1")
    store.set_plan(run_id, BeginEvent(1, 10, 32))
    store.add_epoch(run_id, EpochEvent(1, 0.5, 0.9, 1.0, 0.001, 0.4, val), ([], []))
    store.finish_run(run_id, FinishedEvent(reason, "done", 1, 1.0, 0.9), ([], []), started)
    return run_id


def test_the_reader_gathers_runs_since_the_lesson_began_and_counts_drawings(tmp_path):
    history = tmp_path / "runs.sqlite"
    with RunStore(history) as store:
        record_run(store, "2026-01-01T09:00:00+00:00", "sigmoid", 0.99)
        record_run(store, "2026-01-01T11:00:00+00:00", "relu", 0.951)
    drawings = tmp_path / "drawings.jsonl"
    drawings.write_text("\n".join(json.dumps(
        {"label": 3, "strokes": [[[1, 2], [3, 4]]], "canvas": [280, 280], "pen_width": 18,
         "created": "2026-01-01T10:00:00+00:00"}) for _ in range(3)) + "\n")
    reader = FactsReader(history, drawings)
    runs = reader.runs_since("2026-01-01T10:00:00+00:00")
    assert [(r.activations, r.best_val_accuracy, r.dataset) for r in runs] == [
        (frozenset({"relu"}), 0.951, "mnist")]
    assert is_done({"check": "run", "min_val_accuracy": 0.95}, Facts(runs=runs))
    assert reader.drawings() == 3


def test_progress_is_kept_per_lesson_and_a_damaged_file_starts_afresh():
    progress = Progress("2026-01-01T10:00:00+00:00", frozenset({0, 2}), 3)
    save_progress("tiny", progress)
    assert load_progress("tiny") == progress
    (progress_dir() / "tiny.json").write_text("{half")
    fresh = load_progress("tiny")
    assert fresh.done == frozenset() and fresh.current == 0
    assert not list(progress_dir().glob("*.tmp*"))


THRESHOLD_FIELDS = {"min_val_accuracy": "best_val_accuracy", "min_test_accuracy": "test_accuracy",
                    "min_dropout": "dropout", "min_epochs": "epochs",
                    "min_learning_rate": "learning_rate", "max_learning_rate": "learning_rate"}


def meeting(conditions) -> RunFacts:
    """A run that meets ``conditions`` at their thresholds (a learning rate at the first bound
    given: the shipped ranges are wide)."""
    changes = {}
    for key, value in conditions.items():
        if key == "activation":
            changes["activations"] = frozenset({value})
        elif key in ("optimizer", "reason", "dataset"):
            changes[key] = value
        elif key in THRESHOLD_FIELDS:
            changes.setdefault(THRESHOLD_FIELDS[key], value)
    return run(**changes)


def test_every_shipped_check_can_be_met_and_is_not_met_by_nothing():
    from model.lessons.library import catalogue

    for lesson in catalogue().lessons:
        for step in lesson.steps:
            check = step.check
            if check is None:
                continue
            assert not is_done(check, Facts()), (lesson.id, step.title)
            each = check.get("each", [check])
            facts = Facts(runs=tuple(meeting(conditions) for conditions in each), drawings=99,
                          adapted=True, events=frozenset({check.get("event", "")}))
            assert is_done(check, facts), (lesson.id, step.title)
