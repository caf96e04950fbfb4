"""The drawing canvas on its own: input devices, vector strokes, undo, clear, drops, repaints."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.draw import canvas as canvas_module
from gui.draw import ink as ink_module
from gui.draw.canvas import Canvas
from gui.draw.replay import drag_stroke, drag_strokes
from model.drawing.images import MAX_IMAGE_PIXELS
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH
from tests.gui.helpers import DropProbe, drop, file_drop, image_data_drop
from tests.model.drawing import mutated_images
from tests.model.drawing.hostile_images import (
    damaged_png,
    huge_png,
    mnist_test_digits,
    odd_dds,
    photo_on_paper,
)

LEFT = Qt.MouseButton.LeftButton
ZIGZAG = (np.array([(60.0, 60.0), (200.0, 80.0), (80.0, 200.0), (210.0, 220.0)]),)
BAR = (np.array([(140.0, 40.0), (140.0, 240.0)]),)


@pytest.fixture
def canvas(qtbot) -> Canvas:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def ink(canvas: Canvas) -> int:
    return int((canvas.image() < 128).sum())


def test_a_new_canvas_is_blank_white_at_the_logical_size(canvas):
    image = canvas.image()
    assert image.shape == (CANVAS_SIZE, CANVAS_SIZE) and image.dtype == np.uint8
    assert image.min() == 255
    assert canvas.is_empty() and not canvas.can_undo() and canvas.strokes() == ()


def test_mouse_drag_records_a_vector_stroke_and_dark_ink(canvas, qtbot):
    points = [QPoint(80, 80), QPoint(200, 120), QPoint(300, 300)]
    live = []
    canvas.changed.connect(lambda: live.append(canvas.is_drawing()))
    qtbot.mousePress(canvas, LEFT, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(canvas, point)
    qtbot.mouseRelease(canvas, LEFT, pos=points[-1])
    (stroke,) = canvas.strokes()
    assert stroke.width == PEN_WIDTH
    for point, logical in zip(points, stroke.points, strict=True):
        assert canvas.to_widget(logical) == QPointF(point)
    assert live == [True, True, True, False]  # changed during the stroke, then at its end
    image = canvas.image()
    x, y = (round(v) for v in stroke.points[1])
    assert image[y, x] == 0 and image[5, 270] == 255


def test_the_image_does_not_depend_on_the_widget_size(canvas, qtbot):
    drag_strokes(canvas, ZIGZAG)
    before = canvas.image().copy()
    canvas.resize(700, 500)
    qtbot.wait(1)
    assert np.array_equal(canvas.image(), before)
    other = Canvas()
    qtbot.addWidget(other)
    other.resize(900, 900)
    drag_strokes(other, ZIGZAG)  # mouse positions round differently at another scale
    assert np.abs(other.image().astype(int) - before).mean() < 2.0


def test_the_live_image_equals_the_rerendered_one(canvas, qtbot):
    """Re-rendering the strokes (after undo of a later stroke) reproduces the pixels exactly."""
    drag_strokes(canvas, ZIGZAG)
    drawn = canvas.image().copy()
    drag_strokes(canvas, BAR)
    canvas.undo()
    assert np.array_equal(canvas.image(), drawn)


def test_undo_takes_back_strokes_one_at_a_time(canvas):
    drag_strokes(canvas, ZIGZAG + BAR)
    both, first_only = ink(canvas), None
    canvas.undo()
    first_only = ink(canvas)
    assert len(canvas.strokes()) == 1 and 0 < first_only < both
    canvas.undo()
    assert canvas.is_empty() and ink(canvas) == 0
    canvas.undo()  # nothing left: a no-op
    assert canvas.is_empty()


def test_clear_wipes_the_paper_and_can_be_undone(canvas):
    drag_strokes(canvas, ZIGZAG + BAR)
    drawn = canvas.image().copy()
    canvas.clear()
    assert canvas.is_empty() and ink(canvas) == 0
    canvas.undo()
    assert len(canvas.strokes()) == 2 and np.array_equal(canvas.image(), drawn)


def test_pen_width_applies_to_new_strokes_only(canvas):
    drag_strokes(canvas, BAR)
    thin = ink(canvas)
    canvas.set_pen_width(36)
    drag_strokes(canvas, (BAR[0] + [60.0, 0.0],))
    widths = [stroke.width for stroke in canvas.strokes()]
    assert widths == [PEN_WIDTH, 36.0]
    assert ink(canvas) - thin > 1.6 * thin


def test_a_pen_draws_through_tablet_events_at_sub_pixel_precision(canvas):
    device = QPointingDevice.primaryPointingDevice()

    def send(kind, x, y, buttons=LEFT):
        event = QTabletEvent(kind, device, QPointF(x, y), QPointF(x, y), 0.5, 0.0, 0.0, 0.0, 0.0,
                             0.0, Qt.KeyboardModifier.NoModifier, LEFT, buttons)
        QApplication.sendEvent(canvas, event)
        assert event.isAccepted()

    send(QEvent.Type.TabletPress, 100.25, 100.5)
    send(QEvent.Type.TabletMove, 200.75, 150.5)
    send(QEvent.Type.TabletRelease, 200.75, 150.5, Qt.MouseButton.NoButton)
    (stroke,) = canvas.strokes()
    assert canvas.to_widget(stroke.points[1]) == QPointF(200.75, 150.5)


def test_a_finger_draws_through_touch_events(canvas):
    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, QPoint(100, 100)).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(200, 220)).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(200, 220)).commit()
    assert [len(stroke.points) for stroke in canvas.strokes()] == [2]
    assert ink(canvas) > 0


def test_a_dropped_white_on_black_picture_is_inverted_to_ink_on_paper(canvas, tmp_path):
    picture = np.zeros((28, 28), np.uint8)
    picture[6:22, 12:16] = 255  # an MNIST-style "1": white ink on black
    path = tmp_path / "one.png"
    Image.fromarray(picture).save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(canvas, mime)
    image = canvas.image()
    assert image[0, 0] == 255 and image[CANVAS_SIZE // 2, CANVAS_SIZE // 2] == 0
    assert not canvas.is_empty()
    canvas.undo()
    assert canvas.is_empty()


def test_dropped_image_data_is_used_too(canvas):
    picture = QImage(50, 50, QImage.Format.Format_ARGB32)
    picture.fill(Qt.GlobalColor.transparent)  # transparent counts as paper
    picture.setPixelColor(25, 25, Qt.GlobalColor.black)
    mime = QMimeData()
    mime.setImageData(picture)
    drop(canvas, mime)
    image = canvas.image()
    assert image[0, 0] == 255 and image.min() < 64


def test_dropping_a_file_that_is_not_an_image_reports_it(canvas, tmp_path, qtbot):
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(canvas.drop_failed) as failure:
        drop(canvas, mime)
    assert "notes.png" in failure.args[0]
    assert canvas.is_empty()


def png_bytes(path) -> QByteArray:
    return QByteArray(path.read_bytes())


@pytest.mark.parametrize(("make_drop", "message"), [
    (lambda tmp: image_data_drop(QImage()), "cannot read this image: expected a picture"),
    (lambda tmp: image_data_drop(QByteArray(b"not a picture")),
     "the dropped image: not a readable image"),
    (lambda tmp: file_drop(huge_png(tmp / "bomb.png", 20000, 20000)),
     "bomb.png: the image is over 179 megapixels.*at most 50 megapixels"),
    (lambda tmp: image_data_drop(png_bytes(huge_png(tmp / "bomb.png", 20000, 20000))),
     "the dropped image: the image is over 179 megapixels.*at most 50 megapixels"),
    (lambda tmp: image_data_drop(QImage(8000, MAX_IMAGE_PIXELS // 8000 + 1,
                                        QImage.Format.Format_Grayscale8)),
     "the dropped image: the image is 8000×6251 pixels"),
], ids=["null QImage", "undecodable bytes", "huge file", "huge encoded data", "huge QImage"])
def test_a_drop_that_cannot_be_read_is_reported_and_the_drawing_kept(canvas, qtbot, tmp_path,
                                                                      make_drop, message):
    """A null QImage once raised a TypeError out of dropEvent and a 20000×20000 PNG crashed the
    app; both ended in a segmentation fault."""
    drag_strokes(canvas, ZIGZAG)
    drawn = canvas.image().copy()
    mime = make_drop(tmp_path)
    with qtbot.waitSignal(canvas.drop_failed) as failure:
        drop(canvas, mime)
    assert failure.args[0].startswith(("cannot read", str(tmp_path), "the dropped image"))
    assert re.search(message, failure.args[0]), failure.args[0]
    assert len(canvas.strokes()) == 1 and np.array_equal(canvas.image(), drawn)


@pytest.mark.parametrize("make", [damaged_png, odd_dds], ids=["PNG", "DDS"])
def test_a_damaged_image_dropped_is_reported_in_one_line(canvas, qtbot, tmp_path, make):
    """They printed a traceback and showed no dialog."""
    path = make(tmp_path / "damaged")
    with qtbot.waitSignal(canvas.drop_failed) as failure:
        drop(canvas, file_drop(path))
    assert failure.args[0].startswith(f"{path}: not a readable image (")
    assert "\n" not in failure.args[0] and canvas.is_empty()


def test_a_dropped_pipe_is_reported_without_being_opened(canvas, qtbot, tmp_path):
    """Opening a named pipe waits for a writer: the window froze for good."""
    os.mkfifo(tmp_path / "pipe.png")
    with qtbot.waitSignal(canvas.drop_failed, timeout=1000) as failure:
        drop(canvas, file_drop(tmp_path / "pipe.png"))
    assert failure.args[0] == f"{tmp_path / 'pipe.png'}: expected a regular file, found a named " \
                              "pipe (FIFO)"


DROP_FUZZ_CASES = 210
"""30 a format, as files and as image data each: about five seconds."""


@pytest.mark.parametrize("as_file", [True, False], ids=["file", "image data"])
def test_mutated_images_dropped_are_shown_or_reported(canvas, tmp_path, as_file):
    probe = DropProbe(canvas)
    escapes = []
    for case in mutated_images.cases(DROP_FUZZ_CASES, seed=21):
        mime = (file_drop(mutated_images.write(case, tmp_path)) if as_file
                else image_data_drop(QByteArray(case.data)))
        escaped = probe.escape(mime)
        if escaped:
            escapes.append(f"case {case.number} ({case.how}): {escaped}")
    assert escapes == [] and not [text for text in probe.said if "\n" in text]


@pytest.mark.parametrize("as_file", [True, False], ids=["file", "image data"])
def test_a_dropped_photo_on_grey_paper_lands_on_white_paper(canvas, tmp_path, as_file):
    digits, _ = mnist_test_digits(1)
    photo = photo_on_paper(digits[0], 235, np.random.default_rng(0))
    path = tmp_path / "seven.png"
    Image.fromarray(photo).save(path)
    drop(canvas, file_drop(path) if as_file else image_data_drop(QImage(str(path))))
    image = canvas.image()
    assert image[:, :40].min() == 255 and image.min() == 0  # white paper, black ink


@pytest.fixture
def strokes_painted(monkeypatch) -> list:
    """Every stroke painted from now on, into any image or onto the screen."""
    painted = []
    paint = ink_module.draw_strokes

    def counting(painter, strokes, color):
        painted.extend(strokes)
        paint(painter, strokes, color)

    for module in (ink_module, canvas_module):
        monkeypatch.setattr(module, "draw_strokes", counting)
    return painted


def test_the_work_of_a_stroke_does_not_grow_with_the_strokes_before_it(canvas, strokes_painted):
    """Every pen-up painted all strokes again, twice: at 500 strokes a pen-up took 205 ms."""
    rng = np.random.default_rng(0)
    work = []
    for _ in range(40):
        strokes_painted.clear()
        drag_stroke(canvas, rng.uniform(20, 260, (4, 2)))
        canvas.image()  # what a prediction reads
        canvas.repaint()
        work.append(len(strokes_painted))
    assert work[-1] == work[1], work


def test_undo_and_clear_show_what_the_pen_ups_built(canvas):
    drag_strokes(canvas, ZIGZAG + BAR)
    built = canvas.image().copy(), canvas.grab().toImage()
    canvas.clear()
    canvas.undo()  # painted afresh from the strokes
    assert np.array_equal(canvas.image(), built[0])
    assert canvas.grab().toImage() == built[1]


def test_the_screen_is_redrawn_for_a_new_size_and_palette(canvas, qtbot):
    drag_strokes(canvas, BAR)
    canvas.resize(600, 500)
    qtbot.wait(1)
    resized = canvas.grab().toImage()
    canvas.clear()
    canvas.undo()
    assert canvas.grab().toImage() == resized  # as sharp as if drawn at this size
    palette = QPalette(canvas.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("black"))
    palette.setColor(QPalette.ColorRole.Text, QColor("white"))
    canvas.setPalette(palette)
    bar_middle = canvas.to_widget((140.0, 140.0)).toPoint()
    assert canvas.grab().toImage().pixelColor(bar_middle) == QColor("white")
