"""How long does *View ▸ Language* take, and does a language slow the start?

The switch: the real window with every feature attached and the Train dock open (offscreen),
switched English → each language → English, ``--rounds`` times; each switch is timed from the
call to the last widget re-set, events processed (the issue's budget: 300 ms). The start: the
window's own self-test (``main.py --self-test``) in English and in German, alternating; it reports
when the window was shown (budget 0.5 s) and read its first digit.

    QT_QPA_PLATFORM=offscreen python bench/language_switch.py [--rounds N] [--starts N]
                                                              [--json] [--quick]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from common import REPO, bench_parser, parse_args
from gui_harness import open_window

from gui.common.language import ENGLISH, LANGUAGES, switch_language


def attach_every_feature(window) -> None:
    """Teach, Export, Train (its dock shown) and Lessons, as the app adds them at start."""
    from PySide6.QtWidgets import QDockWidget

    from gui.lessons.panel import LessonsPanel
    from gui.share.exporting import ModelExport
    from gui.teach.teaching import Teaching
    from gui.train.panel import TrainingPanel

    for feature in (Teaching(), ModelExport(), TrainingPanel(), LessonsPanel()):
        window.add_feature(feature)
    window.findChild(QDockWidget, "trainingDock").show()


def switch_ms(app, code: str) -> float:
    started = time.perf_counter()
    switch_language(code)
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def time_switches(rounds: int) -> dict[str, dict[str, float]]:
    app, window = open_window()
    attach_every_feature(window)
    app.processEvents()
    times: dict[str, list[float]] = {code: [] for code in LANGUAGES if code != ENGLISH}
    times[ENGLISH] = []
    for _ in range(rounds):
        for code in times:
            if code != ENGLISH:
                times[code].append(switch_ms(app, code))
                times[ENGLISH].append(switch_ms(app, ENGLISH))
    return {code: {"median_ms": round(statistics.median(values), 1),
                   "max_ms": round(max(values), 1)} for code, values in times.items()}


def start_seconds(language: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "main.py", "--self-test", "--language", language],
                          capture_output=True, text=True, cwd=REPO, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_starts(starts: int) -> dict[str, dict[str, float]]:
    shown: dict[str, list[float]] = {ENGLISH: [], "de": []}
    for _ in range(starts):
        for language, values in shown.items():
            values.append(start_seconds(language)["window_shown_s"])
    return {language: {"window_shown_median_s": round(statistics.median(values), 3),
                       "window_shown_max_s": round(max(values), 3)}
            for language, values in shown.items()}


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=10, help="switches to each language")
    parser.add_argument("--starts", type=int, default=5, help="self-test starts per language")
    args = parse_args(parser, rounds=1, starts=1)
    report = {"switch": time_switches(args.rounds), "start": time_starts(args.starts)}
    if args.json:
        print(json.dumps(report))
        return
    print(f"{'language':<10}{'switch median ms':>18}{'max ms':>10}")
    for code, figures in report["switch"].items():
        print(f"{code:<10}{figures['median_ms']:>18}{figures['max_ms']:>10}")
    for language, figures in report["start"].items():
        print(f"start in {language}: window shown {figures['window_shown_median_s']} s median, "
              f"{figures['window_shown_max_s']} s max")


if __name__ == "__main__":
    main()
