"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 Qt calls returning None.

That release dropped a reference to ``None`` on every such call; CPython 3.11 (where ``None`` is
not yet immortal) then frees it and aborts with "none_dealloc". pyproject pins PySide6 below 6.12
on 3.11; this test makes 20,000 such calls in a fresh process so that a bad wheel fails here
cleanly instead of crashing the app after a minute of drawing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CALLS_RETURNING_NONE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
widget = QWidget()
image = QImage(64, 64, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for i in range(7000):
    widget.update()
    painter.drawLine(0, 0, i % 64, 63)
    QCoreApplication.processEvents()
after = sys.getrefcount(None)
painter.end()
print(json.dumps({"calls": 3 * 7000, "none_refs_before": before, "none_refs_after": after}))
"""


def test_20000_qt_calls_returning_none_do_not_crash_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CALLS_RETURNING_NONE], capture_output=True,
                          text=True, env=env, timeout=120)
    assert "none_dealloc" not in done.stderr
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["calls"] >= 20000
    # A leak of one reference per call would show long before the abort.
    assert report["none_refs_after"] >= report["none_refs_before"] - 100
