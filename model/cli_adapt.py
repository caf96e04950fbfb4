"""``digitlab adapt``: fine-tune a model to someone's own drawings, as the window's *Adapt to my
handwriting* does (registered by :mod:`model.cli`, which owns the shared option checks)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from model.training.events import TrainingListener


def add_adapt_options(p: argparse.ArgumentParser) -> None:
    p.description = ("The drawings (JSON Lines, one drawing a line; see the README, 'Your "
                     "drawings') are drawn again with variations and mixed with MNIST and "
                     "pen-drawn digits, so the model learns them without forgetting the rest.")
    p.add_argument("--model", required=True, help="the .keras or .h5 digit model to start from")
    p.add_argument("--drawings", required=True, metavar="FILE",
                   help="labelled drawings as JSON Lines (in the window: Teach ▸ My drawings ▸ "
                        "Export)")
    p.add_argument("--out", required=True, help="model file to write (.keras, or legacy .h5)")
    p.add_argument("--json", action="store_true", help="end with one JSON line on stdout")


def run_adapt(args: argparse.Namespace, listener: TrainingListener, out: Path) -> int:
    """Adapt, save to ``out`` (already checked), print the result; the exit status. The run is
    recorded in the history, as the window's adaptations are."""
    from model.adaptation_job import record_adaptation, run_recorded
    from model.data.my_drawings import read_drawings
    from model.history.commands import CliHistory
    from model.training.adaptation import plan_adaptation, save_adapted

    drawings = read_drawings(args.drawings)
    print(f"Adapting {Path(args.model).name} to {len(drawings)} drawings", file=sys.stderr)
    plan = plan_adaptation(args.model, drawings, listener=listener)
    history = CliHistory()
    recorder = record_adaptation(plan, history.queue, source="cli", inner=listener)
    adaptation = run_recorded(plan, recorder)
    if adaptation.fine_tune.model is None:
        history.close()
        print(f"digitlab: error: {adaptation.fine_tune.summary.message}", file=sys.stderr)
        return 1
    report = save_adapted(adaptation, out)
    recorder.on_model_saved(out)
    history.close()  # recorded (or warned about) before the result is printed
    print(f"{report.describe()}; saved {out}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict()))
    return 0
