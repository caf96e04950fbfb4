"""Rows read from the history file, checked like any other untrusted input.

SQLite keeps whatever a column is given, and the file may have been edited by hand or by another
program: a time that is not a time, a network that is not JSON, a score that is text. Each value
is checked for the kind the rest of DigitLab expects before it leaves the store, so a damaged run
is listed as damaged (saying what is wrong) and refused when opened, never an exception while a
table repaints or a command prints.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from model.history.records import (
    ADAPTATION_KIND,
    DAMAGED,
    TRAINING_KIND,
    RunRecord,
    RunSummary,
    local_time,
    network_summary,
)
from model.history.schema import HistoryError
from model.translatable import QT_TRANSLATE_NOOP, marked

Check = Callable[[Any, str], Any]
RUN_KINDS = (TRAINING_KIND, ADAPTATION_KIND)


class DamagedRow(ValueError):
    """A stored value is not of the kind expected (the message says which and what it is)."""


def summary_from_row(row: Mapping[str, Any]) -> RunSummary:
    """The run's line, or a line marked :data:`DAMAGED` that says what is wrong."""
    try:
        return _summary(row)
    except DamagedRow as error:
        return RunSummary(id=row["id"], started="", dataset="?", network="?", epochs=0,
                          test_accuracy=None, drawn_accuracy=None, seconds=None,
                          reason=DAMAGED, model_path=None, damage=str(error))


def record_from_rows(summary: RunSummary, row: Mapping[str, Any],
                     epochs: list[Mapping[str, Any]],
                     points: list[Mapping[str, Any]]) -> RunRecord:
    """Everything about one run, checked; a :class:`HistoryError` if any of it is damaged."""
    try:
        if summary.damage:
            raise DamagedRow(summary.damage)
        fields = {name: check(row[name], name) for name, check in RUN_FIELDS.items()}
        return RunRecord(summary, {**row, **fields},
                         [{name: check(epoch[name], f"epoch {name}")
                           for name, check in EPOCH_FIELDS.items()} for epoch in epochs],
                         [number(point["epoch"], "batch loss position") for point in points],
                         [optional(number)(point["loss"], "batch loss") for point in points])
    except DamagedRow as error:
        raise HistoryError(marked(
            QT_TRANSLATE_NOOP("Model", "run {id} is damaged in the history: {error}"),
            id=str(summary.id), error=str(error))) from None


# Checks: each returns the value if it is of the kind named, else raises DamagedRow ------------


def _expected(kind: str, name: str, value: Any) -> DamagedRow:
    shown = repr(value)
    return DamagedRow(f"expected {kind} as {name}, found "
                      f"{shown[:40] + '…' if len(shown) > 40 else shown}")


def integer(value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _expected("a whole number", name, value)


def number(value: Any, name: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    raise _expected("a number", name, value)


def text(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    raise _expected("text", name, value)


def time_text(value: Any, name: str) -> str:
    """An ISO 8601 time that the user's clock can show."""
    try:
        local_time(text(value, name))
    except (ValueError, OverflowError):
        raise _expected("an ISO 8601 time", name, value) from None
    return value


def optional(check: Check) -> Check:
    return lambda value, name: None if value is None else check(value, name)


def json_object(value: Any, name: str) -> dict[str, Any]:
    """A JSON object stored as text."""
    try:
        parsed = json.loads(text(value, name))
    except (ValueError, RecursionError):
        raise _expected("JSON", name, value) from None
    if not isinstance(parsed, dict):
        raise _expected("a JSON object", name, parsed)
    return parsed


def network_object(value: Any, name: str) -> dict[str, Any]:
    """A stored network: hidden layers with whole-number sizes and named activations."""
    network = json_object(value, name)
    hidden = network.get("hidden", [])
    if not isinstance(hidden, list) or not all(isinstance(layer, dict) for layer in hidden):
        raise _expected("a list of layers", "the network's hidden layers", hidden)
    for layer in hidden:
        integer(layer.get("units"), "a layer's units")
        text(layer.get("activation", "?"), "a layer's activation")
    integer(network.get("num_classes", 10), "the network's class count")
    return network


def dataset_object(value: Any, name: str) -> dict[str, Any]:
    """A stored dataset description: its name, how to load it, its sizes."""
    dataset = json_object(value, name)
    text(dataset.get("name"), "the dataset's name")
    optional(text)(dataset.get("spec"), "the dataset's spec")
    for size in ("train", "test"):
        optional(integer)(dataset.get(size), f"the dataset's {size} size")
    return dataset


def training_object(value: Any, name: str) -> dict[str, Any]:
    """A stored training config: what is shown of it must be of its kind."""
    training = json_object(value, name)
    optional(text)(training.get("optimizer"), "the optimizer")
    optional(number)(training.get("learning_rate"), "the learning rate")
    optional(integer)(training.get("batch_size"), "the batch size")
    return training


def run_kind(value: Any, name: str) -> str:
    if value in RUN_KINDS:
        return value
    raise _expected(" or ".join(RUN_KINDS), name, value)


RUN_FIELDS: dict[str, Check] = {
    "started_at": time_text, "ended_at": optional(time_text), "source": text,
    "network": network_object, "training": training_object, "dataset": dataset_object,
    "epochs_planned": optional(integer), "steps_per_epoch": optional(integer),
    "epochs_run": optional(integer), "train_seconds": optional(number),
    "test_accuracy": optional(number), "test_loss": optional(number),
    "val_accuracy": optional(number), "drawn_accuracy": optional(number),
    "end_reason": optional(text), "message": optional(text), "model_path": optional(text),
    "app_version": optional(text), "tensorflow_version": optional(text),
    "kind": run_kind, "adaptation": optional(json_object), "config_version": optional(integer),
}
"""Every column of a run, and what it must hold."""
EPOCH_FIELDS: dict[str, Check] = {
    "epoch": integer, **{name: optional(number) for name in (
        "loss", "accuracy", "val_loss", "val_accuracy", "learning_rate", "seconds")}}


def _summary(row: Mapping[str, Any]) -> RunSummary:
    dataset = dataset_object(row["dataset"], "dataset")
    return RunSummary(
        id=row["id"], started=time_text(row["started_at"], "started_at"),
        dataset=dataset["name"], network=network_summary(network_object(row["network"],
                                                                           "network")),
        epochs=integer(row["epochs"], "epochs"),
        test_accuracy=optional(number)(row["test_accuracy"], "test_accuracy"),
        drawn_accuracy=optional(number)(row["drawn_accuracy"], "drawn_accuracy"),
        seconds=optional(number)(row["seconds"], "seconds"),
        reason=text(row["reason"], "end_reason"),
        model_path=optional(text)(row["model_path"], "model_path"),
        kind=run_kind(row["kind"], "kind"), test_images=dataset.get("test"))
