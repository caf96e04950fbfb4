"""Damaged images fuzzed through every way a picture comes in: no escape, whatever the damage.

Small valid PNG, JPEG, BMP, GIF, TIFF, WebP and DDS pictures made with Pillow are damaged by a
seeded RNG (bytes changed, cut short, runs zeroed, pieces copied; see
``tests/model/drawing/mutated_images.py``), then read three ways: by ``load_drawing`` (what
``digitlab predict`` uses), dropped on the canvas as a file, and dropped as image data. A case
*escapes* when anything but one line of ``ImageFileError`` comes out (an exception, a warning,
a message of several lines) or a drop neither shows a picture nor says why. Prints cases and
escapes per format and path; the target is 0 escapes. A crash (Qt's WebP reader once segfaulted
on a truncated file) ends the run: the last case printed with ``--verbose`` is the culprit.

    python bench/image_fuzz.py [--cases N] [--seed S] [--verbose] [--json] [--quick]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import REPO, bench_parser, parse_args

sys.path.insert(0, str(REPO))  # the fuzzing cases live beside the tests that use them

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from gui.draw.canvas import Canvas
from model.drawing.images import load_drawing
from tests.gui.helpers import DropProbe, file_drop, image_data_drop
from tests.model.drawing import mutated_images

PATHS = ("reader", "file drop", "data drop")


def run(count: int, seed: int, verbose: bool) -> dict:
    app = QApplication.instance() or QApplication([])
    probe = DropProbe(Canvas())
    cases, escapes, examples = Counter(), Counter(), []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for case in mutated_images.cases(count, seed):
            path = mutated_images.write(case, Path(folder))
            for way, escaped in _read_every_way(case, path, probe):
                if verbose:
                    print(f"case {case.number} {way} ({case.how}): {escaped or 'ok'}",
                          file=sys.stderr, flush=True)
                cases[case.format, way] += 1
                if escaped:
                    escapes[case.format, way] += 1
                    examples.append(f"case {case.number} {way} ({case.how}): {escaped}")
            app.processEvents()
    return {
        "cases": count, "seed": seed, "seconds": round(time.perf_counter() - started, 1),
        "escapes": sum(escapes.values()),
        "by_format": {fmt: {way: {"cases": cases[fmt, way], "escapes": escapes[fmt, way]}
                            for way in PATHS}
                      for fmt in mutated_images.FORMATS},
        "examples": examples[:10],
    }


def _read_every_way(case, path: Path, probe: DropProbe):
    yield "reader", mutated_images.escape(lambda: load_drawing(path))
    yield "file drop", probe.escape(file_drop(path))
    yield "data drop", probe.escape(image_data_drop(QByteArray(case.data)))


def print_table(result: dict) -> None:
    print(f"{result['cases']:,} damaged images (seed {result['seed']}), each read "
          f"{len(PATHS)} ways, in {result['seconds']} s: {result['escapes']} escapes")
    print(f"{'format':<8}" + "".join(f"{way + ': cases / escapes':>28}" for way in PATHS))
    for fmt, ways in result["by_format"].items():
        cells = (f"{ways[way]['cases']:,} / {ways[way]['escapes']}" for way in PATHS)
        print(f"{fmt:<8}" + "".join(f"{cell:>28}" for cell in cells))
    for example in result["examples"]:
        print(f"  {example}")


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--cases", type=int, default=3500, help="damaged images (default 3500)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="name every case on stderr")
    args = parse_args(parser, cases=70)
    result = run(args.cases, args.seed, args.verbose)
    if args.json:
        print(json.dumps({"benchmark": "image_fuzz", **result}))
    else:
        print_table(result)
    return 1 if result["escapes"] else 0


if __name__ == "__main__":
    sys.exit(main())
