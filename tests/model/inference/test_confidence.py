"""One rule for "never show 100%": where the rounded figure would read 100."""

from __future__ import annotations

import pytest

from model.inference.confidence import confidence_text


@pytest.mark.parametrize(("probability", "decimals", "expected"), [
    (0.873, 0, "87%"), (0.9949, 0, "99%"), (0.995, 0, "> 99%"), (1.0, 0, "> 99%"),
    (0.9949, 1, "99.5%"), (0.99949, 1, "99.9%"), (0.9995, 1, "> 99.9%"), (0.0, 1, "0.0%"),
    (0.99999, 2, "> 99.99%"), (float("nan"), 0, "nan%")])
def test_a_probability_never_reads_100_percent(probability, decimals, expected):
    assert confidence_text(probability, decimals) == expected
