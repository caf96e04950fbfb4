"""The one-file web page, opened from file:// in headless Chromium with the network off: it
makes no request, gives the app's answers through window.digitlab.predict, preprocesses as
canvas_to_mnist does and reads pen digits drawn on its canvas with real mouse drags."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from model.data.drawn_digits import new_writers_digits
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import (
    CANVAS_SIZE,
    PEN_WIDTH,
    fit_strokes,
    random_placements,
    render_strokes,
)
from model.export.formats import export_model
from model.export.network import load_network
from model.export.web_page import page_html
from model.export.web_page import read as read_page
from model.inference.predictor import Predictor
from model.resources import default_model_path
from tests.model.export.conftest import browser_harness

PAGE_LIMIT_BYTES = 2_500_000
PEN_DIGITS = 8


@pytest.fixture(scope="module")
def default_page(tmp_path_factory, chromium):
    path = tmp_path_factory.mktemp("page") / "digits.html"
    report = export_model(default_model_path(), "html", path)
    page = browser_harness.WebPage(chromium, path)
    yield page, report
    page.close()


@pytest.fixture(scope="module")
def pen_canvases():
    """A few new writers' pen digits placed on the canvas as a person might draw them."""
    digits = new_writers_digits()[::125][:PEN_DIGITS]
    boxes = random_placements(len(digits), (CANVAS_SIZE, CANVAS_SIZE),
                              np.random.default_rng(4))
    return [(digit.label, fit_strokes(digit.strokes, tuple(box)))
            for digit, box in zip(digits, boxes, strict=True)]


def test_small_enough_and_offline(default_page):
    page, report = default_page
    assert report.bytes <= PAGE_LIMIT_BYTES
    assert page.requests == []
    html = page_html(load_network(default_model_path())[0])
    assert "http://" not in html and "https://" not in html


def test_predict_gives_the_apps_answers(default_page, mnist_images):
    page, report = default_page
    got, seconds_per_digit = page.predict(mnist_images)
    expected = Predictor.load(default_model_path()).predict_proba(mnist_images)
    assert np.mean(got.argmax(axis=1) == expected.argmax(axis=1)) >= 0.999
    assert np.abs(got - expected).max() <= 2e-3
    assert seconds_per_digit <= 0.016
    assert np.abs(got - read_page(Path(report.path))(mnist_images)).max() <= 1e-5


def test_preprocessing_is_canvas_to_mnist(default_page, pen_canvases):
    """Same crop, box, resampling and centring: the same digit, within a few grey levels (Pillow
    13 runs the two Lanczos passes of some tall crops in the other order)."""
    page, _ = default_page
    predictor = Predictor.load(default_model_path())
    for _, strokes in pen_canvases:
        gray = render_strokes(strokes, (CANVAS_SIZE, CANVAS_SIZE), PEN_WIDTH)
        expected, got = canvas_to_mnist(gray), page.to_mnist(gray)
        assert np.abs(got - expected).mean() <= 0.01
        assert predictor.predict(got)[0][0] == predictor.predict(expected)[0][0]
    blank = np.full((40, 30), 255, np.uint8)
    assert page.page.evaluate("g => window.digitlab.toMnist(g, 30, 40)",
                              blank.reshape(-1).tolist()) is None


def test_mouse_drawn_pen_digits_read_as_the_app_reads_them(default_page, pen_canvases):
    page, _ = default_page
    predictor = Predictor.load(default_model_path())
    app = page_reads = 0
    for label, strokes in pen_canvases:
        drawn = page.draw(list(strokes), CANVAS_SIZE)
        page.clear()
        app += predictor.predict(canvas_to_mnist(
            render_strokes(strokes, (CANVAS_SIZE, CANVAS_SIZE), PEN_WIDTH)))[0][0] == label
        page_reads += drawn["answer"].startswith(str(label))
        assert len(drawn["image"]) == 784
    assert page_reads >= app - 1
    assert page.requests == []


def test_clear_and_undo(default_page, pen_canvases):
    page, _ = default_page
    _, strokes = pen_canvases[0]
    page.draw(list(strokes), CANVAS_SIZE)
    page.page.click("#undo")
    for _ in strokes[1:]:
        page.page.click("#undo")
    assert page.page.text_content("#answer") == "Draw a digit"
    page.draw(list(strokes), CANVAS_SIZE)
    page.page.evaluate("() => window.digitlab.clear()")
    assert page.page.text_content("#answer") == "Draw a digit"
    assert page.page.evaluate("() => window.digitlab.image().length") == 0


def test_predict_refuses_the_wrong_length(default_page):
    page, _ = default_page
    message = page.page.evaluate(
        "() => { try { window.digitlab.predict([0, 1]); } catch (e) { return e.message; } }")
    assert message.startswith("expected 784 pixels")


@pytest.mark.parametrize("name", ["every-activation-0", "every-activation-1",
                                  "tanh-standardize", "extras"])
def test_every_layer_and_activation_in_the_page(name, all_models, mnist_images, chromium,
                                                tmp_path):
    report = export_model(all_models[name], "html", tmp_path / "m.html")
    page = browser_harness.WebPage(chromium, tmp_path / "m.html")
    try:
        got, _ = page.predict(mnist_images[:200])
    finally:
        page.close()
    expected = Predictor.load(all_models[name]).predict_proba(mnist_images[:200])
    assert np.abs(got - expected).max() <= 2e-3
    assert report.max_abs_difference <= 2e-3
