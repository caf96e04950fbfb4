"""The Lessons panel's fixture: a window with the Train panel and Lessons attached."""

from __future__ import annotations

import pytest

from gui.lessons.panel import LessonsPanel
from gui.train.panel import TrainingPanel
from tests.gui.helpers import Errors


@pytest.fixture
def host(qtbot, bare_window):
    """A window with the Train panel and Lessons attached, as the app attaches them."""
    training = TrainingPanel()
    training.errors = Errors()
    training.show_error = training.errors
    bare_window.add_feature(training)
    lessons = LessonsPanel()
    bare_window.add_feature(lessons)
    yield bare_window, training, lessons
    training.shutdown()
