"""packaging/smoke_test.py, the check every installer gets (Linux here; Windows and macOS in
CI), run against the app from source."""

from __future__ import annotations

import os
import sys

import pytest
from PIL import Image

from tests.conftest import REPO
from tests.packaging.conftest import load_script

smoke = load_script("smoke_test")


@pytest.fixture
def source_app(tmp_path):
    """An executable that runs main.py from this checkout, as an installed launcher would."""
    launcher = tmp_path / "digitlab"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{REPO / "main.py"}" "$@"\n')
    launcher.chmod(0o755)
    return launcher


@pytest.mark.skipif(os.name != "posix", reason="the launcher is a shell script")
@pytest.mark.slow
def test_every_check_passes_on_the_app_from_source(source_app, tmp_path, capsys):
    (tmp_path / "bundle").mkdir()
    (tmp_path / "bundle" / "libQt6Core.so.6").write_bytes(b"x" * 1000)
    (tmp_path / "bundle" / smoke.NOTICES).write_text("licences", encoding="utf-8")
    assert smoke.main(["--app", str(source_app), "--bundle", str(tmp_path / "bundle")]) == 0
    out = capsys.readouterr().out
    assert "4 passed, 0 failed" in out
    assert '"predicted": "3"' in out  # the window's self-test read its digit


def test_a_cuda_library_or_an_oversized_bundle_fails(tmp_path):
    (tmp_path / smoke.NOTICES).write_text("licences", encoding="utf-8")
    (tmp_path / "nvidia" / "cublas").mkdir(parents=True)
    (tmp_path / "nvidia" / "cublas" / "libcublas.so.12").write_bytes(b"x")
    with pytest.raises(smoke.SmokeTestFailure, match="CUDA"):
        smoke.check_bundle(tmp_path, max_mb=1)
    (tmp_path / "nvidia" / "cublas" / "libcublas.so.12").unlink()
    (tmp_path / "big").write_bytes(b"x" * 2_000_000)
    with pytest.raises(smoke.SmokeTestFailure, match="at most 1 MB unpacked, found 2"):
        smoke.check_bundle(tmp_path, max_mb=1)


@pytest.mark.skipif(os.name != "posix", reason="the launcher is a shell script")
def test_a_failing_program_is_reported_with_its_stderr(tmp_path, capsys):
    broken = tmp_path / "broken"
    broken.write_text("#!/bin/sh\necho 'Traceback (most recent call last):' >&2\nexit 3\n")
    broken.chmod(0o755)
    assert smoke.main(["--app", str(broken), "--quick"]) == 1
    out = capsys.readouterr().out
    assert "FAIL self-test" in out and "exit 3" in out and "0 passed, 1 failed" in out


def test_the_drawn_digit_is_a_png_any_reader_opens(tmp_path):
    smoke.write_digit_png(tmp_path / "one.png")
    with Image.open(tmp_path / "one.png") as image:
        assert image.size == (56, 56) and image.mode == "L"
        pixels = image.load()
        assert pixels[28, 28] == 0 and pixels[2, 2] == 255


def fake_program(tmp_path, name: str, script: str):
    program = tmp_path / name
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    return program


@pytest.mark.skipif(os.name != "posix", reason="the fake apps are shell scripts")
def test_a_window_that_stays_up_passes_and_is_stopped(tmp_path):
    app = fake_program(tmp_path, "app", f"echo $$ > {tmp_path / 'pid'}; exec sleep 30")
    assert smoke.window_stays_up(app, 1.0) == {"stayed_up_s": 1.0}
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(OSError):
        os.kill(pid, 0)  # stopped, not left running


@pytest.mark.skipif(os.name != "posix", reason="the fake apps are shell scripts")
def test_a_window_that_exits_at_once_fails_with_its_stderr(tmp_path):
    app = fake_program(tmp_path, "app", "echo 'could not load the Qt platform plugin' >&2; exit 1")
    with pytest.raises(smoke.SmokeTestFailure, match=r"(?s)stay up for 5 s, found it exited "
                                                     r"with code 1.*Qt platform plugin"):
        smoke.window_stays_up(app, 5.0)


@pytest.mark.skipif(os.name != "posix", reason="the fake apps are shell scripts")
def test_the_window_runs_on_the_real_screen_not_offscreen(tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    seen = tmp_path / "platform"
    app = fake_program(tmp_path, "app", f'echo "${{QT_QPA_PLATFORM:-native}}" > {seen}; sleep 5')
    smoke.window_stays_up(app, 0.5)
    assert seen.read_text().strip() == "native"


@pytest.mark.parametrize(("platform", "gate"), [("linux", 950), ("win32", 1550),
                                                ("darwin", 1000)])
def test_each_platform_has_its_own_size_gate(platform, gate, tmp_path):
    args = smoke._parse(["--app", "x", "--platform", platform])
    assert args.max_bundle_mb == gate == smoke.BUNDLE_GATES_MB[platform]
    assert smoke._parse(["--app", "x", "--max-bundle-mb", "7"]).max_bundle_mb == 7


def windows_bundle(tmp_path, dlls):
    internal = tmp_path / "DigitLab" / "_internal"
    (internal / "resources").mkdir(parents=True)
    (internal / "resources" / smoke.NOTICES).write_text("licences", encoding="utf-8")
    for name in ("python311.dll", *dlls):
        (internal / name).write_bytes(b"MZ")
    return tmp_path / "DigitLab"


def test_a_windows_bundle_needs_the_visual_cpp_runtime_beside_python(tmp_path):
    assert smoke.check_bundle(windows_bundle(tmp_path / "ok", smoke.VC_RUNTIME), 10, "win32")
    incomplete = windows_bundle(tmp_path / "bad", ["vcruntime140.dll", "msvcp140.dll"])
    with pytest.raises(smoke.SmokeTestFailure, match=r"Visual C\+\+ runtime beside python311.dll, "
                                                     r"found \['vcruntime140_1.dll', 'msvcp140_1"):
        smoke.check_bundle(incomplete, 10, "win32")


def test_a_bundle_without_notices_or_with_readline_fails(tmp_path):
    (tmp_path / "libQt6Core.so.6").write_bytes(b"x")
    with pytest.raises(smoke.SmokeTestFailure, match=r"THIRD-PARTY-NOTICES\.txt in the bundle"):
        smoke.check_bundle(tmp_path, 10, "linux")
    (tmp_path / smoke.NOTICES).write_text("licences", encoding="utf-8")
    (tmp_path / "libreadline.so.8").write_bytes(b"x")
    with pytest.raises(smoke.SmokeTestFailure, match="readline"):
        smoke.check_bundle(tmp_path, 10, "linux")


def test_a_slow_start_fails_the_timing_gates():
    args = smoke._parse(["--app", "x", "--max-window-s", "0.5", "--max-prediction-s", "0.8"])
    fast = {"window_shown_s": 0.31, "first_prediction_s": 0.52}
    assert smoke.within_time(fast, args) is fast
    with pytest.raises(smoke.SmokeTestFailure,
                       match=r"first_prediction_s at most 0\.8 s, found 0\.9"):
        smoke.within_time({"window_shown_s": 0.4, "first_prediction_s": 0.9}, args)
