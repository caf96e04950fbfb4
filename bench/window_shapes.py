"""Window shapes: open the window at many sizes, draw, resize, draw again; count the crashes.

A layout that cannot settle at one window size can kill the whole process: issue 19 found a
segfault at 1400×900 with the Inside tab and the Train dock open (a scroll area recursing until
the stack overflowed, see gui/common/height_for_width.py). This runs the real window (canvas,
Teach bar, Train dock, Lessons dock) through a seeded sample of cases: a first size from the
minimum window to 2560×1440 (the sizes near 1400–1420×900 and a few named screens always
included), the Answer, Inside or Weights tab, the Train dock closed or open on each of its
pages, the Lessons dock closed or open on a lesson left of the canvas (every other case); each case
draws a digit, resizes the window to a second size and draws again, then must settle: a layout
still resizing widgets after the window has been left alone is counted as unsettled.

Crashes are counted, not fatal: a child process runs the cases one after another and reports
each as it ends; when the child dies, the case it was in is counted as a crash (with its
signal) and a new child carries on from the next case. Target: 0 crashes.

Every language's words are another shape: German's run longest, Chinese's wrap anywhere, so
``--language`` runs the window in one of them (the tabs still chosen by their English names).

    python bench/window_shapes.py [--cases N] [--seed S] [--language CODE] [--json] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

# As in the app (gui/app.py): one BLAS thread. Set before numpy loads, so the imports follow it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from common import REPO, bench_parser, parse_args

from gui.window_geometry import MINIMUM_WINDOW_SIZE
from model.translatable import ENGLISH, LANGUAGES

TABS = ("Answer", "Inside", "Weights")
TABS_CONTEXT = "Insight"
DOCK_PAGES = ("Setup", "Training", "Results", "Runs")
DOCK_CONTEXT = "Train"
"""The tabs' and the Train dock's pages' English titles, and where their translations live."""
DOCK_STATES = ("closed", *DOCK_PAGES)
"""The Train dock closed, or open on one of its pages."""
SMALLEST = MINIMUM_WINDOW_SIZE.toTuple()
NAMED_SIZES = (SMALLEST, (1024, 640), (1280, 720), (1366, 768), (1400, 900), (1405, 900),
               (1410, 900), (1415, 900), (1420, 900), (1920, 1080), (2560, 1440))
"""Always among the first sizes, each with every tab and dock state: the minimum window, small
laptops, the shape that crashed (about 1400–1420×900), full HD and 1440p."""
LARGEST = (2560, 1440)
NEAR_CRASH = ((1380, 1440), (860, 940))
"""A share of the random sizes falls in this band of widths and heights around 1400–1420×900."""
NEAR_CRASH_SHARE = 0.3
STROKE_POINTS = 8
"""Few: every point can be a prediction, and the layouts settle after the stroke's last."""
DRAW_SETTLE_MS = 15
"""Events processed after each stroke and each resize: predictions, paints, layout requests."""
QUIET_MS = 30
"""After a case, the window is left alone this long while its widgets' resizes are counted…"""
UNSETTLED_RESIZES = 40
"""…and more than this many means a layout that never settles (a scroll bar switching on and
off for ever is a busy loop, not a crash)."""
CHILD_FLAG = "--child-from"


@dataclass(frozen=True)
class Case:
    """One window shape: sizes before and after the resize, the tab in front, the dock."""

    index: int
    size: tuple[int, int]
    resized: tuple[int, int]
    tab: str
    dock: str
    lessons: bool
    """Whether the Lessons dock is open (on the first lesson), beside the canvas."""


def random_size(rng: random.Random) -> tuple[int, int]:
    """A window size between the minimum and 2560×1440, often near the shape that crashed."""
    widths, heights = (NEAR_CRASH if rng.random() < NEAR_CRASH_SHARE
                       else ((SMALLEST[0], LARGEST[0]), (SMALLEST[1], LARGEST[1])))
    return rng.randint(*widths), rng.randint(*heights)


