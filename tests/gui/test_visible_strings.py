"""No text reaches the screen around translation, even where no test opens the window: a dialog,
a status line, an error.

The pseudo-language test (test_languages.py) sees what the window shows; this one reads the code:
a string literal or an f-string handed straight to a call that shows text (``setText``,
``show_error``, ``QLabel(…)`` …) is a text lupdate never finds.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

SHOWING_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setTabText", "setTabToolTip",
    "addTab", "setLabel", "setSuffix", "setPrefix", "setSpecialValueText", "setHtml",
    "setMarkdown", "setPlainText", "addItem", "addMenu", "addAction", "setHorizontalHeaderLabels",
    "notify", "show_error", "say", "showMessage", "information", "warning", "critical", "question",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton", "QAction", "QGroupBox",
    "QMenu", "QDockWidget",
}
NAMES = {"DigitLab"}
"""The product's name, the same in every language."""
WORDS = re.compile(r"[A-Za-z]{2,}")
NOT_SHOWN = re.compile(r"^(<[^>]*>|&nbsp;|[\s·•…:;,.()\[\]|/–—-]|%|\{\w*\})*$")
"""Literals that are markup or punctuation around translated texts, never words."""


def shown_literals(path: Path) -> list[str]:
    """``file:line: text`` for each literal with words handed to a text-showing call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in SHOWING_CALLS:
            continue
        shown = node.args[1:] if name == "setLabel" else node.args  # pyqtgraph: (side, text)
        for argument in shown:
            text = literal_words(argument)
            if text:
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {text!r}")
    return found


def literal_words(node: ast.AST) -> str:
    """The words of a str literal or an f-string's literal parts; "" when there are none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    else:
        return ""
    words = WORDS.search(re.sub(r"<[^>]*>|&\w+;", "", text))
    if text in NAMES or NOT_SHOWN.match(text) or not words:
        return ""
    return text


def test_no_literal_text_is_shown_without_translation():
    found = [line for path in sorted((REPO / "gui").rglob("*.py"))
             for line in shown_literals(path)]
    assert not found, "\n".join(found)
