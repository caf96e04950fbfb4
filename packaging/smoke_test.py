"""Smoke-test an installed or frozen DigitLab the way a new user would meet it.

    python packaging/smoke_test.py --app dist/DigitLab/digitlab [--cli …] [--bundle dist/DigitLab]
                                   [--window]

From an unrelated, empty folder with an empty HOME and the offscreen Qt platform: the window's
self-test (a drawn digit read right), the Train panel's self-test (TensorFlow, the worker thread
and pyqtgraph), then ``train --limit 500 --epochs 1``, ``evaluate`` and ``predict`` on the model it
trained; none may print a Traceback. With ``--window``, the real GUI executable also starts on
the desktop's own platform (not offscreen: a background-only macOS app or a missing xcb library
shows only there), must stay up for a while, and answers ``--self-test`` there too. With
``--bundle``, the folder must stay under its platform's size gate (:data:`BUNDLE_GATES_MB`), carry
the third-party notices and, on Windows, the Visual C++ runtime, and hold no CUDA library and no
GNU readline. Standard library only, so the same script runs on Linux, Windows and macOS CI with
any Python; exit status 0 if all passed, 1 with the failures listed otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

SELF_TEST_TIMEOUT_S = 180
TRAIN_TIMEOUT_S = 900
STAY_UP_S = 15
BUNDLE_GATES_MB = {
    # Unpacked bundle, per sys.platform; how each was measured: packaging/README.md ("Sizes").
    "linux": 950,  # measured: `make dist` on Debian 12
    "win32": 1550,  # estimated from the wheels: _pywrap_tensorflow_common.dll alone is 1,057 MB
    "darwin": 1000,  # estimated from the wheels, after strip -x and arm64-only Qt
}
FORBIDDEN_NAMES = ("libcuda", "nvidia", "libreadline")
NOTICES = "THIRD-PARTY-NOTICES.txt"
XDG_USER_DIRS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
"""Where a user's settings and data would be read from instead of the empty HOME (the session's
own XDG_RUNTIME_DIR stays: a Wayland window needs it)."""
VC_RUNTIME = ("vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll", "msvcp140_1.dll")
"""What TensorFlow's and Qt's DLLs link from Visual C++ 2015–2022: a PC without the
redistributable has none of them, so they must sit beside python3*.dll in the bundle."""


class SmokeTestFailure(Exception):
    """One check failed; the message says what was expected and what was found."""


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    checks = [("self-test", lambda: within_time(self_test(args.app, "--self-test"), args))]
    if args.window:
        checks += [("window stays up", lambda: window_stays_up(args.app, args.stay_up_s)),
                   ("self-test on screen", lambda: self_test(args.app, "--self-test",
                                                             offscreen=False))]
    if not args.quick:
        checks += [("self-test-train", lambda: self_test(args.app, "--self-test-train")),
                   ("cli", lambda: cli_round_trip(args.cli or args.app))]
    if args.bundle is not None:
        checks.append(("bundle", lambda: check_bundle(args.bundle, args.max_bundle_mb,
                                                      args.platform)))
    failures = 0
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check()
        except SmokeTestFailure as failure:
            failures += 1
            print(f"FAIL {name}: {failure}", flush=True)
        else:
            print(f"ok   {name} ({time.perf_counter() - started:.1f} s): {json.dumps(detail)}",
                  flush=True)
    print(f"{len(checks) - failures} passed, {failures} failed", flush=True)
    return 1 if failures else 0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True, type=_absolute,
                        help="the program that opens the window (frozen executable, launcher)")
    parser.add_argument("--cli", type=_absolute,
                        help="the command-line program, if not --app (Windows: digitlab-cli.exe)")
    parser.add_argument("--bundle", type=_absolute, help="the bundle folder to size and search")
    parser.add_argument("--platform", default=sys.platform, choices=sorted(BUNDLE_GATES_MB),
                        help="whose size gate and required files apply (default: this one)")
    parser.add_argument("--max-bundle-mb", type=float,
                        help="override the platform's size gate (default: BUNDLE_GATES_MB)")
    parser.add_argument("--quick", action="store_true",
                        help="only the window's self-test (e.g. for an installed package)")
    parser.add_argument("--window", action="store_true",
                        help="also start the app on the real screen: it must stay up and pass "
                             "its self-test there")
    parser.add_argument("--stay-up-s", type=float, default=STAY_UP_S)
    parser.add_argument("--max-window-s", type=float,
                        help="the window must be shown within this many seconds of the start")
    parser.add_argument("--max-prediction-s", type=float,
                        help="the first digit must be read within this many seconds of the start")
    args = parser.parse_args(argv)
    if args.max_bundle_mb is None:
        args.max_bundle_mb = BUNDLE_GATES_MB[args.platform]
    return args


def _absolute(text: str) -> Path:
    """Program paths are resolved now: the checks run from another folder."""
    return Path(text).absolute()


def self_test(app: Path, flag: str, offscreen: bool = True) -> dict:
    """Run ``app flag``; its JSON report (written to a file, as on windowed Windows) says ok."""
    with fresh_place(offscreen) as (folder, env):
        report_file = folder / "report.json"
        run([app, flag, "--self-test-output", report_file], folder, env, SELF_TEST_TIMEOUT_S)
        report = json.loads(_read(report_file))
        if report.get("ok") is not True:
            raise SmokeTestFailure(f"{flag}: expected ok true, found {report}")
        return report


def within_time(report: dict, args: argparse.Namespace) -> dict:
    """The self-test's timings, from process start, within the limits asked for."""
    for key, limit in (("window_shown_s", args.max_window_s),
                       ("first_prediction_s", args.max_prediction_s)):
        if limit is not None and report[key] > limit:
            raise SmokeTestFailure(f"expected {key} at most {limit} s, found {report[key]} s")
    return report


