"""The Lessons panel for a screen reader and in another language: every control named, ticks
spoken as words, the panel's own texts set again when the language changes while the lesson's
content stays as the teacher wrote it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QListWidget

from tests.gui.runs.test_runs_accessible import language_changed
from tests.gui.window_texts import unnamed_focusable


def test_every_focusable_control_of_the_lessons_panel_has_a_name(host):
    window, _, lessons = host
    window.findChild(QDockWidget, "lessonsDock").show()
    lessons.show_list()
    assert unnamed_focusable(lessons) == []
    lessons.open_lesson("first-network")
    assert unnamed_focusable(lessons) == []
    assert lessons.view().text().accessibleName()


def test_the_steps_say_done_or_to_do_in_words(host):
    _, _, lessons = host
    lessons.open_lesson("first-network")
    steps = lessons.view().findChild(QListWidget, "lessonSteps")
    first = lessons.lesson().steps[0]
    spoken = steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"Step 1, to do: {first.title}"
    lessons.view().set_done(frozenset({0}))
    assert steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == \
        f"Step 1, done: {first.title}"


def test_a_language_change_labels_the_lists_again(host):
    """List items are not in the switch's walk: they follow ``LanguageChange``."""
    _, _, lessons = host
    listed = lessons.findChild(QListWidget, "lessonList")
    before = [listed.item(row).text() for row in range(listed.count())]
    for row in range(listed.count()):
        listed.item(row).setText("stale")
    language_changed(lessons)
    assert [listed.item(row).text() for row in range(listed.count())] == before
    assert lessons.lessons()[0].title in before[0]  # the teacher's title, as written
    lessons.open_lesson("first-network")
    steps = lessons.view().findChild(QListWidget, "lessonSteps")
    question = steps.item(steps.count() - 1)
    question.setText("stale")
    QCoreApplication.sendEvent(lessons.view(), QEvent(QEvent.Type.LanguageChange))
    assert question.text() == "? A question to think about"
