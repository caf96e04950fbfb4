"""The model the window reads with, and its one owner.

Before this module the model in use was a field of the main window with no change signal, and
each feature found out about a new model its own way (Teach watched the answer view, Save asked
the window). Now :class:`ActiveModel` holds it and announces every change with
:attr:`ActiveModel.changed`; the window's title and status bar, the Answer, Inside and Weights
tabs, Teach, Train and Save all follow that one signal, as napari's views follow the layer
selection's events. A feature that offers a model (a trained network, a live snapshot, an
adapted file) hands it to :meth:`ActiveModel.use` and never talks to another feature.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from gui.active.saving import ModelSaver
from gui.common.language import error_text, percent, translate
from model.errors import DigitLabError
from model.files.metadata import stored_configs
from model.training.adaptation_report import adapted_from
from model.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from model.inference.predictor import Predictor

MODEL_SCORES = (
    ("test_accuracy", QT_TRANSLATE_NOOP("Active", "test accuracy {value}")),
    ("drawn_accuracy", QT_TRANSLATE_NOOP("Active", "drawn digits by new writers {value}")),
)
"""The scores a model file keeps that the status bar shows, in order: metrics key, and the
template it is shown with (translated where shown)."""
TRAINED_ON = {
    (False, False): QT_TRANSLATE_NOOP("Active", "trained on {dataset}"),
    (True, False): QT_TRANSLATE_NOOP("Active", "trained on {dataset} + pen"),
    (False, True): QT_TRANSLATE_NOOP("Active", "trained on {dataset} + scans"),
    (True, True): QT_TRANSLATE_NOOP("Active", "trained on {dataset} + pen + scans"),
}
"""What the status bar says a model learnt from, by (pen-drawn digits, scanned copies): the
default model read "trained on MNIST" though much of what it learnt from was not MNIST. Terse,
so the whole line still fits a 1024-pixel window in a language 40 % longer than English."""
LAST_MODEL_KEY = "model/last"
"""The settings key of the model file used last, opened again at the next start."""


class Origin(Enum):
    """Where the model in use came from: it decides what Save and Back can do with it."""

    FILE = "file"
    """Opened from a model file (the bundled one, one the user chose, an adapted one)."""
    TRAINED = "trained"
    """The network a Train run ended with; its file waits in the unsaved-models folder."""
    LIVE = "live"
    """Weights taken while training ("Watch it learn"): no file until the run ends."""


@dataclass(frozen=True)
class ModelInUse:
    """One model the canvas is read with: its numpy predictor, its name and its file."""

    predictor: Predictor
    name: str
    """How the title and the status bar name it ("mnist-mlp.keras", "your network")."""
    file: Path | None = None
    """A file holding exactly this model (Save copies it); None for live weights."""
    origin: Origin = Origin.FILE

    def summary(self) -> str:
        """One line for the status bar: its name, dataset and the scores its file keeps."""
        metadata = self.predictor.metadata
        parts = [translate("Active", "Model: {name}").format(name=self.name)]
        if metadata.get("dataset"):
            parts.append(QCoreApplication.translate("Active", TRAINED_ON[extra_data(metadata)])
                         .format(dataset=metadata["dataset"]))
        metrics = metadata.get("metrics") or {}
        parts += [QCoreApplication.translate("Active", label)
                  .format(value=percent(100 * metrics[key], 2)) for key, label in MODEL_SCORES
                  if isinstance(metrics.get(key), (int, float))]
        return "  ·  ".join(parts)


def extra_data(metadata: dict) -> tuple[bool, bool]:
    """Whether a model file's run also learnt from pen-drawn digits and from scanned copies (both
    False for a file that keeps no readable training settings)."""
    try:
        configs = stored_configs(metadata)
    except DigitLabError:
        return False, False
    if configs is None:
        return False, False
    return configs.training.drawn_digits, configs.training.scanned_share > 0


class ActiveModel(QObject):
    """Owns the model in use and saving it.

    Signals, on the GUI thread: ``changed(ModelInUse | None)`` after every change;
    ``saved(source, target)`` and ``save_failed(source, message)`` after each :meth:`save_as`
    (paths as :class:`~pathlib.Path`). ``settings`` keeps the last model file opened.
    """

    changed = Signal(object)
    saved = Signal(object, object)
    save_failed = Signal(object, str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._current: ModelInUse | None = None
        self._last_file: Path | None = None
        self._saver = ModelSaver(self)
        self._saver.saved.connect(self._on_saved)
        self._saver.failed.connect(self.save_failed)

    def current(self) -> ModelInUse | None:
        return self._current

    def predictor(self) -> Predictor | None:
        """The model the canvas is read with, or None before one is loaded."""
        return self._current.predictor if self._current is not None else None

    def use(self, model: ModelInUse | None) -> None:
        """Read with ``model`` from now on (cheap: called for every live snapshot)."""
        self._current = model
        if model is not None and model.origin is Origin.FILE:
            self._last_file = model.file
        self.changed.emit(model)

    def open(self, path: str | Path, *, remember: bool = True) -> ModelInUse:
        """Load a model file and use it (raises ModelFileError when it cannot be used)."""
        from model.inference.predictor import Predictor  # h5py on first use: the window first

        path = Path(path)
        model = ModelInUse(Predictor.load(path), path.name, path.resolve())
        self.use(model)
        if remember:
            self.remember(path)
        return model

    def remember(self, path: Path) -> None:
        """Open ``path`` at the next start."""
        self._settings.setValue(LAST_MODEL_KEY, str(path.resolve()))

    def remembered(self) -> Path | None:
        """The model file used last time, if one was kept."""
        last = self._settings.value(LAST_MODEL_KEY, "", type=str)
        return Path(last) if last else None

    def save_as(self, source: Path, target: str | Path) -> bool:
        """Save the model file ``source`` (the model in use's, or a finished run's) as
        ``target``, off the GUI thread; False (and ``save_failed`` at once) when ``target`` is
        refused before anything starts. Raises RuntimeError while another save runs."""
        try:
            self._saver.save(source, target)
        except DigitLabError as error:
            self.save_failed.emit(Path(source), error_text(error))
            return False
        return True

    def is_saving(self) -> bool:
        return self._saver.is_saving()

    def wait_for_save(self) -> None:
        """Block until a save in progress has ended (for closing the window)."""
        self._saver.wait()

    def _on_saved(self, source: Path, target: Path) -> None:
        """If the model in use was saved, it now is the saved file: the title names it, and
        Back and the next start find it."""
        target = target.resolve()
        current = self._current
        if current is not None and current.file == source:
            self.use(replace(current, name=target.name, file=target, origin=Origin.FILE))
            self.remember(target)
        self.saved.emit(source, target)

    def back_target(self) -> Path | None:
        """The model file one click takes back to: an adapted model's base, or the file in use
        before a trained or live network; None when the model in use is that file already."""
        current = self._current
        if current is None:
            return self._last_file
        base = adapted_from(current.predictor.metadata)
        if base is not None:
            return base
        if current.origin is not Origin.FILE and self._last_file is not None:
            return self._last_file
        return None
