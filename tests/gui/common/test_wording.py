"""A name the window shows in several places reads the same in each, and in the README."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox

from gui.common.wording import WATCH_IT_LEARN, WATCH_IT_LEARN_TIP
from gui.insight.weights_view import weights_text
from gui.train.run_controls import RunControls

README = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")


def test_watch_it_learn_is_one_name_on_the_switch_in_the_weights_tab_and_in_the_readme(qtbot):
    """The README and the Weights tab said *Watch it learn*; the switch read "Read the canvas
    while it learns"."""
    controls = RunControls()
    qtbot.addWidget(controls)
    switch = controls.findChild(QCheckBox, "liveSnapshots")
    assert (switch.text(), switch.toolTip()) == (WATCH_IT_LEARN, WATCH_IT_LEARN_TIP)
    assert f"“{WATCH_IT_LEARN}”" in weights_text(100, "dense")
    assert f"*{WATCH_IT_LEARN}*" in README and "while it learns" not in README
