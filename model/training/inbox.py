"""Training events kept for the GUI thread to take: the one listener a waiting thread calls.

A training or adaptation runs in a child process; a plain Python thread waits on its pipe and
calls a listener, up to hundreds of times a second. That thread must never call Qt (a Python
thread inside Qt holds the GIL while it waits on Qt's locks, and the GUI thread may hold one
while it waits for the GIL: a deadlock), so it only appends to an :class:`EventInbox` under a
lock, and a timer on the GUI thread takes the events, in the order they happened, with all
batches that arrived in between as one :class:`BatchGroup`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from model.training.events import BatchEvent, BeginEvent, EpochEvent, TrainingListener

TAKE_INTERVAL_MS = 33
"""How often the GUI thread takes the events: about as often as a screen can show them."""


@dataclass
class BatchGroup:
    """Consecutive batch events, oldest first (never empty once delivered), delivered as one."""

    events: list[BatchEvent] = field(default_factory=list)

    @property
    def latest(self) -> BatchEvent:
        return self.events[-1]


InboxEvent = str | BeginEvent | BatchGroup | EpochEvent
"""What an inbox hands over: a status text, the run's beginning, a group of batches, an epoch."""


class EventInbox(TrainingListener):
    """The waiting thread's side: records events under a lock until the GUI thread takes them.

    Each batch costs one lock and one list append, so the relaying thread keeps up with the child.
    The run's own ``finished`` is not recorded: its owner reports the end once the waiting thread
    is over, with what the run returned.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[InboxEvent] = []

    def on_status(self, text: str) -> None:
        self._post(text)

    def on_begin(self, event: BeginEvent) -> None:
        self._post(event)

    def on_batch(self, event: BatchEvent) -> None:
        with self._lock:
            if not self._events or not isinstance(self._events[-1], BatchGroup):
                self._events.append(BatchGroup())
            self._events[-1].events.append(event)

    def on_epoch(self, event: EpochEvent) -> None:
        self._post(event)

    def take(self) -> list[InboxEvent]:
        """Everything recorded since the last call, oldest first."""
        with self._lock:
            events, self._events = self._events, []
        return events

    def _post(self, event: str | BeginEvent | EpochEvent) -> None:
        with self._lock:
            self._events.append(event)
