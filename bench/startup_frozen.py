"""Start-up of the frozen app (``make dist``) against the app from source, in the same run.

Each round starts both, one after the other, with ``--self-test``, so both see the same machine
load; the self-test's own report gives the time from process start until the window was shown
and until the first drawn digit was read. Also reports the release files' sizes: the archive,
the .deb, the .rpm and the unpacked bundle.

    python bench/startup_frozen.py [--app dist/DigitLab/digitlab] [--rounds N] [--json] [--quick]

Without a bundle (no ``make dist`` yet) only the source column is measured. ``--quick`` runs
one round.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import REPO, bench_parser, parse_args

from model import __version__

DIST = REPO / "dist"
MEASURES = ("window_shown_s", "first_prediction_s")


def self_test(command: list[str], folder: str) -> dict:
    """One ``--self-test`` run's JSON report (from an unrelated folder, offscreen)."""
    done = subprocess.run([*command, "--self-test"], capture_output=True, text=True, cwd=folder,
                          timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          check=False)
    if done.returncode != 0:
        sys.exit(f"{command[-1]} --self-test failed:\n{done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(reports: list[dict]) -> dict:
    """Median, fastest and slowest of each measure over the rounds."""
    return {measure: {"median": round(statistics.median(values), 3), "min": min(values),
                      "max": max(values)}
            for measure in MEASURES
            for values in [[report[measure] for report in reports]]}


def megabytes(path: Path) -> float | None:
    """Size of a file, or of a folder's files (links not counted twice); None if absent."""
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    if path.is_dir():
        return round(sum(item.stat().st_size for item in path.rglob("*")
                         if item.is_file() and not item.is_symlink()) / 1e6, 1)
    return None


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--app", type=Path, default=DIST / "DigitLab" / "digitlab",
                        help="the frozen executable")
    parser.add_argument("--rounds", type=int, default=5)
    args = parse_args(parser, rounds=1)
    commands = {"source": [sys.executable, str(REPO / "main.py")]}
    if args.app.exists():
        commands["frozen"] = [str(args.app.absolute())]
    reports: dict[str, list[dict]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.rounds):
            for name, command in commands.items():
                reports[name].append(self_test(command, folder))
    result = {
        "rounds": args.rounds,
        **{name: summary(runs) for name, runs in reports.items()},
        "sizes_mb": {
            "archive": megabytes(DIST / f"DigitLab-{__version__}-linux-x86_64.tar.xz"),
            "deb": megabytes(DIST / f"digitlab_{__version__}_amd64.deb"),
            "rpm": megabytes(DIST / f"digitlab-{__version__}-1.x86_64.rpm"),
            "unpacked": megabytes(args.app.parent) if args.app.exists() else None,
        },
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"start-up over {args.rounds} rounds (median, min–max, seconds from process start):")
    for name in commands:
        figures = ", ".join(f"{measure} {result[name][measure]['median']:.2f} "
                            f"({result[name][measure]['min']:.2f}–{result[name][measure]['max']:.2f})"
                            for measure in MEASURES)
        print(f"  {name:7} {figures}")
    if "frozen" not in commands:
        print(f"  frozen  not measured: {args.app} does not exist (make dist)")
    print("sizes (MB): " + ", ".join(f"{name} {size if size is not None else '–'}"
                                     for name, size in result["sizes_mb"].items()))


if __name__ == "__main__":
    main()
