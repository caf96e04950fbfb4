"""The Runs tab for a screen reader and in another language: every control named, the curves
in words and rows that follow the selection, texts set again when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QWidget

from gui.runs.table import run_duration
from model.history.records import DAMAGED, END_TEXTS, UNFINISHED, end_text
from model.training.events import EndReason
from tests.gui.runs.test_runs_view import cells, select, shown
from tests.gui.window_texts import unnamed_focusable
from tests.model.history.fake_runs import fake_run


def language_changed(widget: QWidget) -> None:
    """What a translator's arrival sends every widget."""
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def german_numbers() -> None:
    """Numbers and dates in German from now on (the translations are not built yet: the locale
    alone shows that texts were made again, as a switch of language changes both)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def test_every_focusable_control_of_the_runs_tab_has_a_name(qtbot, view, history):
    """The runs table was unnamed to a screen reader (issue 16)."""
    fake_run(history), fake_run(history)
    shown(qtbot, view)
    select(qtbot, view, 0, 1)
    assert unnamed_focusable(view.window()) == []
    view.comparison().show_as_table(True)
    assert unnamed_focusable(view.window()) == []
    assert view.table().accessibleName() and view.table().accessibleDescription()


def test_the_curves_in_words_follow_the_selection(qtbot, view, history):
    first, second = fake_run(history, accuracy=0.8), fake_run(history, epochs=2, accuracy=0.95)
    shown(qtbot, view)
    comparison = view.comparison()
    assert "No runs selected" in comparison.figures_text()
    select(qtbot, view, 0, 1)
    text = comparison.figures_text()
    assert f"#{first} " in text and f"#{second} " in text
    assert "after epoch 2 of 2" in text and "after epoch 3 of 3" in text
    assert "test accuracy 95.00%" in text and "test accuracy 80.00%" in text
    select(qtbot, view, 1)  # the table shows the newest first: row 1 is the first run
    assert f"#{second} " not in comparison.figures_text()
    assert f"#{first} " in comparison.figures_text()


def test_the_curves_as_a_table_list_every_epoch_of_the_selected_runs(qtbot, view, history):
    first, second = fake_run(history, epochs=3), fake_run(history, epochs=2)
    shown(qtbot, view)
    select(qtbot, view, 0, 1)
    comparison = view.comparison()
    comparison.show_as_table(True)
    table = comparison.figures_table()
    assert table.isVisibleTo(view.window())
    rows = table.rows()
    assert [(row[0].split()[0], row[1]) for row in rows] == [
        (f"#{second}", "1"), (f"#{second}", "2"), (f"#{first}", "1"), (f"#{first}", "2"),
        (f"#{first}", "3")]
    assert rows[0][0] == comparison.shown()[0].label()  # the legend's name of the run
    record = comparison.shown()[1]
    last = record.epochs[-1]
    assert rows[-1][2] == f"{last['loss']:.3f}"
    assert rows[-1][5] == f"{100 * last['val_accuracy']:.2f}%"
    select(qtbot, view, 0)
    assert {row[0].split()[0] for row in table.rows()} == {f"#{second}"}


def test_a_language_change_labels_the_curves_and_the_table_again(qtbot, view, history):
    """pyqtgraph's labels and the hand-made texts are not in the switch's walk: they follow
    ``LanguageChange`` (the locale changed under them, as a switch changes it)."""
    fake_run(history, accuracy=0.9)
    shown(qtbot, view)
    select(qtbot, view, 0)
    comparison = view.comparison()
    assert comparison.axis_labels() == {"loss": "loss", "accuracy": "accuracy (%)",
                                        "epoch": "epoch"}
    for plot in (comparison._loss, comparison._accuracy):
        plot.setLabel("left", "stale")
    comparison._accuracy.setLabel("bottom", "stale")
    german = "90,00%"
    german_numbers()
    language_changed(comparison)
    assert comparison.axis_labels() == {"loss": "loss", "accuracy": "accuracy (%)",
                                        "epoch": "epoch"}
    assert german in comparison.figures_text() and german in comparison.legend_text()
    assert "," in comparison.figures_table().rows()[-1][2]  # the loss, 0,xxx
    language_changed(view.table())
    assert cells(view, 3) == [german]


def test_the_table_cells_speak_the_locale(qtbot, view, history):
    german_numbers()
    fake_run(history, accuracy=0.9)
    shown(qtbot, view)
    assert cells(view, 3) == ["90,00%"]
    assert cells(view, 1)[0].startswith("14.05.")


def test_every_ending_a_run_can_have_reads_as_words_to_translate():
    """The table showed the stored value ("early stopped" from ``early_stopped``), which no
    catalogue could hold: each ending is now a marked text."""
    assert set(END_TEXTS) == {*EndReason, UNFINISHED, DAMAGED}
    assert end_text("early_stopped") == "early stopped"
    assert end_text("nan") == "loss not a number"


def test_durations_speak_the_locale():
    assert [run_duration(s) for s in (42.14, 185, 3725, None)] == \
        ["42.1 s", "3 min 05 s", "1 h 02 min", ""]
    german_numbers()
    assert run_duration(42.14) == "42,1 s"
