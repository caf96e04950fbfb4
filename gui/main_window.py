"""The main window: draw on the left, watch the network read it on the right.

The window owns the active :class:`~model.inference.predictor.Predictor`. Every change of the
drawing asks for a prediction through a :class:`~gui.common.throttle.Throttler`, so predictions
follow the pen at the screen's frame rate without ever queueing up behind it; discrete actions
(end of a stroke, undo, clear, drop, a new model) are predicted at once. Predictions run on the
GUI thread: a numpy forward pass of an MLP takes well under a millisecond, less than any hand-off
to a worker would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSlider,
    QSplitter,
    QWidget,
)

from gui.about import show_about
from gui.common.icons import tinted_icon
from gui.common.throttle import Throttler, frame_interval_ms
from gui.draw.canvas import PEN_WIDTH_RANGE, Canvas
from gui.draw.prediction_view import PredictionView
from gui.insight.tabs import InsightTabs
from gui.window_geometry import CANVAS_MINIMUM_SIDE, TRAIN_DOCK_MINIMUM_WIDTH, place_window
from model.drawing.preprocess import canvas_to_mnist
from model.errors import DigitLabError, EmptyDrawingError
from model.inference.insight import Trace

if TYPE_CHECKING:
    from gui.train.panel import TrainingPanel
    from model.inference.predictor import Predictor

MODEL_FILTER = "Keras models (*.keras *.h5);;All files (*)"
NO_MODEL_MESSAGE = "Open a model to read digits (File ▸ Open model…)"
MODEL_SCORES = (("test_accuracy", "test accuracy"),
                ("drawn_accuracy", "drawn digits by new writers"))
"""The scores a model file keeps that the status bar shows, in order, as metrics key and label."""


# Model files are read with h5py, which is imported on first use: the window can appear first.

def read_model(path: Path) -> Predictor:
    """Load a model file for prediction (raises ModelFileError when it cannot be used)."""
    from model.inference.predictor import Predictor

    return Predictor.load(path)


def copy_model(source: Path, target: str | Path) -> None:
    """Copy a model file atomically (raises ModelFileError, e.g. for a different format)."""
    from model.files.keras_io import copy_model_file

    copy_model_file(source, target)


class MainWindow(QMainWindow):
    """Canvas, prediction view, menus, toolbar and status bar around the active model.

    ``settings`` defaults to ``QSettings()`` (the application's organisation and name); tests
    pass their own to stay away from the user's.
    """

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("DigitLab")
        self._settings = settings if settings is not None else QSettings(self)
        self._predictor: Predictor | None = None
        self._model_source = ""
        self._canvas = Canvas()
        self._view = PredictionView()
        self._insight = InsightTabs(self._view)
        self._throttle = Throttler(self.predict_now, frame_interval_ms(), self)
        self._model_label = QLabel()
        self._model_label.setObjectName("modelStatus")
        self._model_label.setContentsMargins(6, 0, 6, 0)
        self._training_panel: TrainingPanel | None = None
        self._after_first_paint: list[Callable[[], object]] = []
        self._icons: dict[QAction, str] = {}
        self._build_central_area()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar().addPermanentWidget(self._model_label, 1)
        self._canvas.changed.connect(self._on_drawing_changed)
        self._canvas.drop_failed.connect(lambda text: self.show_error("Cannot read image", text))
        self._restore_settings()
        self._show_model_status()
        self.predict_now()

    # Public API -------------------------------------------------------------------------------

    def canvas(self) -> Canvas:
        return self._canvas

    def prediction_view(self) -> PredictionView:
        return self._view

    def predictor(self) -> Predictor | None:
        """The model the canvas is read with, or None before one is loaded."""
        return self._predictor

    def set_predictor(self, predictor: Predictor | None, *, source: str) -> None:
        """Read the canvas with ``predictor`` from now on; ``source`` names it in the status bar.

        Cheap enough to call for every live weight snapshot during training.
        """
        self._predictor = predictor
        self._model_source = source
        if predictor is not None and tuple(predictor.class_names) != self._view.class_names():
            self._view.set_class_names(predictor.class_names)
        self._save_action.setEnabled(predictor is not None and predictor.path is not None)
        self._insight.set_predictor(predictor)
        self._show_model_status()
        self.predict_now()

    def open_model(self, path: str | Path, *, remember: bool = True) -> bool:
        """Load a model file and use it; on failure explain why and keep the current model."""
        path = Path(path)
        try:
            predictor = read_model(path)
        except DigitLabError as error:
            self.show_error("Cannot open model", str(error))
            return False
        self.set_predictor(predictor, source=path.name)
        if remember:
            self._settings.setValue("model/last", str(path.resolve()))
        self.statusBar().showMessage(f"Opened {path}", 4000)
        return True

    def restore_last_model(self, default: Path) -> None:
        """Open the model used last time if it still opens, else ``default``, else none."""
        last = self._settings.value("model/last", "", type=str)
        for candidate in (Path(last) if last else None, default):
            if candidate is not None and candidate.is_file() and self._try_quietly(candidate):
                return
        self.set_predictor(None, source="")

    def save_model_as(self, path: str | Path) -> bool:
        """Copy the active model's file to ``path`` (atomically); False, with a dialog, on error."""
        source = self._predictor.path if self._predictor is not None else None
        if source is None:
            self.show_error("Nothing to save", "This model has no file yet: save it from the "
                                               "Train panel.")
            return False
        try:
            copy_model(source, path)
        except (DigitLabError, OSError) as error:
            self.show_error("Cannot save model", str(error))
            return False
        self.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def add_training_panel(self, panel: TrainingPanel) -> QDockWidget:
        """Dock the Train panel (objectName "training"), toggled from the toolbar and View menu.

        The dock comes back where the user left it (hidden the first time: drawing comes
        first). Models the panel offers (trained, or saved by a past run) become the canvas's model;
        closing the window asks the panel first, so a running training is not lost by accident.
        """
        dock = QDockWidget("Train", self)
        dock.setObjectName("trainingDock")
        dock.setWidget(panel)
        dock.setMinimumWidth(TRAIN_DOCK_MINIMUM_WIDTH)
        if not self.restoreDockWidget(dock):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        toggle = dock.toggleViewAction()
        self._icons[toggle] = "train"
        toggle.setStatusTip("Build and train your own network")
        self._view_menu.addAction(toggle)
        self._toolbar.addSeparator()
        self._toolbar.addAction(toggle)
        self._tint_icons()
        panel.predictor_changed.connect(
            lambda predictor, source: self.set_predictor(predictor, source=source))
        panel.open_model_requested.connect(self.open_model)
        self._training_panel = panel
        return dock

    def run_when_shown(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window has been painted for the first time.

        For start-up work (loading the model, building the Train panel) that would otherwise
        delay the moment the user first sees the window.
        """
        self._after_first_paint.append(callback)

    def show_error(self, title: str, text: str) -> None:
        """Tell the user what went wrong (tests replace this to read the message)."""
        QMessageBox.warning(self, title, text)

    def predict_now(self) -> None:
        """Read the current drawing with the active model and show the answer and the inside
        (one forward pass that keeps every layer's values)."""
        if self._predictor is None:
            self._view.show_empty(NO_MODEL_MESSAGE)
            self._insight.show_empty(NO_MODEL_MESSAGE)
            return
        try:
            network_input = canvas_to_mnist(self._canvas.image())
        except EmptyDrawingError:
            self._view.show_empty()
            self._insight.show_empty()
            return
        trace = Trace(self._predictor, network_input)
        self._view.show_prediction(trace.probabilities, network_input)
        self._insight.show_trace(trace)

    # Building -----------------------------------------------------------------------------------

    def _build_central_area(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("drawSplitter")
        splitter.setChildrenCollapsible(False)
        self._canvas.setMinimumSize(CANVAS_MINIMUM_SIDE, CANVAS_MINIMUM_SIDE)
        splitter.addWidget(self._canvas)
        splitter.addWidget(self._insight)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

    def _action(self, text: str, slot, shortcuts=(), icon: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setStatusTip(tip)
        if shortcuts:
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        if icon:
            self._icons[action] = icon
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self._open_action = self._action(
            "&Open model…", self._choose_model, [QKeySequence.StandardKey.Open], "open",
            "Read digits with a saved Keras model")
        self._save_action = self._action(
            "&Save model as…", self._choose_save_path, ["Ctrl+Shift+S"], "save",
            "Keep a copy of the active model")
        self._quit_action = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit])
        self._undo_action = self._action(
            "&Undo", self._canvas.undo, [QKeySequence.StandardKey.Undo], "undo",
            "Take back the last stroke")
        self._clear_action = self._action(
            "&Clear", self._canvas.clear, [Qt.Key.Key_Escape, Qt.Key.Key_Delete], "clear",
            "Wipe the canvas")
        self._about_action = self._action("&About DigitLab", self._show_about)
        self._undo_action.setEnabled(False)
        self._tint_icons()

    def _tint_icons(self) -> None:
        """Draw the action icons in the palette's text colour (again after a theme switch)."""
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for action, name in self._icons.items():
            action.setIcon(tinted_icon(name, color))

    def _build_menus(self) -> None:
        file_menu = self._menu("&File", "fileMenu")
        file_menu.addActions([self._open_action, self._save_action])
        file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        self._menu("&Edit", "editMenu").addActions([self._undo_action, self._clear_action])
        self._view_menu = self._menu("&View", "viewMenu")
        self._menu("&Help", "helpMenu").addAction(self._about_action)

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Toolbar")
        toolbar.setObjectName("toolbar")
        self._toolbar = toolbar
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self._open_action, self._save_action])
        toolbar.addSeparator()
        toolbar.addActions([self._undo_action, self._clear_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Pen "))
        toolbar.addWidget(self._make_pen_slider())
        self._view_menu.addAction(toolbar.toggleViewAction())

    def _make_pen_slider(self) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName("penWidth")
        slider.setRange(*(int(width) for width in PEN_WIDTH_RANGE))
        slider.setValue(round(self._canvas.pen_width()))
        slider.setFixedWidth(120)
        slider.setToolTip("Pen width (the digit is scaled to MNIST's size, so this sets how "
                          "bold the stroke looks to the network)")
        slider.valueChanged.connect(self._canvas.set_pen_width)
        self._pen_slider = slider
        return slider

    # Reactions ----------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        for callback in self._after_first_paint:
            QTimer.singleShot(0, self, callback)
        self._after_first_paint.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_icons()
        super().changeEvent(event)

    def _on_drawing_changed(self) -> None:
        self._undo_action.setEnabled(self._canvas.can_undo() or self._canvas.is_drawing())
        if self._canvas.is_drawing():
            self._throttle.trigger()
        else:
            self._throttle.flush()

    def _try_quietly(self, path: Path) -> bool:
        try:
            self.set_predictor(read_model(path), source=path.name)
        except DigitLabError as error:
            self.statusBar().showMessage(f"Could not open {path}: {error}", 8000)
            return False
        return True

    def _show_model_status(self) -> None:
        if self._predictor is None:
            self._model_label.setText(NO_MODEL_MESSAGE)
            self.setWindowTitle("DigitLab")
            return
        metadata = self._predictor.metadata
        parts = [f"Model: {self._model_source}"]
        if metadata.get("dataset"):
            parts.append(f"trained on {metadata['dataset']}")
        metrics = metadata.get("metrics") or {}
        for key, label in MODEL_SCORES:
            if isinstance(metrics.get(key), (int, float)):
                parts.append(f"{label} {metrics[key]:.2%}")
        self._model_label.setText("  ·  ".join(parts))
        self.setWindowTitle(f"DigitLab — {self._model_source}")

    def _choose_model(self) -> None:
        start = self._settings.value("model/last", "", type=str)
        path, _ = QFileDialog.getOpenFileName(self, "Open model", start, MODEL_FILTER)
        if path:
            self.open_model(path)

    def _choose_save_path(self) -> None:
        source = self._predictor.path if self._predictor is not None else None
        suggestion = str(source) if source is not None else "model.keras"
        path, _ = QFileDialog.getSaveFileName(self, "Save model as", suggestion, MODEL_FILTER)
        if path:
            self.save_model_as(path)

    def _show_about(self) -> None:
        metadata = self._predictor.metadata if self._predictor is not None else {}
        show_about(self, metadata)

    # Settings -----------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        place_window(self, self._settings.value("window/geometry"))
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._pen_slider.setValue(int(self._settings.value("canvas/pen_width",
                                                           self._canvas.pen_width(), type=float)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let a running training veto the close, then keep the window's layout for next time."""
        if self._training_panel is not None:
            if not self._training_panel.confirm_close():
                event.ignore()
                return
            self._training_panel.shutdown()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("canvas/pen_width", self._canvas.pen_width())
        self._settings.sync()
        super().closeEvent(event)
