"""What the network answers: the top class large, every class's probability, and its input image.

The bar chart uses pyqtgraph, whose import costs about a quarter of a second. So that the window
appears at once, the chart is built right after the view is first painted, and whatever the view
was asked to show in the meantime is handed to it then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.common.images import gray_image, painting
from gui.common.language import confidence, retranslated, translate
from gui.draw.announcement import Announcer, announce_from
from gui.draw.answer_text import (
    empty_message,
    not_a_number_message,
    shown_class,
    spoken_answer,
)
from model.image_size import IMAGE_SIDE, to_uint8
from model.inference.answers import outputs_are_numbers

if TYPE_CHECKING:
    from gui.draw.probability_chart import ProbabilityChart

DIGITS = tuple("0123456789")
CHART_MINIMUM = QSize(220, 180)
"""The chart and the placeholder it replaces share it, so the window's size limits never jump."""


class PixelView(QWidget):
    """A 28×28 grey image magnified 4× with hard pixel edges (nearest neighbour), framed.

    A whole-number magnification keeps every pixel the same size, also at 1.25×, 1.5× and 2×
    screen scales.
    """

    MAGNIFIED = 4 * IMAGE_SIDE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setFixedSize(self.MAGNIFIED + 2, self.MAGNIFIED + 2)

    def set_pixels(self, pixels: np.ndarray | None) -> None:
        """Show an image with values in [0, 1] (1 = white), or an empty frame."""
        if pixels is None:
            self._image = None
        else:
            self._image = gray_image(to_uint8(pixels))
        self.update()

    def paintEvent(self, event) -> None:
        """Scaled without smoothing, so each of the network's pixels is a crisp square."""
        inside = QRectF(1, 1, self.MAGNIFIED, self.MAGNIFIED)
        with painting(self) as painter:
            if self._image is None:
                painter.fillRect(inside, self.palette().color(QPalette.ColorRole.Base))
            else:
                painter.drawImage(inside, self._image)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1.0))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))


