"""The user's drawings: the JSON Lines format, its reader's errors, the store, the exports."""

from __future__ import annotations

import codecs
import json
import os
import stat
import time

import numpy as np
import pytest

from model.data.idx import read_idx
from model.data.my_drawings import (
    DRAWINGS_FILE,
    MAX_DRAWINGS,
    MAX_FILE_BYTES,
    DrawingStore,
    LabelledDrawing,
    export_idx,
    parse_drawing,
    read_drawings,
    write_drawings,
)
from model.errors import DatasetError, DigitLabError
from model.user_data import user_data_dir
from tests.conftest import REPO
from tests.model.data.hostile_drawings import NESTED, UNDRAWABLE, with_bad_byte

README = (REPO / "README.md").read_text(encoding="utf-8")

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
     '"strokes": expected a list of 1 to 100 strokes, found []'),
    ('{"label": 7, "strokes": [[[1, 2]], []], "canvas": [280, 280]}',
     "stroke 2: expected a list of 1 to 5,000 [x, y] points, found []"),
    ('{"label": 7, "strokes": [[[1, 2], [3, "a"]]], "canvas": [280, 280]}',
     'stroke 1, point 2: expected [x, y], two numbers with |x| ≤ 28,000 and |y| ≤ 28,000 '
     '(100 canvas sides), found [3, "a"]'),
    ('{"label": 7, "strokes": [[[1, 2, 3]]], "canvas": [280, 280]}', "point 1: expected [x, y]"),
    ('{"label": 7, "strokes": [[[1, 2]]]}', '"canvas": expected [width, height]'),
    ('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 0]}', "found [280, 0]"),
    ('{"label": 7, "strokes": [[[1, 2]]], "canvas": [280, 280], "pen_width": -3}',
     '"pen_width": expected a positive number of canvas pixels, at most 140 (half the '
     "canvas's shorter side), found -3"),
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
    assert store.path == user_data_dir() / DRAWINGS_FILE and store.load() == ""
    store.add([SEVEN])
    store.add([ONE])
    again = DrawingStore()
    assert again.load() == "" and len(again) == 2
    assert same(again.drawings()[0], SEVEN) and same(again.drawings()[1], ONE)


def test_a_damaged_line_is_skipped_reported_and_kept(tmp_path):
    store = DrawingStore(tmp_path / DRAWINGS_FILE)
    cut_short = GOOD[:30]  # a crash while this drawing was written
    store.path.write_text(f"{GOOD}\n{cut_short}", encoding="utf-8")
    assert store.load().startswith(f"{DRAWINGS_FILE}: 1 line left out, kept in the file "
                                   "unchanged (line 2: expected a JSON object")
    store.add([ONE])  # goes on a line of its own, not glued to the damaged one
    assert store.path.read_text(encoding="utf-8").splitlines()[1:] == [cut_short, ONE.to_json()]
    store.delete([0])
    assert "(line 1: " in store.load(), "still there"
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


# ------------------------------------------------------------------------ hostile drawings files

BAD_BYTE = with_bad_byte(GOOD)


def line_with(**fields) -> str:
    record = {"label": 7, "strokes": [[[100, 100], [150, 200]]], "canvas": [280, 280], **fields}
    return json.dumps(record)


def points(count: int) -> list[list[float]]:
    return [[100.0 + index % 50, 100.0 + index % 70] for index in range(count)]


