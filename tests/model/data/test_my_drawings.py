"""The user's drawings: the JSON Lines format, its reader's errors, the store, the exports."""

from __future__ import annotations

import json

import numpy as np
import pytest

from model.data.idx import read_idx
from model.data.my_drawings import (
    DRAWINGS_FILE,
    DrawingStore,
    LabelledDrawing,
    export_idx,
    parse_drawing,
    read_drawings,
    write_drawings,
)
from model.errors import DatasetError
from model.user_data import user_data_dir

SEVEN = LabelledDrawing(7, (np.array([[60.0, 50.0], [220.0, 50.0], [120.0, 240.0]]),
                            np.array([[100.0, 150.0], [190.0, 150.0]])),
                        created="2026-01-02T03:04:05+00:00")
ONE = LabelledDrawing(1, (np.array([[140.0, 40.0], [140.33333, 240.0]]),), pen_width=12.5)
GOOD = SEVEN.to_json()


def same(first: LabelledDrawing, second: LabelledDrawing) -> bool:
    return (first.label == second.label and first.canvas == second.canvas
            and first.pen_width == second.pen_width and first.created == second.created
            and len(first.strokes) == len(second.strokes)
            and all(np.allclose(a, b, atol=0.005)
                    for a, b in zip(first.strokes, second.strokes, strict=True)))


def test_a_line_holds_everything_and_reads_back():
    record = json.loads(GOOD)
    assert record == {"label": 7, "strokes": [[[60, 50], [220, 50], [120, 240]],
                                              [[100, 150], [190, 150]]],
                      "canvas": [280, 280], "pen_width": 18, "created": SEVEN.created}
    assert same(parse_drawing(GOOD), SEVEN) and same(parse_drawing(ONE.to_json()), ONE)


def test_optional_fields_take_the_canvas_defaults():
    drawing = parse_drawing('{"label": 0, "strokes": [[[1, 2]]], "canvas": [100, 50]}')
    assert drawing.pen_width == 18.0 and drawing.created == "" and drawing.canvas == (100, 50)


@pytest.mark.parametrize(("line", "reason"), [
    ('{"label": 7, "strokes": [[[1, 2]]', "expected a JSON object, found invalid JSON"),
    ('[7, [[1, 2]]]', "expected a JSON object, found [7"),
    ('{"strokes": [[[1, 2]]], "canvas": [280, 280]}', '"label": expected an integer 0–9, '
                                                      "found nothing"),
    ('{"label": 12, "strokes": [[[1, 2]]], "canvas": [280, 280]}', "found 12"),
    ('{"label": "7", "strokes": [[[1, 2]]], "canvas": [280, 280]}', 'found "7"'),
    ('{"label": true, "strokes": [[[1, 2]]], "canvas": [280, 280]}', "found true"),
    ('{"label": 7, "strokes": [], "canvas": [280, 280]}',
     '"strokes": expected a non-empty list of strokes, found []'),
    ('{"label": 7, "strokes": [[[1, 2]], []], "canvas": [280, 280]}',
     "stroke 2: expected a non-empty list of [x, y] points"),
    ('{"label": 7, "strokes": [[[1, 2], [3, "a"]]], "canvas": [280, 280]}',
     'stroke 1, point 2: expected [x, y], two finite numbers, found [3, "a"]'),
    ('{"label": 7, "strokes": [[[1, 2, 3]]], "canvas": [280, 280]}', "point 1: expected [x, y]"),
    ('{"label": 7, "strokes": [[[1, 2]]]}', '"canvas": expected [width, height]'),
    ('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 0]}', "found [280, 0]"),
    ('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 280], "pen_width": -3}',
     '"pen_width": expected a positive number of canvas pixels, found -3'),
    ('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 280], "created": 5}',
     '"created": expected text'),
])
def test_a_bad_line_is_refused_with_its_number_and_the_reason(tmp_path, line, reason):
    path = tmp_path / "mine.jsonl"
    path.write_text(f"{GOOD}\n\n{line}\n{GOOD}\n", encoding="utf-8")
    with pytest.raises(DatasetError) as error:
        read_drawings(path)
    assert f"{path}, line 3: " in str(error.value) and reason in str(error.value)


def test_a_file_without_drawings_is_refused(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="expected at least one drawing, found none"):
        read_drawings(tmp_path / "empty.jsonl")
    with pytest.raises(DatasetError, match="no such file"):
        read_drawings(tmp_path / "missing.jsonl")


def test_the_store_lives_in_the_user_data_folder_and_survives_a_restart():
    store = DrawingStore()
    assert store.path == user_data_dir() / DRAWINGS_FILE and store.load() == []
    store.add([SEVEN])
    store.add([ONE])
    again = DrawingStore()
    assert again.load() == [] and len(again) == 2
    assert same(again.drawings()[0], SEVEN) and same(again.drawings()[1], ONE)


def test_a_damaged_line_is_skipped_reported_and_kept(tmp_path):
    store = DrawingStore(tmp_path / DRAWINGS_FILE)
    cut_short = GOOD[:30]  # a crash while this drawing was written
    store.path.write_text(f"{GOOD}\n{cut_short}", encoding="utf-8")
    problems = store.load()
    assert len(problems) == 1 and f"{DRAWINGS_FILE}, line 2: " in problems[0]
    store.add([ONE])  # goes on a line of its own, not glued to the damaged one
    assert store.path.read_text(encoding="utf-8").splitlines()[1:] == [cut_short, ONE.to_json()]
    store.delete([0])
    problems = store.load()
    assert len(problems) == 1 and f"{DRAWINGS_FILE}, line 1: " in problems[0], "still there"
    assert [d.label for d in store.drawings()] == [1]


def test_delete_removes_exactly_the_chosen_drawings():
    store = DrawingStore()
    store.add([SEVEN, ONE, SEVEN, ONE])
    store.delete([1, 2])
    assert [d.label for d in store.drawings()] == [7, 1]
    assert [d.label for d in DrawingStore().drawings()] == []  # not loaded yet
    reloaded = DrawingStore()
    reloaded.load()
    assert [d.label for d in reloaded.drawings()] == [7, 1]


def test_export_as_json_lines_and_import_again(tmp_path):
    write_drawings(tmp_path / "out.jsonl", [SEVEN, ONE])
    back = read_drawings(tmp_path / "out.jsonl")
    assert len(back) == 2 and same(back[0], SEVEN) and same(back[1], ONE)


def test_export_as_idx_gives_mnist_style_images_and_labels(tmp_path):
    images_path, labels_path = export_idx(tmp_path, [SEVEN, ONE])
    images, labels = read_idx(images_path), read_idx(labels_path)
    assert images.shape == (2, 28, 28) and labels.tolist() == [7, 1]
    assert images[:, 0, 0].tolist() == [0, 0] and images.max() == 255, "ink 255 on 0"
    np.testing.assert_array_equal(images[0], np.round(SEVEN.network_image() * 255))


def test_rendering_follows_the_canvas_pen_and_size():
    thin = LabelledDrawing(1, ONE.strokes, pen_width=4.0).render(280)
    bold = LabelledDrawing(1, ONE.strokes, pen_width=30.0).render(280)
    assert thin.shape == (280, 280) and (bold < 128).sum() > 5 * (thin < 128).sum()
    wide = LabelledDrawing(1, ONE.strokes, canvas=(560.0, 280.0)).render(64)
    assert wide.shape == (32, 64)
