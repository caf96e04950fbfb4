"""Train, Pause/Resume and Stop, the *Watch it learn* switch and the one-line status below them.

The buttons only say what was pressed; the Train panel decides what that means and tells the
controls which state to show with :meth:`RunControls.show_state`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common.language import translate
from gui.common.wording import watch_it_learn, watch_it_learn_tip


def button(text: str, name: str, tip: str) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    made.setToolTip(tip)
    return made


class RunControls(QWidget):
    """``train_clicked``, ``pause_clicked`` (Pause or Resume), ``stop_clicked`` and
    ``live_toggled(bool)`` for the switch that lets the canvas read with the weights in training."""

    train_clicked = Signal()
    pause_clicked = Signal()
    stop_clicked = Signal()
    live_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._train = button(translate("Train", "Train"), "trainButton", translate(
            "Train", "Build the network and train it on the chosen data."))
        self._pause = button(translate("Train", "Pause"), "pauseButton", translate(
            "Train", "Hold training between two batches; resume any time."))
        self._stop = button(translate("Train", "Stop"), "stopButton", translate(
            "Train", "End training now and keep the weights learned so far."))
        self._live = QCheckBox(watch_it_learn())
        self._live.setObjectName("liveSnapshots")
        self._live.setToolTip(watch_it_learn_tip())
        self._status = QLabel(translate("Train", "Ready."))
        self._status.setObjectName("trainingStatus")
        self._status.setWordWrap(True)
        self._train.clicked.connect(self.train_clicked)
        self._pause.clicked.connect(self.pause_clicked)
        self._stop.clicked.connect(self.stop_clicked)
        self._live.toggled.connect(self.live_toggled)
        self._layout_widgets()

    def show_state(self, *, running: bool, paused: bool, busy: bool) -> None:
        """Enable what can be done now: Train while nothing is ``busy``, Pause/Resume and Stop
        while ``running``."""
        self._train.setEnabled(not busy)
        self._pause.setEnabled(running)
        self._pause.setText(translate("Train", "Resume") if paused
                            else translate("Train", "Pause"))
        self._stop.setEnabled(running)

    def is_live(self) -> bool:
        return self._live.isChecked()

    def set_status(self, text: str) -> None:
        self._status.setText(text)

    def status(self) -> str:
        return self._status.text()

    def _layout_widgets(self) -> None:
        """The switch goes under the buttons: beside them, it made the dock too wide to share
        a small window with the canvas."""
        buttons = QHBoxLayout()
        for widget in (self._train, self._pause, self._stop):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self._live)
        column.addWidget(self._status)