@pytest.mark.parametrize(("line", "reason"), [
    (UNDRAWABLE, '"canvas": expected [width, height], two numbers of pixels from 28 to 10,000, '
                 "the longer at most 10 times the shorter, found [100000, 0.01]"),
    (line_with(canvas=[0.01, 100000]), "found [0.01, 100000]"),
    (line_with(canvas=[27, 27]), "found [27, 27]"),
    (line_with(canvas=[10_001, 10_000]), "found [10001, 10000]"),
    (line_with(canvas=[281, 28]), "found [281, 28]"),
    (line_with(canvas=[28, 28], pen_width=100_000), "at most 14 (half the canvas's shorter side)"),
    (line_with(pen_width=140.5), "found 140.5"),
    (line_with(pen_width=0), "found 0"),
    (line_with(strokes=[[[1, 2]]] * 101), '"strokes": expected a list of 1 to 100 strokes, '
                                          "found 101"),
    (line_with(strokes=[points(5_001)]), "stroke 1: expected a list of 1 to 5,000 [x, y] points, "
                                         "found 5,001"),
    (line_with(strokes=[points(5_000), points(5_000), [[1, 2]]]),
     '"strokes": expected at most 10,000 points in all, found 10,001'),
    (line_with(strokes=[[[1, 2], [1e300, 5]]]), "stroke 1, point 2: expected [x, y], two numbers "
                                                "with |x| ≤ 28,000 and |y| ≤ 28,000"),
    (line_with(strokes=[[[1, -28_001]]]), "found [1, -28001]"),
    (line_with(strokes=[[[1, 2], [1, 10**400]]]), "stroke 1, point 2: expected [x, y]"),
    (line_with(strokes=[[[1, 2], [1, True]]]), "found [1, true]"),
    (line_with(strokes=[[[1, 2], [1, float("nan")]]]), "found [1, NaN]"),
    (line_with(canvas=[560, 280], strokes=[[[56_000, 28_001]]]), "|x| ≤ 56,000 and |y| ≤ 28,000"),
    (NESTED, "expected a JSON object, found lists or objects nested too deeply to read"),
    ('{"label": 7, "x": "' + "a" * 640_000 + '"}', "expected a line of at most 640,000 bytes, "
                                                   "found 640,021"),
])
def test_what_cannot_be_drawn_or_costs_too_much_is_refused(tmp_path, line, reason):
    path = tmp_path / "mine.jsonl"
    path.write_text(f"{GOOD}\n{line}\n", encoding="utf-8")
    with pytest.raises(DatasetError) as error:
        read_drawings(path)
    assert f"{path}, line 2: " in str(error.value) and reason in str(error.value)


def test_the_limits_admit_the_costliest_drawing_and_it_draws_fast():
    wide = line_with(canvas=[2800, 280], pen_width=140,
                     strokes=[points(5_000), points(4_999), [[-280_000, 28_000]]])
    drawing = parse_drawing(wide)
    started = time.perf_counter()
    thumbnail, seen = drawing.render(64), drawing.network_image()
    assert time.perf_counter() - started < 2.0, "a thumbnail and a network image"
    assert thumbnail.shape == (6, 64) and seen.shape == (28, 28)


def test_a_pen_thinner_than_a_pixel_still_draws():
    """A 10,000 px canvas drawn as a 64 px thumbnail scales its pen to a tenth of a pixel."""
    drawing = LabelledDrawing(7, SEVEN.strokes, canvas=(10_000, 10_000))
    assert drawing.render(64).shape == (64, 64)


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + f"{GOOD}\r\n{ONE.to_json()}\r\n".encode())
    assert [drawing.label for drawing in read_drawings(path)] == [7, 1]