def sample_cases(count: int, seed: int) -> list[Case]:
    """The first ``count`` cases of the seeded sample: every named size with every tab and dock
    state first, then random sizes, tabs and dock states; the Lessons dock open in every other
    case (the named sizes' 15 states are an odd count, so each is seen both ways)."""
    rng = random.Random(seed)
    combos = [(tab, dock) for tab in TABS for dock in DOCK_STATES]
    cases = []
    for index in range(count):
        if index < len(NAMED_SIZES) * len(combos):
            size = NAMED_SIZES[index // len(combos)]
            tab, dock = combos[index % len(combos)]
        else:
            size, tab, dock = random_size(rng), rng.choice(TABS), rng.choice(DOCK_STATES)
        cases.append(Case(index, size, random_size(rng), tab, dock, lessons=index % 2 == 1))
    return cases


# The child: one window, many cases ------------------------------------------------------------

def run_child(cases: list[Case], crash_at: int | None, language: str) -> None:
    """Run ``cases`` in one window in ``language``, printing ``ok <index> <ms> <resizes when
    left alone>`` after each (flushed, so the parent knows which case a crash happened in)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = desktop_screen()
    from gui_harness import open_window

    app, window = open_window(language=language)
    shapes = WindowShapes(window)
    for case in cases:
        started = time.perf_counter()
        if case.index == crash_at:
            os.kill(os.getpid(), signal.SIGSEGV)  # how the harness's own test checks counting
        shapes.run(case)
        milliseconds = (time.perf_counter() - started) * 1000
        print(f"ok {case.index} {milliseconds:.0f} {shapes.resizes_when_left_alone()}",
              flush=True)
    window.close()
    app.processEvents()


def desktop_screen() -> str:
    """Qt's offscreen platform with a screen as large as the largest case: its own 800×800
    screen caps the window's minimum (it never exceeds the screen), so the window could not
    keep the room its docks need as it does on a desktop (gui/window_geometry.keep_minimum),
    and it would tab Lessons behind Train instead of placing it left of the canvas."""
    screen = {"name": "desktop", "x": 0, "y": 0, "width": LARGEST[0], "height": LARGEST[1],
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    path = Path(tempfile.mkdtemp(prefix="digitlab-shapes-")) / "screen.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def show_tab(tabs, context: str, title: str) -> None:
    """Bring the tab whose English title is ``title`` to the front (by name: a reordered tab bar
    must not make the cases test other pages than they say), in the window's language."""
    from gui.common.language import translate

    titles = [tabs.tabText(index).replace("&", "") for index in range(tabs.count())]
    tabs.setCurrentIndex(titles.index(translate(context, title)))


class WindowShapes:
    """Puts the real window (with Teach, the Train dock and the Lessons dock) into a case's
    shape and draws."""

    def __init__(self, window) -> None:
        from PySide6.QtWidgets import QDockWidget, QTabWidget

        from gui.lessons.panel import LessonsPanel
        from gui.teach.teaching import Teaching
        from gui.train.panel import TrainingPanel

        self._window = window
        window.add_feature(Teaching())
        window.add_training_panel(TrainingPanel())
        lessons = LessonsPanel()
        window.add_feature(lessons)
        lessons.open_lesson(lessons.lessons()[0].id)  # its pictures and wrapped steps
        self._dock = window.findChild(QDockWidget, "trainingDock")
        self._lessons_dock = window.findChild(QDockWidget, "lessonsDock")
        self._view_tabs = window.findChild(QTabWidget, "viewTabs")
        self._dock_tabs = self._dock.widget().findChild(QTabWidget)

    def run(self, case: Case) -> None:
        from gui.common.waiting import wait_ms

        window = self._window
        window.canvas().clear()
        window.resize(*case.size)
        show_tab(self._view_tabs, TABS_CONTEXT, case.tab)
        if case.dock != "closed":
            show_tab(self._dock_tabs, DOCK_CONTEXT, case.dock)
        for dock, wanted in ((self._dock, case.dock != "closed"),
                             (self._lessons_dock, case.lessons)):
            if dock.isHidden() == wanted:
                dock.toggleViewAction().trigger()  # as the user does (the window may grow)
        wait_ms(DRAW_SETTLE_MS)
        self._draw(0)
        window.resize(*case.resized)
        wait_ms(DRAW_SETTLE_MS)
        self._draw(1)

    def resizes_when_left_alone(self) -> int:
        """How many widgets are resized while nobody touches the window for a moment."""
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from gui.common.waiting import wait_ms

        class ResizeCounter(QObject):
            count = 0

            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Resize:
                    self.count += 1
                return False

        counter = ResizeCounter()
        QApplication.instance().installEventFilter(counter)
        wait_ms(QUIET_MS)
        QApplication.instance().removeEventFilter(counter)
        return counter.count

    def _draw(self, stroke: int) -> None:
        """One stroke of a 7 (its bar, then its stem), as mouse events, then let it settle."""
        import numpy as np

        from gui.common.waiting import wait_ms
        from gui.draw.replay import drag_stroke
        from model.drawing.strokes import CANVAS_SIZE

        corners = ([(0.25, 0.2), (0.75, 0.2)], [(0.75, 0.2), (0.4, 0.85)])[stroke]
        points = np.linspace(*np.array(corners) * CANVAS_SIZE, STROKE_POINTS)
        drag_stroke(self._window.canvas(), points)
        wait_ms(DRAW_SETTLE_MS)


# The parent: children until every case ran ---------------------------------------------------

@dataclass
class Crash:
    case: Case
    returncode: int
    stderr_tail: str


@dataclass
class Report:
    crashes: list[Crash]
    unsettled: list[Case]
    times: list[float]
    """Milliseconds per case that ran to its end."""


def run_cases(count: int, seed: int, crash_at: int | None = None,
              language: str = ENGLISH) -> Report:
    """Run the sample in as few children as crashes allow."""
    cases = sample_cases(count, seed)
    report = Report([], [], [])
    start = 0
    while start < count:
        command = [sys.executable, __file__, CHILD_FLAG, str(start), "--cases", str(count),
                   "--seed", str(seed), "--language", language]
        if crash_at is not None:
            command += ["--crash-at", str(crash_at)]
        child = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
        done = [line.split() for line in child.stdout.splitlines() if line.startswith("ok ")]
        report.times += [float(ms) for _ok, _index, ms, _resizes in done]
        report.unsettled += [cases[int(index)] for _ok, index, _ms, resizes in done
                             if int(resizes) > UNSETTLED_RESIZES]
        start += len(done)
        if child.returncode != 0:
            if start >= count:  # every case ran: the child failed on its way out
                raise RuntimeError(f"the window-shape child failed after its cases:\n"
                                   f"{child.stderr[-2000:]}")
            report.crashes.append(Crash(cases[start], child.returncode, child.stderr[-600:]))
            start += 1
    return report


def describe(case: Case, code: int | None = None) -> str:
    """One line for a case that crashed (with the child's exit ``code``) or never settled."""
    if code is None:
        how = "never settled"
    else:
        how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
    return (f"case {case.index}: {case.size[0]}×{case.size[1]} → {case.resized[0]}×"
            f"{case.resized[1]}, {case.tab} tab, Train dock {case.dock}, Lessons dock "
            f"{'open' if case.lessons else 'closed'}: {how}")


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--cases", type=int, default=600, help="how many cases (default 600)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--crash-at", type=int, help="make this case crash (tests the harness)")
    parser.add_argument("--language", default=ENGLISH, choices=LANGUAGES,
                        help=f"the window's language (default {ENGLISH})")
    parser.add_argument(CHILD_FLAG, type=int, help=argparse.SUPPRESS)
    args = parse_args(parser, cases=12)
    if args.child_from is not None:
        run_child(sample_cases(args.cases, args.seed)[args.child_from:], args.crash_at,
                  args.language)
        return
    started = time.perf_counter()
    report = run_cases(args.cases, args.seed, args.crash_at, args.language)
    seconds = time.perf_counter() - started
    times = report.times
    result = {"cases": args.cases, "crashes": len(report.crashes),
              "unsettled": len(report.unsettled), "ran": len(times), "seed": args.seed,
              "language": args.language,
              "seconds": round(seconds, 1),
              "ms_per_case": round(sum(times) / len(times), 1) if times else None,
              "crashed": [asdict(crash.case) for crash in report.crashes],
              "unsettled_cases": [asdict(case) for case in report.unsettled]}
    if args.json:
        print(json.dumps(result))
        return
    print(f"{'cases':>8} {'crashes':>8} {'unsettled':>10} {'seconds':>8} {'ms/case':>8}")
    print(f"{args.cases:>8} {len(report.crashes):>8} {len(report.unsettled):>10} "
          f"{seconds:>8.1f} {result['ms_per_case']:>8}")
    for crash in report.crashes:
        print(describe(crash.case, crash.returncode))
    for case in report.unsettled:
        print(describe(case))


if __name__ == "__main__":
    main()
