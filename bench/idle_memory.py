"""Idle memory of the open window with the default model, measured in a fresh process.

The child process opens the real window, loads the default model, reads one drawn digit, then
idles in the event loop for a second and reports its resident set (VmRSS) and its peak (VmHWM)
from /proc, and whether TensorFlow was ever imported.

    python bench/idle_memory.py [--model FILE] [--json] [--quick]

The workload is already small, so ``--quick`` measures it as it is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from common import bench_parser, parse_args

BENCH = Path(__file__).resolve().parent
CHILD = """
import json, sys
from pathlib import Path
from gui_harness import open_window
from gui.common.waiting import wait_ms
from gui.draw.replay import drag_strokes
from gui.self_test import DIGIT_BOX, STROKES
from model.drawing.strokes import fit_strokes
model = sys.argv[1] or None
app, window = open_window(Path(model) if model else None)
drag_strokes(window.canvas(), fit_strokes(STROKES, DIGIT_BOX))
wait_ms(1000)
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({
    "rss_mb": round(int(status["VmRSS"].split()[0]) / 1024, 1),
    "peak_rss_mb": round(int(status["VmHWM"].split()[0]) / 1024, 1),
    "tensorflow_imported": "tensorflow" in sys.modules,
    "predicted": window.prediction_view().predicted_name(),
}))
"""


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", default="", help="model file (default: the default model)")
    args = parse_args(parser)
    done = subprocess.run([sys.executable, "-c", CHILD, args.model], capture_output=True,
                          text=True, cwd=BENCH, timeout=120, check=False)
    if done.returncode != 0:
        sys.exit(f"the window process failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if args.json:
        print(json.dumps(result))
    else:
        print(f"idle window with the model: {result['rss_mb']} MB resident "
              f"(peak {result['peak_rss_mb']} MB); TensorFlow imported: "
              f"{result['tensorflow_imported']}")


if __name__ == "__main__":
    main()