def cli_round_trip(cli: Path) -> dict:
    """Train a tiny model, then evaluate it and read a drawn "1" with it."""
    with fresh_place() as (folder, env):
        trained = last_json(run([cli, "train", "--limit", "500", "--epochs", "1", "--json",
                                 "--out", "tiny.keras"], folder, env, TRAIN_TIMEOUT_S))
        evaluated = last_json(run([cli, "evaluate", "--model", "tiny.keras", "--json"], folder,
                                  env, TRAIN_TIMEOUT_S))
        write_digit_png(folder / "one.png")
        predicted = last_json(run([cli, "predict", "--model", "tiny.keras", "one.png", "--json"],
                                  folder, env, SELF_TEST_TIMEOUT_S))
        for name, value in (("train test_accuracy", trained.get("test_accuracy")),
                            ("evaluate accuracy", evaluated.get("accuracy")),
                            ("predict confidence", predicted.get("confidence"))):
            if not isinstance(value, float) or not 0 <= value <= 1:
                raise SmokeTestFailure(f"expected a {name} in [0, 1], found {value!r}")
        return {"train_test_accuracy": trained["test_accuracy"],
                "evaluate_accuracy": evaluated["accuracy"], "predicted": predicted["label"]}


def window_stays_up(app: Path, seconds: float) -> dict:
    """Start ``app`` with no argument on the real screen; it must still run after ``seconds``
    (then it is stopped: its exit code says nothing)."""
    with fresh_place(offscreen=False) as (folder, env):
        process = subprocess.Popen([str(app)], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            code = process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return {"stayed_up_s": seconds}
        stderr = process.communicate()[1]
        raise SmokeTestFailure(f"expected the window to stay up for {seconds:.0f} s, found it "
                               f"exited with code {code}; stderr ends:\n{stderr[-3000:]}")


def check_bundle(bundle: Path, max_mb: float, platform: str = sys.platform) -> dict:
    """The unpacked bundle is under ``max_mb``, carries the notices (and on Windows the Visual
    C++ runtime) and no CUDA/NVIDIA or readline file (links to files inside it are not counted
    twice)."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size_mb = sum(path.stat().st_size for path in files) / 1e6
    forbidden = [str(path.relative_to(bundle)) for path in files
                 if any(name in part.lower() for part in path.relative_to(bundle).parts
                        for name in FORBIDDEN_NAMES)]
    if forbidden:
        raise SmokeTestFailure(f"expected no CUDA/NVIDIA or readline file, found {forbidden[:5]}")
    if not any(path.name == NOTICES for path in files):
        raise SmokeTestFailure(f"expected {NOTICES} in the bundle, found none")
    if platform == "win32":
        _check_vc_runtime(files)
    if size_mb > max_mb:
        raise SmokeTestFailure(f"expected at most {max_mb:.0f} MB unpacked, found {size_mb:.0f}")
    return {"unpacked_mb": round(size_mb, 1), "files": len(files)}


def _check_vc_runtime(files: list[Path]) -> None:
    """The Visual C++ runtime DLLs beside python3*.dll, where every DLL in the bundle finds them."""
    pythons = [path for path in files if path.name.lower().startswith("python3")
               and path.suffix.lower() == ".dll" and path.stem[7:].isdigit()]
    if not pythons:
        raise SmokeTestFailure("expected python3XX.dll in the bundle, found none")
    beside = {path.name.lower() for path in pythons[0].parent.iterdir()}
    missing = [name for name in VC_RUNTIME if name not in beside]
    if missing:
        raise SmokeTestFailure(f"expected the Visual C++ runtime beside {pythons[0].name}, "
                               f"found {missing} missing")


class fresh_place:
    """An empty working folder and an environment whose HOME is empty too; offscreen Qt unless
    the real screen is wanted."""

    def __init__(self, offscreen: bool = True) -> None:
        self._offscreen = offscreen

    def __enter__(self) -> tuple[Path, dict[str, str]]:
        self._temp = tempfile.TemporaryDirectory(prefix="digitlab-smoke-")
        root = Path(self._temp.name)
        home, work = root / "home", root / "work"
        home.mkdir()
        work.mkdir()
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("DIGITLAB_", "PYTHON", "QT_")) and key not in XDG_USER_DIRS}
        env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"))
        if self._offscreen:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return work, env

    def __exit__(self, *exc_info: object) -> None:
        self._temp.cleanup()


def run(command: list, folder: Path, env: dict[str, str], timeout: float) -> str:
    """Run ``command`` in ``folder``; its stdout, if it exited 0 without a Traceback."""
    shown = " ".join(str(part) for part in command)
    try:
        done = subprocess.run([str(part) for part in command], cwd=folder, env=env,
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SmokeTestFailure(f"{shown}: expected to end within {timeout} s, it did not") from None
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SmokeTestFailure(f"{shown}: expected exit 0 and no Traceback, found exit "
                               f"{done.returncode}; stderr ends:\n{done.stderr[-3000:]}")
    return done.stdout


def last_json(stdout: str) -> dict:
    lines = stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError):
        raise SmokeTestFailure(
            f"expected a JSON line last on stdout, found {stdout[-500:]!r}") from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise SmokeTestFailure(f"expected a JSON report in {path}, found no file") from None


def write_digit_png(path: Path, size: int = 56) -> None:
    """A black "1" on white as an 8-bit grayscale PNG, written with the standard library."""
    rows = []
    for y in range(size):
        pixels = bytes(0 if (abs(x - size // 2) < size // 14 and size // 6 < y < size - size // 6)
                       else 255 for x in range(size))
        rows.append(b"\x00" + pixels)  # filter type 0 per row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


if __name__ == "__main__":
    sys.exit(main())
