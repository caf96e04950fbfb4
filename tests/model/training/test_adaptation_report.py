"""The adaptation's result in one sentence, its JSON round trip, and the way back to the base."""

from __future__ import annotations

from model.training.adaptation_report import (
    ADAPTATION_KEY,
    AdaptationReport,
    ClassScore,
    adapted_from,
    counted,
)


def report(*classes: ClassScore) -> AdaptationReport:
    return AdaptationReport("base.keras", "/models/base.keras", sum(c.drawings for c in classes),
                            3, 12.3456, classes, 0.9902, 0.9895, "/data/me.keras",
                            {"images": 4000})


def test_one_class_reads_as_the_brief_says():
    assert report(ClassScore(7, 5, 3, 5)).describe() == (
        "Your 7s: 3/5 → 5/5; MNIST test 99.02% → 98.95%")


def test_several_classes_name_the_biggest_changes_first():
    text = report(ClassScore(1, 5, 4, 5), ClassScore(7, 5, 2, 5), ClassScore(8, 2, 2, 2),
                  ClassScore(0, 1, 1, 1), ClassScore(3, 1, 0, 1), ClassScore(4, 1, 1, 0)
                  ).describe()
    assert text == ("Your drawings: 10/15 → 14/15 (your 7s: 2/5 → 5/5, your 1s: 4/5 → 5/5, "
                    "your 3s: 0/1 → 1/1); MNIST test 99.02% → 98.95%")


def test_the_json_round_trip_keeps_everything():
    original = report(ClassScore(7, 5, 3, 5))
    data = original.to_dict()
    assert data["seconds"] == 12.346 and data["images"] == 4000 and "extra" not in data
    assert {"base_model", "drawings", "epochs", "seconds", "model_path"} <= set(data)
    again = AdaptationReport.from_dict(data)
    assert again.classes == original.classes and again.extra == {"images": 4000}
    assert again.describe() == original.describe()


def test_the_base_is_found_only_while_its_file_exists(tmp_path):
    base = tmp_path / "base.keras"
    metadata = {ADAPTATION_KEY: {"base_path": str(base)}}
    assert adapted_from(metadata) is None
    base.write_bytes(b"model")
    assert adapted_from(metadata) == base
    assert adapted_from({}) is None and adapted_from({ADAPTATION_KEY: "damaged"}) is None
    assert adapted_from({ADAPTATION_KEY: {"base_path": 5}}) is None


def test_counted():
    assert (counted(1, "drawing"), counted(0, "drawing"), counted(2, "line")) == (
        "1 drawing", "0 drawings", "2 lines")
