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
    assert smoke.main(["--app", str(source_app), "--bundle", str(tmp_path / "bundle")]) == 0
    out = capsys.readouterr().out
    assert "4 passed, 0 failed" in out
    assert '"predicted": "3"' in out  # the window's self-test read its digit


def test_a_cuda_library_or_an_oversized_bundle_fails(tmp_path):
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