class PredictionView(QWidget):
    """The network's answer for the current drawing; ``updated`` fires after each change shown,
    ``class_clicked(index)`` when the user clicks a class's bar."""

    updated = Signal()
    class_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prediction")
        self.setAccessibleName(translate("Draw", "Prediction"))
        self.setMinimumWidth(280)
        self._class_names: tuple[str, ...] = DIGITS
        self._probabilities: np.ndarray | None = None
        self._message: str | None = None
        """Why there is no answer (None: nothing drawn yet)."""
        self._announcer = Announcer(announce_from(self))
        self._answer = QLabel()
        self._answer.setObjectName("answer")
        self._answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._answer.setMinimumHeight(110)
        self._detail = QLabel()
        self._detail.setObjectName("confidence")
        self._detail.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._detail.setWordWrap(True)
        self._network_input = PixelView()
        self._network_input.setToolTip(translate(
            "Draw", "The 28×28 image the network reads: your drawing cropped, scaled into a "
                    "20-pixel box and centred by its centre of mass, as MNIST digits are"))
        self._chart: ProbabilityChart | None = None
        self._chart_slot = QWidget()
        self._chart_slot.setMinimumSize(CHART_MINIMUM)
        self._chart_slot.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Expanding)
        self._layout_widgets()
        self._style_detail()
        self.show_empty()

    # Public API -------------------------------------------------------------------------------

    def class_names(self) -> tuple[str, ...]:
        return self._class_names

    def set_class_names(self, names: Sequence[str]) -> None:
        """Label the bars with a model's classes (and forget the last answer)."""
        self._class_names = tuple(str(name) for name in names)
        if self._chart is not None:
            self._chart.set_class_names(self._class_names)
        self.show_empty()

    def announce_when(self, settled: Callable[[], bool]) -> None:
        """Say each new answer to a screen reader once ``settled()`` (e.g. no stroke is being
        drawn): see :mod:`gui.draw.announcement`."""
        self._announcer.follow(settled)

    def probabilities(self) -> np.ndarray | None:
        """The probabilities on display, one per class, or None when nothing is predicted."""
        return self._probabilities

    def predicted_index(self) -> int | None:
        return None if self._probabilities is None else int(np.argmax(self._probabilities))

    def predicted_name(self) -> str | None:
        index = self.predicted_index()
        return None if index is None else self._class_names[index]

    def show_prediction(self, probabilities: np.ndarray, network_input: np.ndarray) -> None:
        """Show one answer: ``probabilities`` (C,) and the (28, 28) image that produced it.

        NaN probabilities (a model whose training diverged, read live) are no answer: argmax
        would call them the first class, "0, nan% sure".
        """
        probabilities = np.asarray(probabilities, dtype=np.float64).reshape(-1)
        if probabilities.shape != (len(self._class_names),):
            raise ValueError(f"expected {len(self._class_names)} probabilities, "
                             f"got shape {probabilities.shape}")
        if not outputs_are_numbers(probabilities):
            self.show_empty(not_a_number_message())
            return
        self._probabilities = probabilities
        self._network_input.set_pixels(network_input)
        self._show_answer()

    def show_empty(self, message: str | None = None) -> None:
        """The calm state before there is anything to read: no answer, empty bars; ``message``
        (a :func:`translate` text, said again in a new language after a switch) says why, by
        default that nothing is drawn."""
        self._probabilities = None
        self._message = message
        self._network_input.set_pixels(None)
        self._show_answer()

    def answer_text(self) -> str:
        """The answer as a screen reader says it ("Seven, 98% sure": whole percent, so that a
        stroke that hardly changes the answer says nothing new), or why there is none."""
        index = self.predicted_index()
        if index is None:
            return empty_message() if self._message is None else retranslated(self._message)
        return spoken_answer(self._class_names[index], confidence(self._probabilities[index]))

    def add_footer(self, widget: QWidget) -> None:
        """Show ``widget`` below the bars (e.g. another feature's controls for the answer)."""
        self.layout().addWidget(widget)

    def chart(self) -> ProbabilityChart:
        """The bar chart, built now if the view has not been painted yet."""
        if self._chart is None:
            # Imported here, not at the top: pyqtgraph is the slowest import of the window.
            from gui.draw.probability_chart import ProbabilityChart

            self._chart = ProbabilityChart()
            self._chart.setMinimumSize(CHART_MINIMUM)
            self._chart.apply_palette(self.palette())
            self._chart.set_class_names(self._class_names)
            self._chart.bar_clicked.connect(self.class_clicked)
            self.layout().replaceWidget(self._chart_slot, self._chart)
            self._chart_slot.deleteLater()
            self._update_chart()
        return self._chart

    # Building and updating ----------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        caption = QLabel(translate("Draw", "Network input"))
        caption.setObjectName("caption")
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        seen = QVBoxLayout()
        seen.setSpacing(4)
        seen.addWidget(self._network_input, 0, Qt.AlignmentFlag.AlignHCenter)
        seen.addWidget(caption)
        seen.addStretch(1)
        answer = QVBoxLayout()
        answer.setSpacing(0)
        answer.addWidget(self._answer)
        answer.addWidget(self._detail)
        answer.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(answer, 1)
        header.addLayout(seen)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(12)
        column.addLayout(header)
        column.addWidget(self._chart_slot, 1)

    def _sure(self, index: int) -> str:
        return translate("Draw", "{percent} sure").format(
            percent=confidence(self._probabilities[index], 1))

    def _show_answer(self, *, say: bool = True) -> None:
        """The answer (or the message) in the labels and the chart, then said if it settled
        (not after a language switch: the reader is busy with the switch)."""
        index = self.predicted_index()
        if index is None:
            self._set_answer("", self.answer_text())
        else:
            self._set_answer(shown_class(self._class_names[index]), self._sure(index))
        self._update_chart()
        if say:
            self._announcer.shown(self.answer_text)
        self.updated.emit()

    def _set_answer(self, name: str, detail: str) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * (6.0 if len(name) <= 2 else 2.2))
        font.setWeight(QFont.Weight.DemiBold)
        self._answer.setFont(font)
        self._answer.setText(name)
        self._detail.setText(detail)

    def _update_chart(self) -> None:
        if self._chart is None:
            return
        if self._probabilities is None:
            self._chart.set_probabilities(np.zeros(len(self._class_names)), None)
        else:
            self._chart.set_probabilities(self._probabilities, self.predicted_index())

    def _style_detail(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self._detail.setStyleSheet(f"color: {muted};")

    def paintEvent(self, event) -> None:
        """After the first paint, build the chart (the window is already on screen by then)."""
        if self._chart is None:
            QTimer.singleShot(0, self, self.chart)
        super().paintEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark palettes, and between languages."""
        if event.type() == QEvent.Type.LanguageChange:
            self._show_answer(say=False)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_detail()
            if self._chart is not None:
                self._chart.apply_palette(self.palette())
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(380, 440)
