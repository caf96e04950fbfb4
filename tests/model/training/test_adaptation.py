"""Adapting a model to someone's drawings: it learns a style the base misread, keeps its base's
name in the file, runs through the one Trainer (stop, events), and ``digitlab adapt`` does the
same from the command line and records it in the run history."""

from __future__ import annotations

import json

import numpy as np
import pytest

from model.cli import main as cli_main
from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import load_dataset
from model.data.my_drawings import LabelledDrawing, write_drawings
from model.drawing.variation import Variation, render_drawings
from model.files.keras_io import save_model
from model.files.metadata import model_metadata
from model.files.reading import read_model_file
from model.history.records import ADAPTATION_KIND
from model.history.store import RunStore
from model.image_size import to_unit_float
from model.inference.predictor import Predictor
from model.training import adaptation
from model.training.adaptation import AdaptRecipe, adapt, save_adapted
from model.training.adaptation_report import adapted_from
from model.training.control import RunControl
from model.training.events import EndReason, TrainingListener
from model.training.snapshot import WeightSnapshot
from model.training.trainer import Trainer
from tests.model.data.hostile_drawings import UNDRAWABLE

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
    images = to_unit_float(render_drawings(strokes, 4, np.random.default_rng(seed)))
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
    after = WeightSnapshot.of(result.fine_tune.model, before.class_names).predictor()
    assert sevens_read(after, unseen, seed=1) >= 0.8, "unseen drawings of the style are 7s now"
    report = result.report
    assert [(s.label, s.drawings, s.after) for s in report.classes] == [(7, 4, 4)]
    assert report.classes[0].before <= 1
    assert report.mnist_after >= report.mnist_before - 0.05, "MNIST barely moves"
    assert report.describe().startswith(f"Your 7s: {report.classes[0].before}/4 → 4/4; MNIST")


def test_the_users_drawings_are_rendered_wider_than_the_training_writers(sevens, monkeypatch):
    used = []
    monkeypatch.setattr(adaptation, "render_drawings",
                        lambda *args: used.append(args[-1]) or render_drawings(*args))
    recipe = AdaptRecipe(mine=40, copies=(20, 20), mnist=10, pen=10)
    images, labels = adaptation.training_images(
        [LabelledDrawing(7, strokes) for strokes in sevens[:2]], load_dataset("mnist"), recipe,
        np.random.default_rng(0))
    assert len(images) == len(labels) == 60 and (labels[:40] == 7).all()
    (variation,) = used
    usual = Variation()
    assert variation.max_rotation > usual.max_rotation and variation.jitter > usual.jitter
    assert variation.pen_width == usual.pen_width


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
    with RunStore() as store:  # recorded in the history, as every run is
        (run,) = store.runs()
        record = store.run(run.id)
    assert run.kind == ADAPTATION_KIND and run.reason == "finished"
    assert run.model_path == str(out.resolve()) and run.epochs == TINY.epochs
    adapted = record.fields["adaptation"]
    assert (adapted["base_model"], adapted["drawings"]) == ("base.keras", 3)
    assert adapted["mnist_before"] is not None and adapted["classes"][0]["after"] is not None
    assert record.training() == TINY.training() and record.epochs  # its epochs are there too
    assert cli_main(["runs", "show", str(run.id)]) == 0
    assert "adapted   from base.keras to 3 drawings: Your 7s:" in capsys.readouterr().out


class StopAtFirstBatch(TrainingListener):
    """Asks its run to stop at the first batch, and notes every event it gets."""

    def __init__(self, control: RunControl) -> None:
        self.control = control
        self.events: list[str] = []

    def on_begin(self, event):
        self.events.append("begin")

    def on_batch(self, event):
        self.events.append("batch")
        self.control.stop()

    def on_finished(self, event):
        self.events.append("finished")


@pytest.mark.slow
def test_adapting_runs_through_the_trainer_so_it_stops_and_keeps_nothing(base, sevens):
    control = RunControl()
    listener = StopAtFirstBatch(control)
    result = adapt(base, [LabelledDrawing(7, sevens[0])], TINY, listener, control)
    summary = result.fine_tune.summary
    assert summary.reason is EndReason.STOPPED and result.fine_tune.model is None
    assert "nothing was kept" in summary.message.lower()
    assert listener.events == ["begin", "batch", "finished"]


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


def test_cli_adapt_refuses_what_cannot_be_drawn_or_read_in_one_line(tmp_path, capsys):
    """The undrawable drawing gave a traceback; a link to /dev/zero read until memory ran out."""
    (tmp_path / "thin.jsonl").write_text(UNDRAWABLE + "\n", encoding="utf-8")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    for name, reason in (("thin.jsonl", 'line 1: "canvas": expected [width, height]'),
                         ("zero.jsonl", "expected a regular file, found a character device")):
        status = cli_main(["adapt", "--model", "base.keras", "--drawings", str(tmp_path / name),
                           "--out", str(tmp_path / "me.keras")])
        error = capsys.readouterr().err
        assert status == 2 and error.count("\n") == 1 and reason in error


def test_cli_adapt_checks_out_before_reading_anything(tmp_path, capsys):
    status = cli_main(["adapt", "--model", "base.keras", "--drawings", "mine.jsonl",
                       "--out", str(tmp_path / "me.txt")])
    err = capsys.readouterr().err
    assert status == 2 and "--out: " in err and "expected a model file ending in .keras" in err
