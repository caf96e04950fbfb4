"""Adapting a model to someone's drawings: it learns a style the base misread, keeps its base's
name in the file, and ``digitlab adapt`` does the same from the command line."""

from __future__ import annotations

import json

import numpy as np
import pytest

from model.cli import main as cli_main
from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import load_dataset
from model.data.my_drawings import LabelledDrawing, write_drawings
from model.drawing.variation import render_drawings
from model.files.keras_io import save_model
from model.files.metadata import model_metadata
from model.files.reading import read_model_file
from model.inference.predictor import Predictor
from model.training import adaptation
from model.training.adaptation import AdaptRecipe, adapt, save_adapted
from model.training.adaptation_report import adapted_from
from model.training.snapshot import WeightSnapshot
from model.training.trainer import Trainer

TINY = AdaptRecipe(epochs=3, batch_size=32, learning_rate=2e-3, mine=300, copies=(20, 300),
                   mnist=300, pen=60)
"""Seconds, not minutes: a tiny mix for a tiny model."""


def footed_seven(rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """A crossed 7 with a foot stroke back along the bottom, like a "Z" with a bar: a style no
    MNIST writer used (the default model reads it as a 2)."""
    top, bottom, bar = rng.uniform(50, 70), rng.uniform(220, 245), rng.uniform(135, 165)
    left, right = rng.uniform(50, 75), rng.uniform(205, 230)
    return (np.array([[left, top], [right, top], [left + 5, bottom], [right, bottom]]),
            np.array([[left + 30, bar], [right - 30, bar]]))


def sevens_read(predictor: Predictor, strokes: list, seed: int) -> float:
    images = render_drawings(strokes, 4, np.random.default_rng(seed)).astype(np.float32) / 255
    return float((predictor.predict_proba(images).argmax(axis=1) == 7).mean())


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A tiny MLP trained for a few seconds on MNIST, saved as a model file."""
    dataset = load_dataset("mnist").subset(2000, 300, seed=0)
    network = NetworkConfig(hidden=(LayerConfig(64),))
    training = TrainingConfig(epochs=3, batch_size=64, validation_split=0, seed=1)
    result = Trainer(network, training, dataset).run()
    path = tmp_path_factory.mktemp("adapt") / "base.keras"
    save_model(result.model, path, model_metadata(network, training, dataset, result))
    return path


@pytest.fixture(scope="module")
def sevens():
    rng = np.random.default_rng(5)
    return [footed_seven(rng) for _ in range(12)]


@pytest.mark.slow
def test_adapting_teaches_a_style_the_base_misread(base, sevens):
    mine, unseen = sevens[:4], sevens[4:]
    before = Predictor.load(base)
    assert sevens_read(before, unseen, seed=1) <= 0.25, "the base must misread the style"
    result = adapt(base, [LabelledDrawing(7, strokes) for strokes in mine], TINY)
    after = WeightSnapshot.of(result.model, before.class_names).predictor()
    assert sevens_read(after, unseen, seed=1) >= 0.8, "unseen drawings of the style are 7s now"
    report = result.report
    assert [(s.label, s.drawings, s.after) for s in report.classes] == [(7, 4, 4)]
    assert report.classes[0].before <= 1
    assert report.mnist_after >= report.mnist_before - 0.05, "MNIST barely moves"
    assert report.describe().startswith(f"Your 7s: {report.classes[0].before}/4 → 4/4; MNIST")


@pytest.mark.slow
def test_the_adapted_file_names_its_base_and_drawing_count(base, sevens, tmp_path):
    result = adapt(base, [LabelledDrawing(7, strokes) for strokes in sevens[:2]], TINY)
    out = tmp_path / "mine.keras"
    report = save_adapted(result, out)
    assert report.model_path == str(out)
    metadata = read_model_file(out, weights=False).metadata
    assert metadata["adaptation"]["base_model"] == "base.keras"
    assert metadata["adaptation"]["drawings"] == 2 and adapted_from(metadata) == base
    assert metadata["metrics"]["test_accuracy"] == pytest.approx(report.mnist_after)
    assert metadata["dataset"] == "MNIST" and "history" not in metadata
    assert Predictor.load(out).class_names == tuple("0123456789")


@pytest.mark.slow
def test_cli_adapt_prints_one_json_line(base, sevens, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(adaptation, "DEFAULT_RECIPE", TINY)
    drawings = tmp_path / "mine.jsonl"
    write_drawings(drawings, [LabelledDrawing(7, strokes) for strokes in sevens[:3]])
    out = tmp_path / "me.keras"
    status = cli_main(["adapt", "--model", str(base), "--drawings", str(drawings),
                       "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    summary = json.loads(captured.out.strip().splitlines()[-1])
    assert {"base_model", "drawings", "epochs", "seconds", "model_path"} <= set(summary)
    assert summary["base_model"] == "base.keras" and summary["drawings"] == 3
    assert summary["epochs"] == TINY.epochs and summary["model_path"] == str(out)
    assert out.is_file() and "Your 7s:" in captured.err


def test_cli_adapt_refuses_a_bad_drawings_file_by_line(tmp_path, capsys):
    drawings = tmp_path / "mine.jsonl"
    drawings.write_text('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 280]}\n'
                        '{"label": 11, "strokes": [[[1, 2]]], "canvas": [280, 280]}\n',
                        encoding="utf-8")
    status = cli_main(["adapt", "--model", "base.keras", "--drawings", str(drawings),
                       "--out", str(tmp_path / "me.keras")])
    error = capsys.readouterr().err
    assert status == 2 and error.count("\n") == 1
    assert f"{drawings}, line 2: " in error and "found 11" in error


def test_cli_adapt_checks_out_before_reading_anything(tmp_path, capsys):
    status = cli_main(["adapt", "--model", "base.keras", "--drawings", "mine.jsonl",
                       "--out", str(tmp_path / "me.txt")])
    err = capsys.readouterr().err
    assert status == 2 and "--out: " in err and "expected a model file ending in .keras" in err
