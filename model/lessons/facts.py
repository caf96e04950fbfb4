"""Gathering the facts lesson checks read (:mod:`model.lessons.checks`) from DigitLab's files.

Runs come from the run history; a finished run never changes, so its facts are read once and
kept, and a refresh after a run reads one new record, not the whole history. Drawings are
counted from *My drawings*. Nothing here runs while a network trains: the Lessons panel asks
only when the history or the drawings changed.
"""

from __future__ import annotations

from pathlib import Path

from model.data.my_drawings import DrawingStore
from model.history.records import DAMAGED, TRAINING_KIND, UNFINISHED
from model.history.store import RunStore
from model.lessons.checks import RunFacts, run_facts


class FactsReader:
    """Reads run facts and the drawings count; ``history`` and ``drawings`` default to the
    user data folder's files."""

    def __init__(self, history: Path | None = None, drawings: Path | None = None) -> None:
        self._history = history
        self._drawings = drawings
        self._finished: dict[int, RunFacts] = {}

    def runs_since(self, since: str) -> tuple[RunFacts, ...]:
        """The facts of every training run started at or after ``since`` (ISO 8601, UTC);
        adaptations (the drawings' checks see those) and damaged rows are left out."""
        with RunStore(self._history) as store:
            facts = []
            for summary in store.runs(since):
                if summary.kind != TRAINING_KIND or summary.reason == DAMAGED:
                    continue
                known = self._finished.get(summary.id)
                if known is None:
                    known = run_facts(store.run(summary.id))
                    if summary.reason != UNFINISHED:
                        self._finished[summary.id] = known
                facts.append(known)
        return tuple(facts)

    def drawings(self) -> int:
        store = DrawingStore(self._drawings)
        store.load()
        return len(store)
