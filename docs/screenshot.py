"""Take docs/window.png: the real app on a real X server (Xvfb), a digit drawn by mouse.

Offscreen rendering skips the platform's fonts, style hints and window system, so the picture is
taken under Xvfb, with the xcb platform the app uses on a Linux desktop. Without a display the
script re-runs itself under ``xvfb-run`` (``apt-get install xvfb``). The app starts exactly as
``python main.py`` does, with settings in a throwaway folder; once its model and Train panel are
loaded, a "3" is drawn with mouse events and the window is grabbed.

    python docs/screenshot.py [--out docs/window.png] [--scale 2] [--theme dark] [--train]
                              [--tab Inside --size 1280x800 --out docs/insight.png]
                              [--language de --train --out docs/window-de.png]

``make screenshots`` takes every picture the README shows this way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SCREEN = "3200x2000x24"  # room for a 2× (HiDPI) window
WINDOW_SIZE = (1000, 620)
TRAIN_WINDOW_SIZE = (1500, 820)
TABS = ("Answer", "Inside", "Weights")


def rerun_under_xvfb() -> int:
    if shutil.which("xvfb-run") is None:
        sys.exit("no X display and no xvfb-run: apt-get install -y xvfb")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="digitlab-screenshot-")}
    return subprocess.call(["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", sys.executable,
                            *sys.argv], env=env)


def save_window(window, path: Path):
    """Photograph ``window`` as the X server shows it, into ``path``; returns the picture.

    Nothing places windows under Xvfb (there is no window manager), so a window resized after
    it was shown can reach past the screen's edge, and that part is photographed black: it is
    moved to the screen's corner first."""
    from gui.common.waiting import wait_ms

    window.move(window.screen().availableGeometry().topLeft())
    wait_ms(200)
    picture = window.screen().grabWindow(window.winId())
    picture.save(str(path))
    return picture


def photograph(args: argparse.Namespace) -> None:
    """Once the app is fully up: size it, draw the digit, grab the window, close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTabWidget, QWidget

    from gui.common.theme import Theme, apply_theme
    from gui.common.waiting import wait_ms
    from gui.common.widget_lists import top_level_widgets
    from gui.draw.replay import drag_strokes
    from gui.main_window import MainWindow
    from gui.self_test import DIGIT_BOX, STROKES
    from model.drawing.strokes import fit_strokes

    window = next((w for w in top_level_widgets() if isinstance(w, MainWindow)), None)
    if window is None or window.findChild(QWidget, "training") is None:
        QTimer.singleShot(50, lambda: photograph(args))
        return
    apply_theme(Theme(args.theme))
    window.findChild(QWidget, "trainingDock").setVisible(args.train)
    window.resize(*(args.size or (TRAIN_WINDOW_SIZE if args.train else WINDOW_SIZE)))
    tabs = window.findChild(QTabWidget, "viewTabs")
    tabs.setCurrentIndex(TABS.index(args.tab))  # by place: their texts follow the language
    wait_ms(300)
    drag_strokes(window.canvas(), fit_strokes(STROKES, DIGIT_BOX))
    wait_ms(300)
    picture = save_window(window, args.out)
    print(f"{args.out}: {picture.width()}×{picture.height()} px, "
          f"predicted {window.prediction_view().predicted_name()!r}")
    window.close()


def main() -> int:
    from gui.common.theme import Theme

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "window.png")
    parser.add_argument("--scale", type=float, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--theme", choices=[theme.value for theme in Theme], default="system",
                        help="the View menu's theme to show")
    parser.add_argument("--train", action="store_true", help="show the Train panel too")
    parser.add_argument("--tab", choices=TABS, default="Answer",
                        help="the tab beside the canvas")
    parser.add_argument("--size", type=lambda text: tuple(map(int, text.split("x"))),
                        help="window size WIDTHxHEIGHT")
    parser.add_argument("--language", metavar="CODE", help="the window's language (de, zh_CN …)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QTimer

    from gui.app import create_application, run

    create_application([])
    QTimer.singleShot(0, lambda: photograph(args))
    return run(["--language", args.language] if args.language else [])


if __name__ == "__main__":
    sys.exit(main())
