"""``digitlab export``: write a model as ONNX, a TF.js folder, LiteRT or a one-file web page
(registered by :mod:`model.cli`, which turns errors into one line and exit status 2)."""

from __future__ import annotations

import argparse
import json
import sys


def add_export_options(p: argparse.ArgumentParser) -> None:
    from model.export.formats import FORMATS

    p.description = ("Writes the model for another runtime, straight from its weights, then runs "
                     "the written file on MNIST test images next to DigitLab's own answers. "
                     "Formats: " + "; ".join(f"{name}: {fmt.title}"
                                             for name, fmt in FORMATS.items()) + ".")
    p.add_argument("--model", required=True, help="the .keras or .h5 digit model to export")
    p.add_argument("--format", required=True, choices=list(FORMATS), help="what to write")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="the file to write (.onnx, .tflite, .html) or, for tfjs, a folder")
    p.add_argument("--json", action="store_true",
                   help="end with one JSON line on stdout: files, size and agreement")


def run_export(args: argparse.Namespace) -> int:
    """Export, print the report; the exit status."""
    from model.export.formats import export_model

    report = export_model(args.model, args.format, args.out)
    print(report.describe(), file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict()))
    return 0
