"""The window's right side as tabs: the answer, the inside of the network, its first layer.

Tabs, not more panes: at the window's minimum size with Train open, the room beside the canvas
holds one view, and each of these needs all of it. The views behind the current tab draw
nothing until they are brought forward (:class:`~gui.insight.lazy.DrawnWhenSeen`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.common.language import translate
from gui.insight.insight_view import InsightView
from gui.insight.weights_view import WeightsView

if TYPE_CHECKING:
    from model.inference.insight import Trace
    from model.inference.predictor import Predictor


class InsightTabs(QTabWidget):
    """``answer`` (the window's prediction view), then Inside and Weights (objectName
    "viewTabs"). ``unit_pointed(layer, unit)`` when the user points at a hidden unit."""

    unit_pointed = Signal(int, int)

    def __init__(self, answer: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setDocumentMode(True)
        self.setAccessibleName(translate("Insight", "Views of the answer"))
        self.tabBar().setAccessibleName(translate("Insight", "Views of the answer"))
        self._inside = InsightView()
        self._weights = WeightsView()
        self._inside.unit_pointed.connect(self.unit_pointed)
        for page, title, tip in (
                (answer, translate("Insight", "Answer"),
                 translate("Insight", "What the network answers")),
                (self._inside, translate("Insight", "Inside"),
                 translate("Insight", "What happens inside the network as it reads")),
                (self._weights, translate("Insight", "Weights"),
                 translate("Insight", "What the units of the first layer look for"))):
            self.setTabToolTip(self.addTab(page, title), tip)

    def show_trace(self, trace: Trace) -> None:
        """How the network read the current drawing."""
        self._inside.show_trace(trace)

    def show_empty(self, message: str | None = None) -> None:
        """No drawing or no model; ``message`` says which (none: nothing drawn)."""
        self._inside.show_empty(message)

    def set_predictor(self, predictor: Predictor | None) -> None:
        """The model the window now reads with (a training snapshot, too)."""
        self._weights.set_predictor(predictor)
