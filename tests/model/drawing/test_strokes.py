"""Fitting strokes into a box and rendering them as the canvas's round pen does."""

from __future__ import annotations

import numpy as np
import pytest

from model.drawing.strokes import fit_strokes, render_strokes


def test_fit_strokes_fills_the_box_keeping_aspect_centred():
    strokes = (np.array([[0.0, 0.0], [10.0, 40.0]]), np.array([[5.0, 20.0]]))
    fitted = fit_strokes(strokes, (100.0, 50.0, 80.0, 60.0))
    points = np.concatenate(fitted)
    low, high = points.min(axis=0), points.max(axis=0)
    np.testing.assert_allclose(high - low, [15.0, 60.0])  # tall: height fills, width keeps 1:4
    np.testing.assert_allclose((low + high) / 2, [140.0, 80.0])
    np.testing.assert_allclose(fitted[1], [[140.0, 80.0]])


@pytest.mark.parametrize("strokes, extent", [
    ((np.array([[3.0, 7.0], [9.0, 7.0]]),), [80.0, 0.0]),  # a horizontal line: width fills
    ((np.array([[3.0, 7.0]]),), [0.0, 0.0]),  # a dot stays a dot
])
def test_fit_strokes_handles_zero_extent(strokes, extent):
    points = np.concatenate(fit_strokes(strokes, (10.0, 20.0, 80.0, 60.0)))
    np.testing.assert_allclose(np.ptp(points, axis=0), extent)
    np.testing.assert_allclose((points.min(axis=0) + points.max(axis=0)) / 2, [50.0, 50.0])


def distance_to_polyline(shape: tuple[int, int], polyline: np.ndarray) -> np.ndarray:
    """Every pixel centre's distance to the polyline, in pixels."""
    rows, cols = np.mgrid[0:shape[0], 0:shape[1]]
    pixels = np.stack([cols, rows], axis=-1)[..., None, :].astype(float)
    start, end = polyline[:-1], polyline[1:]
    t = np.clip(((pixels - start) * (end - start)).sum(-1) / ((end - start) ** 2).sum(-1), 0, 1)
    return np.linalg.norm(pixels - (start + t[..., None] * (end - start)), axis=-1).min(axis=-1)


def test_render_puts_ink_on_the_strokes_and_white_elsewhere():
    polyline = np.array([[20.0, 30.0], [100.0, 40.0], [60.0, 90.0]])
    gray = render_strokes((polyline,), (130, 110), 10.0)
    assert gray.shape == (110, 130) and gray.dtype == np.uint8
    distance = distance_to_polyline(gray.shape, polyline)
    assert (gray[distance <= 4.0] <= 16).all()  # inside the pen: black
    assert (gray[distance >= 6.0] == 255).all()  # beyond the pen and its anti-aliased edge: white
    edge = gray[(distance > 4.5) & (distance < 5.5)]
    assert ((edge > 0) & (edge < 255)).mean() > 0.5  # anti-aliased edge


def test_render_one_point_stroke_is_a_round_dot():
    gray = render_strokes((np.array([[20.0, 15.0]]),), (40, 30), 12.0)
    ink = (255 - gray.astype(float)) / 255
    assert ink.sum() == pytest.approx(np.pi * 6**2, rel=0.02)
    rows, cols = np.nonzero(ink)
    np.testing.assert_allclose(np.average([cols, rows], axis=1, weights=ink[rows, cols]), [20, 15],
                               atol=0.05)
