"""Save a model file off the GUI thread, one file at a time: the one way DigitLab saves.

File ▸ Save model as and the Train panel's Results ▸ Save both come here through
:meth:`gui.active.owner.ActiveModel.save_as`. The model is already in a file (opened, adapted,
or saved by the training process), so saving copies that file or, for the other format,
converts it through Keras in a child process (seconds); either runs as a
:class:`~gui.common.background.BackgroundCall`. The file is written atomically: a failed save
leaves no half-written file, and the model can be saved again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.common.background import BackgroundCall
from gui.common.language import error_text
from model.training.process import export_model_file


class ModelSaver(QObject):
    """``saved(source, target)`` or ``failed(source, message)`` follows every :meth:`save`, on
    the GUI thread (both paths as :class:`~pathlib.Path`)."""

    saved = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call: BackgroundCall | None = None

    def is_saving(self) -> bool:
        return self._call is not None

    def save(self, source: Path, target: str | Path) -> None:
        """Write the model file ``source``, with its metadata, to ``target`` (links followed).

        ``target`` is checked before anything starts (a folder, a FIFO, DigitLab's own data
        files, a name that is not a model file: ModelFileError); RuntimeError while saving.
        """
        from model.files.keras_io import check_output_path  # h5py: not at the window's start

        if self._call is not None:
            raise RuntimeError(f"still saving; cannot start saving {target} too")
        source, target = Path(source), check_output_path(target)
        self._call = BackgroundCall(lambda: export_model_file(source, target), self,
                                    name=f"saving {target}")
        self._call.succeeded.connect(lambda path: self._end(self.saved, source, Path(path)))
        self._call.failed.connect(lambda error: self._end(self.failed, source, error_text(error)))
        self._call.start()

    def wait(self) -> None:
        """Block until a save in progress has ended (for closing the window)."""
        if self._call is not None:
            self._call.wait()

    def _end(self, signal, source: Path, result: object) -> None:
        self._call.deleteLater()
        self._call = None
        signal.emit(source, result)
