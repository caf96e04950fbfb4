"""*My drawings*: thumbnails from strokes, delete, and exports and imports that go round trip."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListView

from gui.teach.gallery import THUMBNAIL, DrawingsDialog
from model.data.idx import read_idx
from model.data.my_drawings import IDX_IMAGES, IDX_LABELS, DrawingStore, LabelledDrawing
from tests.gui.helpers import Errors
from tests.model.data.hostile_drawings import UNDRAWABLE

STROKE = np.array([[100.0, 60.0], [180.0, 60.0], [120.0, 230.0]])


@pytest.fixture
def gallery(qtbot):
    """A gallery over three kept drawings (labels 1, 2, 3), answering yes and keeping errors."""
    store = DrawingStore()
    store.add([LabelledDrawing(label, (STROKE + label,)) for label in (1, 2, 3)])
    dialog = DrawingsDialog(store)
    dialog.confirm = lambda text: True
    dialog.errors = dialog.show_error = Errors()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_labels(dialog: DrawingsDialog) -> list[str]:
    model = dialog.findChild(QListView, "drawingsList").model()
    return [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def select(dialog: DrawingsDialog, *rows: int) -> None:
    view = dialog.findChild(QListView, "drawingsList")
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0),
                                     QItemSelectionModel.SelectionFlag.Select)


def wait_until_idle(qtbot, dialog: DrawingsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)


def test_thumbnails_are_drawn_from_the_strokes(gallery):
    model = gallery.findChild(QListView, "drawingsList").model()
    thumbnail = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QImage) and thumbnail.width() == THUMBNAIL
    assert shown_labels(gallery) == ["1", "2", "3"]
    assert gallery.findChild(QLabel, "drawingsSummary").text() == "3 drawings (1: 1, 2: 1, 3: 1)"


def test_delete_removes_the_selected_drawings_for_good(gallery, qtbot):
    with qtbot.waitSignal(gallery.changed):
        select(gallery, 0, 2)
        gallery.delete_selected()
    assert shown_labels(gallery) == ["2"]
    reopened = DrawingStore()
    reopened.load()
    assert [d.label for d in reopened.drawings()] == [2]


def test_nothing_is_deleted_unless_confirmed(gallery):
    gallery.confirm = lambda text: False
    select(gallery, 1)
    gallery.delete_selected()
    assert shown_labels(gallery) == ["1", "2", "3"]


def test_json_lines_export_and_import_go_round_trip(gallery, qtbot, tmp_path):
    path = tmp_path / "mine.jsonl"
    gallery.export_jsonl(str(path))
    wait_until_idle(qtbot, gallery)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    with qtbot.waitSignal(gallery.changed):
        gallery.import_file(str(path))
    assert shown_labels(gallery) == ["1", "2", "3", "1", "2", "3"]
    assert "Imported 3 drawings" in gallery.findChild(QLabel, "drawingsStatus").text()


def test_idx_export_writes_mnist_style_files(gallery, qtbot, tmp_path):
    gallery.export_idx(str(tmp_path))
    wait_until_idle(qtbot, gallery)
    images, labels = read_idx(tmp_path / IDX_IMAGES), read_idx(tmp_path / IDX_LABELS)
    assert images.shape == (3, 28, 28) and labels.tolist() == [1, 2, 3]
    assert images.max() == 255 and images[:, 0, 0].tolist() == [0, 0, 0]


def test_a_bad_file_imports_nothing_and_names_its_line(gallery, qtbot, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(LabelledDrawing(4, (STROKE,)).to_json() + '\n{"label": 4}\n',
                    encoding="utf-8")
    gallery.import_file(str(path))
    wait_until_idle(qtbot, gallery)
    assert shown_labels(gallery) == ["1", "2", "3"]
    ((_, text),) = gallery.errors
    assert f"{path}, line 2: " in text and '"canvas"' in text


def test_an_undrawable_file_is_refused_and_reopening_the_gallery_is_safe(gallery, qtbot, tmp_path):
    """Imported, this drawing (a canvas 100,000 × 0.01) crashed the window at every start."""
    path = tmp_path / "thin.jsonl"
    path.write_text(UNDRAWABLE + "\n", encoding="utf-8")
    gallery.import_file(str(path))
    wait_until_idle(qtbot, gallery)
    ((_, text),) = gallery.errors
    assert f"{path}, line 1: " in text and '"canvas": expected' in text
    with gallery._store.path.open("a", encoding="utf-8") as handle:
        handle.write(UNDRAWABLE + "\n")  # a hand edit gets it in anyway
    assert "left out" in gallery._store.load()
    gallery.refresh()
    gallery.findChild(QListView, "drawingsList").grab()  # every thumbnail painted
    assert shown_labels(gallery) == ["1", "2", "3"]
