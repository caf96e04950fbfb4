"""The one way a run's batch curves are downsampled and smoothed, for every view."""

from __future__ import annotations

import math

import numpy as np
import pytest

from model.history.curves import BATCH_POINTS, SMOOTHING_EPOCHS, BatchCurve, smoothed


@pytest.mark.parametrize("batches", [1, 7, BATCH_POINTS, BATCH_POINTS + 1, 84_400])
def test_batch_losses_are_kept_in_at_most_2000_points_that_keep_the_mean(batches):
    curve = BatchCurve()
    for step in range(batches):
        curve.add(step / 100, float(step % 10))
    positions, losses = curve.points()
    assert 0 < len(positions) == len(losses) <= BATCH_POINTS
    assert positions == sorted(positions) and positions[-1] <= (batches - 1) / 100
    if batches <= BATCH_POINTS:
        assert len(losses) == batches  # nothing averaged away while there is room
    else:
        assert len(losses) > BATCH_POINTS // 2
        assert sum(losses[:-1]) / len(losses[:-1]) == pytest.approx(4.5, abs=0.05)


def test_smoothing_is_a_centred_mean_over_a_quarter_of_an_epoch():
    positions = np.arange(1, 41) / 40  # 40 points an epoch: windows of 10
    values = np.arange(40.0)
    assert SMOOTHING_EPOCHS == 0.25
    expected = np.convolve(values, np.ones(10), "same") / np.convolve(np.ones(40), np.ones(10),
                                                                      "same")
    np.testing.assert_allclose(smoothed(positions, values), expected)


def test_smoothing_keeps_gaps_where_a_loss_was_not_finite():
    values = [1.0, 2.0, None, math.inf, 3.0, 4.0]
    result = smoothed([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], values)
    assert np.isnan(result[2:4]).all() and np.isfinite(result[[0, 1, 4, 5]]).all()


@pytest.mark.parametrize("points", [0, 1, 2, 5])
def test_a_run_shorter_than_the_smoothing_window_is_smoothed_without_error(points):
    """A run stopped within a tenth of an epoch has fewer points than a quarter epoch's window
    (np.convolve "same" then returned an array of the window's length, not the curve's)."""
    positions = [0.001 * (i + 1) for i in range(points)]
    result = smoothed(positions, [2.0 + i for i in range(points)])
    assert result.shape == (points,)
    assert ((result >= 2.0) & (result <= 2.0 + max(points - 1, 0))).all()
