"""Save a trained model off the GUI thread, one file at a time.

The training process already saved the model; saving it for the user copies that file, or, for
the other format, converts it through Keras in a child process (seconds). Either runs as a
:class:`~gui.common.background.BackgroundCall`. The file is written atomically: a failed save
leaves no half-written file, and the model can be saved again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.common.background import BackgroundCall
from gui.train.worker import TrainingOutcome
from model.training.process import export_model_file


class ModelSaver(QObject):
    """``saved(path)`` or ``failed(message)`` follows every :meth:`save`, on the GUI thread."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call: BackgroundCall | None = None

    def is_saving(self) -> bool:
        return self._call is not None

    def save(self, outcome: TrainingOutcome, path: str) -> None:
        """Write the outcome's model, with its metadata, to ``path``."""
        if self._call is not None:
            raise RuntimeError(f"still saving; cannot start saving {path} too")
        self._call = BackgroundCall(
            lambda: export_model_file(outcome.report.model_file, path), self,
            name=f"saving {path}")
        self._call.succeeded.connect(self._on_saved)
        self._call.failed.connect(self._on_failed)
        self._call.start()

    def wait(self) -> None:
        """Block until a save in progress has ended (for closing the window)."""
        if self._call is not None:
            self._call.wait()

    def _on_saved(self, path: object) -> None:
        self._forget_call()
        self.saved.emit(str(path))

    def _on_failed(self, error: Exception) -> None:
        self._forget_call()
        self.failed.emit(str(error))

    def _forget_call(self) -> None:
        self._call.deleteLater()
        self._call = None
