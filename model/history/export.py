"""A run's curves as a CSV file, for spreadsheets and plotting scripts.

One table, one row per point, in the order of training: the downsampled batch losses (at their
fractional epoch position) and, at each whole epoch, that epoch's metrics. Each column is one
curve, so a spreadsheet plots any of them against ``epoch`` directly; cells of the other kind of
row stay empty. Numbers have six significant digits (``0.001``, not float32's
``0.0010000000474974513``); ``seconds`` leaves out paused time, as the Results page does.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from model.history.records import RunRecord
from model.output_paths import checked_output_path, write_output
from model.translatable import QT_TRANSLATE_NOOP

EPOCH_COLUMNS = ("loss", "accuracy", "val_loss", "val_accuracy", "learning_rate", "seconds")
CURVES = QT_TRANSLATE_NOOP("Model", "the curves")
"""What messages call the exported file."""
CSV_COLUMNS = ("epoch", "batch_loss", *EPOCH_COLUMNS)


def curves_csv(record: RunRecord) -> str:
    rows = [(position, {"epoch": position, "batch_loss": loss})
            for position, loss in zip(record.batch_epochs, record.batch_losses, strict=True)]
    rows += [(epoch["epoch"], {"epoch": epoch["epoch"],
                               **{name: epoch[name] for name in EPOCH_COLUMNS}})
             for epoch in record.epochs]
    rows.sort(key=lambda row: row[0])  # stable: an epoch's row follows the batches before it
    text = io.StringIO()
    writer = csv.DictWriter(text, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({name: _cell(value) for name, value in row.items()} for _, row in rows)
    return text.getvalue()


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.6g}"


def check_curves_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`export_curves` would write for ``path``; refused now, in one line, if it
    must not (see :func:`~model.output_paths.checked_output_path`)."""
    return checked_output_path(path, (".csv",), CURVES)


def export_curves(record: RunRecord, path: str | os.PathLike[str]) -> Path:
    """Write the run's curves to ``path`` (atomically); the file written (links followed)."""
    path = check_curves_path(path)
    write_output(path, curves_csv(record).encode("utf-8"), CURVES)
    return path
