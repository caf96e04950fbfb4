"""Whether a lesson step is done: pure functions of what DigitLab already knows.

The facts are DigitLab's own records — the run history (:mod:`model.history`), the count of
*My drawings* (:mod:`model.data.my_drawings`), whether the model in use was adapted, and the
few window events no file keeps (a unit pointed at, a tab opened). :func:`is_done` reads only
these, so a check costs nothing while training runs: the panel gathers the facts when a run
ends or the window reports an event, never per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from model.history.records import RunRecord


@dataclass(frozen=True)
class RunFacts:
    """What a step may ask of one run in the history."""

    started: str
    """ISO 8601, UTC: a lesson counts the runs started after it was first opened."""
    dataset: str
    activations: frozenset[str]
    optimizer: str
    learning_rate: float
    dropout: float
    """The largest dropout of any hidden layer."""
    epochs: int
    best_val_accuracy: float | None
    test_accuracy: float | None
    reason: str


@dataclass(frozen=True)
class Facts:
    runs: tuple[RunFacts, ...] = ()
    drawings: int = 0
    adapted: bool = False
    events: frozenset[str] = frozenset()


def run_facts(record: RunRecord) -> RunFacts:
    """The facts of one stored run."""
    fields = record.fields
    hidden = fields["network"].get("hidden", [])
    training = fields["training"]
    dataset = fields.get("dataset") or {}
    val = [epoch["val_accuracy"] for epoch in record.epochs
           if epoch.get("val_accuracy") is not None]
    return RunFacts(
        started=record.summary.started,
        dataset=str(dataset.get("spec") or dataset.get("name") or record.summary.dataset).lower(),
        activations=frozenset(layer.get("activation", "") for layer in hidden),
        optimizer=training.get("optimizer", ""),
        learning_rate=float(training.get("learning_rate", 0.0)),
        dropout=max((float(layer.get("dropout", 0.0)) for layer in hidden), default=0.0),
        epochs=record.summary.epochs or 0,
        best_val_accuracy=max(val) if val else None,
        test_accuracy=record.summary.test_accuracy,
        reason=record.summary.reason)


def runs_since(runs: Iterable[RunFacts], since: str) -> tuple[RunFacts, ...]:
    return tuple(run for run in runs if run.started >= since)


def run_matches(run: RunFacts, conditions: Mapping[str, Any]) -> bool:
    """Whether ``run`` meets every condition of a ``run`` check (see format.RUN_CONDITIONS)."""
    return all(_meets(run, key, wanted) for key, wanted in conditions.items() if key != "check")


def _meets(run: RunFacts, key: str, wanted: Any) -> bool:
    if key == "activation":
        return wanted in run.activations
    if key in ("optimizer", "reason", "dataset"):
        return getattr(run, key) == wanted
    if key == "min_val_accuracy":
        return run.best_val_accuracy is not None and run.best_val_accuracy >= wanted
    if key == "min_test_accuracy":
        return run.test_accuracy is not None and run.test_accuracy >= wanted
    if key == "min_learning_rate":
        return run.learning_rate >= wanted
    if key == "max_learning_rate":
        return run.learning_rate <= wanted
    if key == "min_dropout":
        return run.dropout >= wanted
    if key == "min_epochs":
        return run.epochs >= wanted
    raise KeyError(key)


def is_done(check: Mapping[str, Any] | None, facts: Facts) -> bool:
    """Whether a step with ``check`` is done (a step without one is done when read)."""
    if check is None:
        return False
    kind = check["check"]
    if kind == "run":
        return any(run_matches(run, check) for run in facts.runs)
    if kind == "runs":
        return all(any(run_matches(run, each) for run in facts.runs) for each in check["each"])
    if kind == "drawings":
        return facts.drawings >= check["count"]
    if kind == "adapted":
        return facts.adapted
    return check["event"] in facts.events
