"""What every bench script shares: its command line (``--json``, ``--quick``) and where data is.

``--quick`` runs the script's own code on a tiny workload (a few samples, a few hundred training
images, one epoch, one round) so that ``tests/bench/test_bench_quick.py`` can run every script in
seconds and a benchmark cannot rot unnoticed. Its figures mean nothing; the full run's defaults
are the ones the README's figures were measured with.

Imports nothing heavy: scripts that must set environment variables before numpy loads (BLAS
threads) can import this first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def bench_parser(doc: str) -> argparse.ArgumentParser:
    """An argument parser described by the script's docstring, with ``--json`` and ``--quick``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (the last line of stdout)")
    parser.add_argument("--quick", action="store_true",
                        help="a tiny workload that only checks the benchmark still runs")
    return parser


def parse_args(parser: argparse.ArgumentParser, **quick) -> argparse.Namespace:
    """The parsed command line; with ``--quick``, ``quick`` replaces the defaults (options given
    on the command line still win, so ``--quick --limit 50`` draws 50 digits)."""
    args = parser.parse_args()
    if args.quick and quick:
        parser.set_defaults(**quick)
        args = parser.parse_args()
    return args


def limited(dataset, limit: int | None, seed: int):
    """``dataset`` cut to a stratified ``limit`` training images (all of it for ``None``): the
    subset ``digitlab train --limit`` takes with that seed, so in-process and CLI runs match."""
    return dataset if limit is None else dataset.limited(limit, seed)


CONFUSIONS_SHOWN = 8


def top_confusions(confusion, shown: int = CONFUSIONS_SHOWN) -> list[dict[str, int]]:
    """The ``shown`` most frequent mistakes of a confusion matrix (rows: true, columns: read
    as), most frequent first."""
    import numpy as np

    mistakes = confusion * (1 - np.eye(len(confusion), dtype=np.int64))
    top = np.argsort(-mistakes, axis=None, kind="stable")[:shown]
    return [{"true": int(true), "predicted": int(said), "count": int(mistakes[true, said])}
            for true, said in zip(*np.unravel_index(top, mistakes.shape), strict=True)
            if mistakes[true, said]]


def per_writer(correct, writers) -> dict[str, float]:
    """Accuracy of each writer's digits, from whether each was read right."""
    import numpy as np

    return {str(writer): float(correct[writers == writer].mean()) for writer in np.unique(writers)}
