"""Take docs/lessons.png: the Lessons panel beside the Train panel, the first lesson under way.

The window opens as in docs/screenshot_training.py (Xvfb, the default model, the Train panel
docked), on a throwaway data folder so the lesson starts fresh. The Lessons panel attaches as
the app attaches it, the first lesson's first *Do it* is pressed (the Next Tech tutorial's
recipe appears on the Setup page, its epochs capped "by your lesson"), and the window is
grabbed while the lesson shows that step, picture and all.

    python docs/screenshot_lessons.py [--out docs/lessons.png] [--scale 2]
                                      [--language zh_CN --out docs/lessons-zh_CN.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "docs"))

from screenshot import rerun_under_xvfb  # noqa: E402  (one Xvfb recipe for every picture)
from screenshot_training import draw_three, open_window, save  # noqa: E402

WINDOW_SIZE = (1500, 900)


def photograph(out: Path, language: str | None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from gui.common.waiting import wait_ms
    from gui.lessons.panel import LessonsPanel

    window, panel = open_window(language)
    lessons = LessonsPanel()
    window.add_feature(lessons)
    lessons_dock = window.findChild(QDockWidget, "lessonsDock")
    train_dock = window.findChild(QDockWidget, "trainingDock")
    lessons_dock.show()
    lessons.open_lesson("first-network")
    lessons.view().button("doIt").click()
    draw_three(window)
    window.resize(*WINDOW_SIZE)
    window.resizeDocks([lessons_dock, train_dock], [430, 520], Qt.Orientation.Horizontal)
    datasets = panel.datasets()
    while datasets.is_loading():  # the preset's data, then its samples laid out
        wait_ms(100)
    wait_ms(1500)
    save(window, out)
    panel.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "lessons.png")
    parser.add_argument("--language", metavar="CODE", help="the window's language (de, zh_CN …)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    os.environ["DIGITLAB_DATA_DIR"] = tempfile.mkdtemp(prefix="digitlab-lessons-")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    photograph(args.out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
