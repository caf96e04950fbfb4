"""The Teach feature's sentences: in English they read as the command line's, and the gallery
names its list and says its summary again on a language change."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QListView

from gui.teach.gallery import DrawingsDialog
from gui.teach.teach_text import adaptation_result, drawing_count
from model.data.my_drawings import DrawingStore
from model.training.adaptation_report import AdaptationReport, ClassScore

REPORTS = (
    AdaptationReport("base.keras", "/base.keras", 5, 3, 1.0, (ClassScore(7, 5, 3, 5),),
                     0.9902, 0.9895),
    AdaptationReport("base.keras", "/base.keras", 9, 3, 1.0,
                     (ClassScore(7, 5, 3, 5), ClassScore(1, 4, 4, 4))),
)


def test_the_window_says_the_adaptation_as_the_command_line_does_in_english():
    for report in REPORTS:
        assert adaptation_result(report) == f"{report.describe()}."


def test_one_drawing_and_many():
    assert (drawing_count(1), drawing_count(3)) == ("1 drawing", "3 drawings")


def test_the_gallery_names_its_list_and_says_its_summary_again(qtbot, tmp_path):
    dialog = DrawingsDialog(DrawingStore(tmp_path / "drawings.jsonl"))
    qtbot.addWidget(dialog)
    listing = dialog.findChild(QListView, "drawingsList")
    assert listing.accessibleName() == "Drawings" and listing.accessibleDescription()
    summary = dialog.findChild(QLabel, "drawingsSummary")
    expected = summary.text()
    summary.setText("stale")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert summary.text() == expected == "0 drawings; label one to keep it here"
    assert DrawingsDialog._summary_text(3, Counter({7: 2, 1: 1})) == "3 drawings (1: 1, 7: 2)"
