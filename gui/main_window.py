"""The main window: draw on the left, watch the network read it on the right.

The model in use belongs to the window's :class:`~gui.active.owner.ActiveModel`; the window,
like every feature, follows its ``changed`` signal. Features (Teach, Train) attach through
:meth:`MainWindow.add_feature` (:mod:`gui.feature`) and use the window as their host.

Every change of the drawing asks for a prediction through a
:class:`~gui.common.throttle.Throttler`, so predictions follow the pen at the screen's frame
rate without ever queueing up behind it; discrete actions (end of a stroke, undo, clear, drop, a
new model) are predicted at once. Predictions run on the GUI thread: a numpy forward pass of an
MLP takes well under a millisecond, less than any hand-off to a worker would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSlider,
    QSplitter,
    QWidget,
)

from gui.about import show_about
from gui.active.owner import ActiveModel, ModelInUse, Origin
from gui.common.file_dialogs import model_filter, open_file_name, save_file_name
from gui.common.icons import tinted_icon
from gui.common.language import error_text, retranslated, translate
from gui.common.language_menu import add_language_menu
from gui.common.theme_menu import add_theme_menu
from gui.common.throttle import Throttler, frame_interval_ms
from gui.common.word_elision import WordElidingLabel
from gui.draw.canvas import PEN_WIDTH_RANGE, Canvas
from gui.draw.prediction_view import PredictionView
from gui.file_drops import FileDrops
from gui.given_files import choose_picture
from gui.help import Shortcut, show_guide, show_shortcuts
from gui.insight.tabs import InsightTabs
from gui.sample_digit import draw_sample_digit
from gui.window_geometry import (
    CANVAS_MINIMUM_SIDE,
    TRAIN_DOCK_MINIMUM_WIDTH,
    grow_when_shown,
    has_room_for_left_dock,
    keep_minimum,
    place_window,
)
from model.drawing.preprocess import canvas_to_mnist
from model.errors import DigitLabError, EmptyDrawingError
from model.inference.insight import Trace

if TYPE_CHECKING:
    from gui.feature import Feature
    from gui.train.panel import TrainingPanel
    from model.inference.predictor import Predictor

VIEW_TABS = ("answer", "inside", "weights")
"""The tabs beside the canvas, in order, as lessons and commands name them."""


def no_model_message() -> str:
    """What the answer, the inside and the status bar say before a model is open."""
    return translate("Window", "Open a model to read digits (File ▸ Open model…)")


class MainWindow(QMainWindow):
    """Canvas, prediction view, menus, toolbar and status bar around the model in use; the host
    features attach to.

    ``settings`` defaults to ``QSettings()`` (the application's organisation and name); tests
    pass their own to stay away from the user's.
    """

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("DigitLab")
        self._settings = settings if settings is not None else QSettings(self)
        self._model = ActiveModel(self._settings, self)
        self._canvas = Canvas()
        self._view = PredictionView()
        self._insight = InsightTabs(self._view)
        self._throttle = Throttler(self.predict_now, frame_interval_ms(), self)
        self._model_label = WordElidingLabel()
        self._model_label.setObjectName("modelStatus")
        self._model_label.setContentsMargins(6, 0, 6, 0)
        self._features: list[Feature] = []
        self._shortcuts: list[Shortcut] = []
        self._after_first_paint: list[Callable[[], object]] = []
        self._commands: dict[str, Callable[..., object]] = {}
        self._event_slots: list[Callable[[str], object]] = []
        self._drops = FileDrops(self, self._canvas)
        self._icons: dict[QAction, str] = {}
        self._build_central_area()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        add_theme_menu(self._view_menu, self._settings)
        self.statusBar().addPermanentWidget(self._model_label, 1)
        self._canvas.changed.connect(self._on_drawing_changed)
        self._view.announce_when(lambda: not self._canvas.is_drawing())
        self._canvas.drop_failed.connect(
            lambda text: self.show_error(translate("Window", "Cannot read image"), text))
        self._model.changed.connect(self._follow_model)
        self._model.saved.connect(
            lambda _, target: self.notify(translate("Window", "Saved {path}").format(path=target)))
        self._model.save_failed.connect(lambda _, message: self.show_error(
            translate("Window", "Cannot save model"), message))
        self._follow_views()
        self._restore_settings()
        self._follow_model(None)

    # The host's API: what features use ---------------------------------------------------------

    def active_model(self) -> ActiveModel:
        """The owner of the model in use: follow its ``changed``, hand it models to use."""
        return self._model

    def canvas(self) -> Canvas:
        return self._canvas

    def prediction_view(self) -> PredictionView:
        return self._view

    def predictor(self) -> Predictor | None:
        """The model the canvas is read with, or None before one is loaded."""
        return self._model.predictor()

    def add_feature(self, feature: Feature) -> None:
        """Attach ``feature`` (see :mod:`gui.feature`): it joins now and is asked before the
        window closes."""
        feature.attach(self)
        self._features.append(feature)

    def add_training_panel(self, panel: TrainingPanel) -> QDockWidget:
        """Attach the Train panel, a feature that docks itself; returns its dock."""
        self.add_feature(panel)
        return panel.dock()

    def add_menu(self, title: str, name: str) -> QMenu:
        """A feature's own menu, placed before Help."""
        menu = QMenu(title, self)
        menu.setObjectName(name)
        self.menuBar().insertMenu(self._help_menu.menuAction(), menu)
        return menu

    def add_dock(self, widget: QWidget, title: str, name: str, icon: str,
                 tip: str, *, left: bool = False) -> QDockWidget:
        """Dock ``widget`` (objectName ``name``), toggled from the toolbar and the View menu;
        on the right, or on the ``left`` (a guide beside the canvas while Train is open) when
        the screen has room for both, else as a tab beside the right dock.

        The dock comes back where the user left it (hidden the first time: drawing comes first).
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setMinimumWidth(TRAIN_DOCK_MINIMUM_WIDTH)
        if not self.restoreDockWidget(dock):
            self._place_dock(dock, left)
            dock.hide()
        grow_when_shown(self, dock)
        toggle = dock.toggleViewAction()
        self._icons[toggle] = icon
        toggle.setStatusTip(tip)
        self._view_menu.addAction(toggle)
        self._toolbar.addSeparator()
        self._toolbar.addAction(toggle)
        self._tint_icons()
        return dock

    def _place_dock(self, dock: QDockWidget, left: bool) -> None:
        if left and has_room_for_left_dock(self):
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
            return
        right = Qt.DockWidgetArea.RightDockWidgetArea
        beside = [other for other in self.findChildren(QDockWidget)
                  if other is not dock and self.dockWidgetArea(other) == right]
        self.addDockWidget(right, dock)
        if left and beside:
            self.tabifyDockWidget(beside[0], dock)

    def add_shortcuts(self, keys: Sequence[str], description: str,
                      slot: Callable[[str], object]) -> None:
        """Keys that work anywhere in the window, each calling ``slot(key)``; Help ▸ Keyboard
        shortcuts lists them as one line."""
        for key in keys:
            QShortcut(QKeySequence(key), self, lambda k=key: slot(k),
                      context=Qt.ShortcutContext.WindowShortcut)
        shown = f"{keys[0]} … {keys[-1]}" if len(keys) > 2 else ", ".join(keys)
        self._shortcuts.append(Shortcut(shown, description))

    def back_action(self) -> QAction:
        """"Back to <model>": the file in use before a trained, live or adapted model."""
        return self._back_action

    def notify(self, text: str, milliseconds: int = 5000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, milliseconds)

    def show_error(self, title: str, text: str) -> None:
        """Tell the user what went wrong (tests replace this to read the message)."""
        QMessageBox.warning(self, title, text)

    def add_menu_action(self, menu: str, action: QAction) -> None:
        """A feature's entry in the window's File menu, among the things to open (``"file"``:
        after Open model) or to write (``"save"``: after Save model as), or in the Help menu
        (``"help"``: after the guide)."""
        menus = {"file": (self._file_menu, self._save_action),
                 "save": (self._file_menu, self._back_action),
                 "help": (self._help_menu, self._shortcuts_action)}
        target, before = menus[menu]
        target.insertAction(before, action)

    def add_drop_handler(self, suffix: str, slot: Callable[[Path], object]) -> None:
        """Files ending in ``suffix`` dropped anywhere on the window go to ``slot(path)`` (the
        canvas keeps every other file, as a picture to read)."""
        self._drops.add(suffix, slot)

    def file_handler(self, path: Path) -> Callable[[Path], object] | None:
        """The feature's slot that opens files like ``path`` (dropped or given at start)."""
        return self._drops.handler(path)

    def add_command(self, name: str, slot: Callable[..., object]) -> None:
        """Offer ``slot`` to the other features as ``name`` (see :mod:`gui.feature`)."""
        self._commands[name] = slot

    def run_command(self, name: str, *args: object) -> bool:
        """Call the command ``name``; False when no feature offers it."""
        slot = self._commands.get(name)
        if slot is None:
            return False
        slot(*args)
        return True

    def announce(self, event: str) -> None:
        """Tell every feature following events that ``event`` happened."""
        for slot in self._event_slots:
            slot(event)

    def follow_events(self, slot: Callable[[str], object]) -> None:
        self._event_slots.append(slot)

    # Models -------------------------------------------------------------------------------------

    def open_model(self, path: str | Path, *, remember: bool = True) -> bool:
        """Load a model file and use it; on failure explain why and keep the current model."""
        try:
            self._model.open(path, remember=remember)
        except DigitLabError as error:
            self.show_error(translate("Window", "Cannot open model"), error_text(error))
            return False
        self.notify(translate("Window", "Opened {path}").format(path=path))
        return True

    def restore_last_model(self, default: Path) -> None:
        """Open the model used last time if it still opens, else ``default`` (saying why), else
        none."""
        last = self._model.remembered()
        if last is not None and last.is_file() and self._open_quietly(last):
            return
        if default.is_file() and self._open_quietly(default, remember=False):
            if last is not None:
                self.notify(translate("Window", "The model used last, {last}, is gone or "
                                      "unreadable: reading with {default}.")
                            .format(last=last, default=default.name), 15000)
            return
        self._model.use(None)

    def save_model_as(self, path: str | Path) -> bool:
        """Save the model in use as ``path`` (off the GUI thread); False, with a dialog, when
        it cannot start."""
        current = self._model.current()
        if current is None or current.file is None:
            self.show_error(translate("Window", "Nothing to save"),
                            translate("Window", "This network is still training: save it when "
                                                "the run ends."))
            return False
        try:
            started = self._model.save_as(current.file, path)
        except RuntimeError:
            self.show_error(translate("Window", "Cannot save now"),
                            translate("Window", "Wait until the last save ends."))
            return False
        if started:
            self.notify(translate("Window", "Saving {path}…").format(path=path))
        return started

    def run_when_shown(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window has been painted for the first time.

        For start-up work (loading the model, building the Train panel) that would otherwise
        delay the moment the user first sees the window.
        """
        self._after_first_paint.append(callback)

    def predict_now(self) -> None:
        """Read the current drawing with the model in use and show the answer and the inside
        (one forward pass that keeps every layer's values)."""
        predictor = self._model.predictor()
        if predictor is None:
            self._view.show_empty(no_model_message())
            self._insight.show_empty(no_model_message())
            return
        try:
            network_input = canvas_to_mnist(self._canvas.image())
        except EmptyDrawingError:
            self._view.show_empty()
            self._insight.show_empty()
            return
        trace = Trace(predictor, network_input)
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
            tip = translate("Window", "{tip} ({keys})").format(
                tip=tip, keys=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        action.setToolTip(tip)
        if icon:
            self._icons[action] = icon
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self._open_action = self._action(
            translate("Window", "&Open model…"), self._choose_model,
            [QKeySequence.StandardKey.Open], "open",
            translate("Window", "Read digits with a saved Keras model"))
        self._picture_action = self._action(
            translate("Window", "Open &picture…"), lambda: choose_picture(self), ["Ctrl+I"], "",
            translate("Window", "Put a picture of a digit on the canvas for the network to read"))
        self._sample_action = self._action(
            translate("Window", "&Draw a sample digit"), lambda: draw_sample_digit(self),
            ["Ctrl+D"], "",
            translate("Window", "Put a digit a person drew on the canvas for the network to read"))
        self._save_action = self._action(
            translate("Window", "&Save model as…"), self._choose_save_path, ["Ctrl+Shift+S"],
            "save", translate("Window", "Keep a copy of the model in use"))
        self._back_action = self._action(
            translate("Window", "Back to the previous model"), self._go_back, ["Ctrl+B"], "",
            translate("Window", "Read with the model used before this one"))
        self._quit_action = self._action(translate("Window", "&Quit"), self.close,
                                         [QKeySequence.StandardKey.Quit])
        self._undo_action = self._action(
            translate("Window", "&Undo"), self._canvas.undo, [QKeySequence.StandardKey.Undo],
            "undo", translate("Window", "Take back the last stroke"))
        self._clear_action = self._action(
            translate("Window", "&Clear"), self._canvas.clear,
            [Qt.Key.Key_Escape, Qt.Key.Key_Delete], "clear", translate("Window", "Wipe the canvas"))
        self._guide_action = self._action(
            translate("Window", "DigitLab &guide"), lambda: show_guide(self),
            [QKeySequence.StandardKey.HelpContents], "",
            translate("Window", "How to draw, train, look inside and teach"))
        self._shortcuts_action = self._action(
            translate("Window", "&Keyboard shortcuts"),
            lambda: show_shortcuts(self, self._shortcut_list()), [], "",
            translate("Window", "Every key DigitLab answers to"))
        self._about_action = self._action(translate("Window", "&About DigitLab"), self._show_about)
        self._undo_action.setEnabled(False)
        self._tint_icons()

    def _tint_icons(self) -> None:
        """Draw the action icons in the palette's text colour (again after a theme switch)."""
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for action, name in self._icons.items():
            action.setIcon(tinted_icon(name, color))

    def _build_menus(self) -> None:
        file_menu = self._file_menu = self._menu(translate("Window", "&File"), "fileMenu")
        file_menu.addActions([self._open_action, self._picture_action, self._sample_action,
                              self._save_action, self._back_action])
        file_menu.addSeparator()
        file_menu.addAction(self._quit_action)
        self._menu(translate("Window", "&Edit"), "editMenu").addActions(
            [self._undo_action, self._clear_action])
        self._view_menu = self._menu(translate("Window", "&View"), "viewMenu")
        add_language_menu(self._view_menu, self._settings, self.notify)
        self._help_menu = self._menu(translate("Window", "&Help"), "helpMenu")
        self._help_menu.addActions([self._guide_action, self._shortcuts_action])
        self._help_menu.addSeparator()
        self._help_menu.addAction(self._about_action)

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("Window", "Toolbar"))
        toolbar.setObjectName("toolbar")
        self._toolbar = toolbar
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self._open_action, self._save_action])
        toolbar.addSeparator()
        toolbar.addActions([self._undo_action, self._clear_action])
        toolbar.addSeparator()
        pen_label = QLabel(translate("Window", "Pen"))
        pen_label.setContentsMargins(4, 0, 4, 0)
        toolbar.addWidget(pen_label)
        toolbar.addWidget(self._make_pen_slider())
        self._view_menu.addAction(toolbar.toggleViewAction())

    def _make_pen_slider(self) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName("penWidth")
        slider.setAccessibleName(translate("Window", "Pen width"))
        slider.setRange(*(int(width) for width in PEN_WIDTH_RANGE))
        slider.setValue(round(self._canvas.pen_width()))
        slider.setFixedWidth(120)
        slider.setToolTip(translate("Window", "Pen width (the digit is scaled to MNIST's size, so "
                                              "this sets how bold the stroke looks to the "
                                              "network)"))
        slider.valueChanged.connect(self._canvas.set_pen_width)
        self._pen_slider = slider
        return slider

    def _shortcut_list(self) -> list[Shortcut]:
        """Every key of the menus' actions, then the keys features added (described in the
        language spoken now, whichever they were added in)."""
        keys = [Shortcut(sequence.toString(QKeySequence.SequenceFormat.NativeText),
                         action.text().replace("&", "").rstrip("…"))
                for menu in self.menuBar().findChildren(QMenu)
                for action in menu.actions() for sequence in action.shortcuts()]
        return keys + [Shortcut(s.keys, retranslated(s.what)) for s in self._shortcuts]

    def _follow_views(self) -> None:
        """Announce what lessons may ask for: a tab opened, a unit pointed at."""
        self._insight.currentChanged.connect(
            lambda index: self.announce(f"{VIEW_TABS[index]}_tab"))
        self._insight.unit_pointed.connect(lambda *_: self.announce("unit_pointed"))
        self.add_command("view.tab", lambda name: self._insight.setCurrentIndex(
            VIEW_TABS.index(name)))

    # Reactions ----------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        for callback in self._after_first_paint:
            QTimer.singleShot(0, self, callback)
        self._after_first_paint.clear()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a dock shown, hidden or moved
            keep_minimum(self)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_icons()
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_model_status(self._model.current())
        super().changeEvent(event)

    def _on_drawing_changed(self) -> None:
        self._undo_action.setEnabled(self._canvas.can_undo() or self._canvas.is_drawing())
        if self._canvas.is_drawing():
            self._throttle.trigger()
        else:
            self._throttle.flush()

    def _follow_model(self, model: ModelInUse | None) -> None:
        """Everything the window shows of the model in use, and the answer it gives now."""
        predictor = model.predictor if model is not None else None
        if predictor is not None and tuple(predictor.class_names) != self._view.class_names():
            self._view.set_class_names(predictor.class_names)
        self._save_action.setEnabled(model is not None and model.file is not None)
        back = self._model.back_target()
        self._back_action.setVisible(back is not None)
        if back is not None:
            self._back_action.setText(translate("Window", "Back to {name}").format(name=back.name))
        self._insight.set_predictor(predictor)
        self._show_model_status(model)
        if model is not None and model.origin is Origin.TRAINED:
            self.notify(translate("Window", "The canvas is now read by {name}: draw a digit to "
                                  "try it.").format(name=model.name))
        self.predict_now()

    def _open_quietly(self, path: Path, *, remember: bool = True) -> bool:
        try:
            self._model.open(path, remember=remember)
        except DigitLabError as error:
            self.notify(translate("Window", "Could not open {path}: {error}")
                        .format(path=path, error=error_text(error)), 8000)
            return False
        return True

    def _show_model_status(self, model: ModelInUse | None) -> None:
        self._model_label.setText(model.summary() if model is not None else no_model_message())
        self.setWindowTitle(translate("Window", "DigitLab — {name}").format(name=model.name)
                            if model is not None else "DigitLab")

    def _go_back(self) -> None:
        back = self._model.back_target()
        if back is not None:
            self.open_model(back)

    def _choose_model(self) -> None:
        path = open_file_name(self, translate("Window", "Open model"), "models", model_filter())
        if path:
            self.open_model(path)

    def _choose_save_path(self) -> None:
        current = self._model.current()
        name = current.name if current is not None and current.origin is Origin.FILE else ""
        path = save_file_name(self, translate("Window", "Save model as"), "models",
                              name or "my-mlp.keras", model_filter())
        if path:
            self.save_model_as(path)

    def _show_about(self) -> None:
        predictor = self._model.predictor()
        show_about(self, predictor.metadata if predictor is not None else {})

    # Settings -----------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        place_window(self, self._settings.value("window/geometry"))
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._pen_slider.setValue(int(self._settings.value("canvas/pen_width",
                                                           self._canvas.pen_width(), type=float)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let any feature veto the close (a running training), shut every feature down, wait
        for a save in progress, then keep the window's layout for next time."""
        if not all(feature.confirm_close() for feature in self._features):
            event.ignore()
            return
        for feature in self._features:
            feature.shutdown()
        self._model.wait_for_save()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("canvas/pen_width", self._canvas.pen_width())
        self._settings.sync()
        super().closeEvent(event)
