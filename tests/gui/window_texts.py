"""What a person (or a screen reader) reads in the window: every shown text, where it is, and
whether a text is words at all (numbers, product and file names need no translation).

Used by the language tests (nothing left in English, nothing clipped) and the accessibility
test (every focusable control named).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, Qt, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from gui.common.language import LANGUAGES

NOT_WORDS = re.compile(
    r"DigitLab|Fashion-MNIST|MNIST|Keras|ONNX|TF\.js|LiteRT|UNIPEN|Okabe–Ito|Adam|SGD|RMSprop|Nesterov"
    r"|ReLU|relu|softmax|sigmoid|tanh|gelu|elu|selu|swish|linear|He|Glorot|L2|\b[a-z]+_[a-z_]+\b|"
    r"[\w.-]+\.(keras|h5|hdf5|png|jsonl|csv|onnx|tflite|html|digitlab-lesson)\b"
    r"|\b(Ctrl|Shift|Alt|Esc|Del|F\d+)\b(\+\w+)*"
    r"|[^\W\d_]?\d[\w.,:%×/-]*|&|[^\w\s]",
)
"""What is not a word to translate: product, library and optimizer names, Keras identifiers
(activations, initializers: leaky_relu, glorot_uniform), file names, keys, numbers with their
units, punctuation."""


def plain(text: str) -> str:
    """A label's text as read: rich text without its tags, no mnemonic marks."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def has_words(text: str) -> bool:
    """Whether ``text`` holds words a translation must change (2 letters or more left once
    names, numbers and punctuation are taken out); a language's own name never does."""
    if text in LANGUAGES.values():
        return False
    return len(re.sub(r"\s+", "", NOT_WORDS.sub(" ", text))) >= 2


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def widget_texts(widget: QWidget) -> Iterator[Shown]:
    """The texts one widget shows or gives a screen reader."""
    where = _name(widget)
    candidates = [("tooltip", widget.toolTip()), ("name", widget.accessibleName()),
                  ("description", widget.accessibleDescription())]
    if isinstance(widget, QLabel):
        candidates.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        candidates.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        candidates.append(("title", widget.title()))
    if isinstance(widget, QDockWidget):
        candidates.append(("title", widget.windowTitle()))
    if isinstance(widget, QLineEdit):
        candidates.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        candidates += [("item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        candidates += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        candidates += [("header", item.text()) for item in
                       (widget.horizontalHeaderItem(i) for i in range(widget.columnCount()))
                       if item is not None]
    for kind, text in candidates:
        if text and plain(text):
            yield Shown(f"{where} {kind}", plain(text))


def menu_texts(window: QMainWindow) -> Iterator[Shown]:
    """Every menu's title and every action in it (a screen reader reads them as they open)."""
    for menu in window.menuBar().findChildren(QMenu):
        if plain(menu.title()):
            yield Shown(f"menu {menu.objectName()}", plain(menu.title()))
        for action in menu.actions():
            for kind, text in (("action", action.text()), ("tip", action.statusTip())):
                if text and plain(text):
                    yield Shown(f"menu {menu.objectName()} {kind}", plain(text))


def shown_texts(window: QMainWindow) -> list[Shown]:
    """The texts of every widget now shown in ``window`` (Qt's own parts, ``qt_…``, speak
    through Qt's catalogues), and of its menus."""
    widgets = [window, *window.findChildren(QWidget)]
    texts = [shown for widget in widgets
             if widget.isVisible() and not widget.objectName().startswith("qt_")
             for shown in widget_texts(widget)]
    return texts + list(menu_texts(window))


def tab_pages(window: QMainWindow) -> Iterator[str]:
    """Show every page of every tab widget in turn (a nested one's pages inside each), yielding
    the page's name while it is shown."""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.objectName()}: {tabs.tabText(index)}"
        tabs.setCurrentIndex(first)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (a button's text, when it has no
    other)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable controls in ``root`` (itself included) now shown that a screen reader could
    name nothing — a spin box's own line edit too, as Tab puts the focus there."""
    return [_name(widget) for widget in (root, *root.findChildren(QWidget))
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root)
            and not spoken_name(widget)]
