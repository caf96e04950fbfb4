"""Listing every widget while the collector frees windows does not crash (common/widget_lists).

The script runs in its own interpreter so that a segmentation fault fails the test instead of
ending the suite. Run with ``QApplication.allWidgets`` in place of ``all_widgets``, the same
script crashed in its first rounds (PySide6 6.11, CPython 3.11).
"""

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent("""
    import gc
    from PySide6.QtWidgets import (QApplication, QComboBox, QScrollArea, QSpinBox, QTableWidget,
                                   QVBoxLayout, QWidget)
    from gui.common.widget_lists import all_widgets, top_level_widgets

    class Forgotten(QWidget):
        '''A window only a reference cycle keeps, with widgets Qt made that Python never wrapped.'''
        def __init__(self):
            super().__init__()
            self.itself = self
            layout = QVBoxLayout(self)
            for kind in (QComboBox, QTableWidget, QScrollArea, QSpinBox):
                layout.addWidget(kind())

    app = QApplication([])
    gc.set_threshold(10)  # the collector starts within a few allocations
    for _ in range(150):
        for _ in range(3):
            Forgotten()
        for widget in all_widgets() + top_level_widgets():
            widget.toolTip()
    print("listed", len(all_widgets()))
""")


def test_listing_widgets_while_the_collector_frees_windows_does_not_crash():
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT], cwd=REPO,
                          env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("listed")