def test_a_bad_byte_is_named_with_its_line_and_column(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_bytes(GOOD.encode() + b"\n" + BAD_BYTE + b"\n")
    with pytest.raises(DatasetError, match=r"line 2: expected UTF-8 text, found the byte 0xFF at "
                                           r"column 21"):
        read_drawings(path)


@pytest.mark.parametrize("damaged", [BAD_BYTE, NESTED.encode()], ids=["0xFF byte", "nested"])
def test_lines_the_store_cannot_read_survive_teaching_and_deleting(tmp_path, damaged):
    """5 good lines and a damaged one: teaching and deleting once emptied the whole file."""
    store = DrawingStore(tmp_path / DRAWINGS_FILE)
    good = [SEVEN.to_json().encode(), ONE.to_json().encode()] * 2 + [SEVEN.to_json().encode()]
    store.path.write_bytes(b"\n".join([*good[:3], damaged, *good[3:]]) + b"\n")
    notice = store.load()
    assert notice.startswith(f"{DRAWINGS_FILE}: 1 line left out, kept in the file unchanged "
                             "(line 4: ") and "\n" not in notice
    assert len(store) == 5
    store.add([ONE])
    store.delete([0])
    assert store.path.read_bytes() == b"\n".join([*good[1:3], damaged, *good[3:],
                                                  ONE.to_json().encode()]) + b"\n"
    assert len(store) == 5 and store.load() == notice.replace("line 4", "line 3")


def test_deleting_after_another_window_added_reads_again_and_loses_nothing(tmp_path):
    mine, other = DrawingStore(tmp_path / DRAWINGS_FILE), DrawingStore(tmp_path / DRAWINGS_FILE)
    mine.add([SEVEN, ONE])
    other.load()
    other.add([ONE])
    with pytest.raises(DigitLabError, match=r"changed since it was read .* choose what to delete "
                                            "anew"):
        mine.delete([0])
    assert len(mine) == 3
    mine.delete([0])
    assert [drawing.label for drawing in read_drawings(mine.path)] == [1, 1]


# --------------------------------------------------------------------------- unbounded cost


def test_a_device_or_a_pipe_is_refused_without_being_read(tmp_path):
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.jsonl")
    for name, found in (("zero.jsonl", "a character device"), ("pipe.jsonl", "a named pipe")):
        with pytest.raises(DatasetError, match=f"expected a regular file, found {found}"):
            read_drawings(tmp_path / name)  # a pipe with no writer would block here for good


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(DatasetError, match=r"expected a file of at most 8 MiB, found 8 MiB"):
        read_drawings(path)


def test_too_many_drawings_are_refused_and_the_store_keeps_the_rest_unread(tmp_path):
    path = tmp_path / DRAWINGS_FILE
    path.write_text(f"{ONE.to_json()}\n" * (MAX_DRAWINGS + 2), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"expected at most 2,000 drawings, found more \(line "
                                           r"2001 is one too many\)"):
        read_drawings(path)
    store = DrawingStore(path)
    assert store.load().startswith(f"{DRAWINGS_FILE}: 2 lines left out, kept in the file "
                                   "unchanged (line 2001: left out, My drawings shows at most "
                                   "2,000; and 1 more).")
    with pytest.raises(DigitLabError, match="holds at most 2,000 drawings and has 2,000"):
        store.add([SEVEN])
    store.delete([0])
    assert path.read_text(encoding="utf-8").count("\n") == MAX_DRAWINGS + 1


def test_a_store_on_a_pipe_is_never_opened_nor_written(tmp_path):
    path = tmp_path / DRAWINGS_FILE
    os.mkfifo(path)
    store = DrawingStore(path)
    assert "expected a regular file, found a named pipe (FIFO)" in store.load()
    for change in (lambda: store.add([SEVEN]), lambda: store.delete([])):
        with pytest.raises(DigitLabError, match=r"found a named pipe .*; it was left as it is"):
            change()
    assert stat.S_ISFIFO(path.stat().st_mode)


def test_a_drawing_the_file_could_not_read_back_is_not_kept(tmp_path):
    store = DrawingStore(tmp_path / DRAWINGS_FILE)
    with pytest.raises(DigitLabError, match="cannot keep this drawing: stroke 1: expected a list "
                                            "of 1 to 5,000"):
        store.add([LabelledDrawing(7, (np.zeros((5_001, 2)),))])
    assert not store.path.exists()


def test_the_readme_names_every_limit():
    section = README.split("## Your drawings")[1].split("\n## ")[0]
    for number in ("28", "10,000", "10 times", "half", "100 strokes", "5,000", "100 canvas",
                   "640,000", "8 MiB", "2,000"):
        assert number in section, number
