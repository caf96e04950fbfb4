"""The Inside and Weights tabs compose their explanations themselves, so they make them again on
a language change; their controls have names a screen reader reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QWidget

from gui.insight.weights_view import no_weights_message


def language_changed(widget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def shown_tab(window, index: int, name: str) -> QWidget:
    window.findChild(QTabWidget, "viewTabs").setCurrentIndex(index)
    return window.findChild(QWidget, name)


def test_the_inside_says_its_message_again(qtbot, bare_window):
    view = shown_tab(bare_window, 1, "insight")
    status = view.findChild(QLabel, "insightStatus")
    status.setText("stale")
    with qtbot.waitSignal(view.updated, timeout=1000):
        language_changed(view)
    assert status.text() not in ("stale", "")  # the no-model message again


def test_the_weights_say_their_explanation_again_and_the_size_has_a_name(bare_window):
    view = shown_tab(bare_window, 2, "weights")
    explanation = next(label for label in view.findChildren(QLabel)
                       if label.text() == no_weights_message())
    explanation.setText("stale")
    language_changed(view)
    assert no_weights_message() in texts(view)
    assert view.findChild(QComboBox, "weightsZoom").accessibleName() == "Size"
