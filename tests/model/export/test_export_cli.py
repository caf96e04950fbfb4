"""``digitlab export`` and :func:`export_model` on bad input: one line, exit 2, nothing written
or overwritten; the numpy formats and the window's path never import TensorFlow."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model.cli import main
from model.errors import DigitLabError
from model.export import formats, tfjs_format
from model.export.formats import FORMATS, export_model
from model.resources import default_model_path
from tests.conftest import REPO

DEFAULT = str(default_model_path())


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["export", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_report(capsys, tmp_path):
    out = tmp_path / "m.onnx"
    status, stdout, stderr = run_cli(capsys, "--model", DEFAULT, "--format", "onnx", "--out",
                                     str(out), "--json")
    report = json.loads(stdout.strip().splitlines()[-1])
    assert status == 0 and "Wrote ONNX" in stderr
    assert report["files"] == [str(out)] and report["bytes"] == out.stat().st_size
    assert report["same_top_class"] == 1.0 and report["images_checked"] == 1000


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf", "--out", "{tmp}/m.pdf"], "invalid choice: 'pdf'"),
    (["--format", "onnx", "--out", "{tmp}/m.txt"], "expected a file name ending in .onnx"),
    (["--format", "html", "--out", "{tmp}/missing/m.html"], "does not exist"),
    (["--format", "html", "--out", "{tmp}/file.txt/m.html"], "does not exist"),
    (["--format", "onnx", "--out", "{tmp}/folder.onnx"], "is a folder"),
    (["--format", "tfjs", "--out", "{tmp}/file.txt"], "is a file"),
    (["--format", "onnx", "--out", "{tmp}/" + "x" * 260 + ".onnx"], "File name too long"),
    (["--format", "tfjs", "--out", "{tmp}/" + "x" * 260], "File name too long"),
])
def test_bad_arguments_are_one_line(capsys, tmp_path, args, message):
    (tmp_path / "file.txt").write_text("keep me")
    (tmp_path / "folder.onnx").mkdir()
    before = sorted(tmp_path.rglob("*"))
    status, stdout, stderr = run_cli(capsys, "--model", DEFAULT,
                                     *[arg.format(tmp=tmp_path) for arg in args])
    assert status == 2 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1 and message in stderr
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("content", [b"", b"not a model", b"PK\x03\x04broken"])
def test_bad_model_is_one_line(capsys, tmp_path, content):
    model = tmp_path / "bad.keras"
    model.write_bytes(content)
    status, _, stderr = run_cli(capsys, "--model", str(model), "--format", "html", "--out",
                                str(tmp_path / "p.html"))
    assert status == 2 and len(stderr.strip().splitlines()) == 1
    assert stderr.startswith("digitlab: error: ") and not (tmp_path / "p.html").exists()


def test_failed_write_keeps_the_old_file(monkeypatch, tmp_path):
    out = tmp_path / "m.onnx"
    out.write_bytes(b"the previous export")

    def disk_full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(DigitLabError, match=r"cannot write .*No space left on device"):
        export_model(DEFAULT, "onnx", out)
    monkeypatch.undo()
    assert out.read_bytes() == b"the previous export"
    assert [path.name for path in tmp_path.iterdir()] == ["m.onnx"]


def test_tfjs_folder_replaces_an_earlier_export_whole(monkeypatch, tmp_path):
    out = tmp_path / "tfjs"
    export_model(DEFAULT, "tfjs", out)
    first = {path.name: path.read_bytes() for path in out.iterdir()}
    calls = []

    def fail_on_second_shard(self, data):
        calls.append(self)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return original(self, data)

    original = Path.write_bytes
    monkeypatch.setattr(Path, "write_bytes", fail_on_second_shard)
    with pytest.raises(DigitLabError, match="No space left"):
        export_model(DEFAULT, "tfjs", out)
    monkeypatch.undo()
    assert {path.name: path.read_bytes() for path in out.iterdir()} == first
    assert [path.name for path in tmp_path.iterdir()] == ["tfjs"]
    export_model(DEFAULT, "tfjs", out)
    assert sorted(path.name for path in out.iterdir()) == sorted(first)
    assert [path.name for path in tmp_path.iterdir()] == ["tfjs"]


def test_tfjs_never_replaces_a_folder_of_other_files(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(DigitLabError, match=r"is not a TF\.js model folder"):
        export_model(DEFAULT, "tfjs", tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]
    assert tfjs_format.MODEL_JSON == "model.json"


def test_registry_describes_each_format():
    assert list(FORMATS) == ["onnx", "tfjs", "litert", "html"]
    assert [name for name, fmt in FORMATS.items() if fmt.needs_tensorflow] == ["litert"]
    assert FORMATS["tfjs"].is_folder and FORMATS["html"].suffix == ".html"
    with pytest.raises(DigitLabError, match="unknown export format 'svg'; expected one of onnx"):
        formats.export_format("svg")


def test_the_window_never_imports_tensorflow(tmp_path):
    """The numpy formats are written in-process, LiteRT in a child: TensorFlow stays out."""
    code = (
        "import sys\n"
        "from model.export.formats import export_model, export_in_child\n"
        f"folder = {str(tmp_path)!r}\n"
        f"for name, out in [('onnx', 'm.onnx'), ('tfjs', 'tfjs'), ('html', 'm.html')]:\n"
        f"    export_model({DEFAULT!r}, name, folder + '/' + out)\n"
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules\n"
        f"report = export_in_child({DEFAULT!r}, 'litert', folder + '/m.tflite')\n"
        "assert report.same_top_class == 1.0 and report.max_abs_difference <= 1e-5, report\n"
        "assert 'tensorflow' not in sys.modules, 'tensorflow was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "m.tflite").stat().st_size > 1e6


def test_child_errors_come_back_as_one_line(tmp_path):
    with pytest.raises(DigitLabError, match=r"expected a file name ending in \.tflite"):
        formats.export_in_child(DEFAULT, "litert", tmp_path / "m.onnx")
