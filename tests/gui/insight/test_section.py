"""Two pictures side by side share the width evenly, whatever their titles say: in Chinese the
close-up's longer title once took the width and shrank the "why" picture to 3 px a pixel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.insight.section import Section
from gui.insight.tile_grid import TileGrid


def side_by_side(qtbot, *titles: str) -> tuple[QWidget, list[Section]]:
    """Sections with these titles sharing a row, as the Inside tab shows its two pictures."""
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    sections = [Section(TileGrid(4, columns=1), f"section{index}")
                for index in range(len(titles))]
    for section, title in zip(sections, titles, strict=True):
        section.set_title(title)
        layout.addWidget(section, 1)
    return row, sections


def laid_out(row: QWidget, width: int) -> None:
    """``row`` resized and laid out as shown, without a window."""
    row.resize(width, 400)
    row.layout().activate()


def test_a_long_title_neither_widens_its_section_nor_lowers_its_neighbours(qtbot):
    row, (short, long) = side_by_side(
        qtbot, "Why?", "hidden_2 层，神经元 61 — a title far longer than its picture is wide")
    long.set_text("Two lines of explanation under it, " * 4)
    laid_out(row, 300)
    assert abs(short.width() - long.width()) <= 1
    titles = [section.findChildren(QLabel)[0] for section in (short, long)]
    assert titles[0].mapTo(row, titles[0].rect().topLeft()).y() == (
        titles[1].mapTo(row, titles[1].rect().topLeft()).y())


def test_an_explanation_beside_other_controls_gets_the_lines_it_wraps_to(qtbot):
    """The Weights tab's hint sits beside the size chooser: in German at 1366×768 it wrapped
    to two lines in a row one line high, and both lines were cut."""
    row = QWidget()
    qtbot.addWidget(row)
    column = QVBoxLayout(row)
    controls = QHBoxLayout()
    hint = Section.explanation("Zeig auf eine Einheit, um sie abzulesen. " * 2)
    controls.addWidget(hint, 1)
    controls.addWidget(QComboBox())
    column.addLayout(controls)
    column.addStretch(1)
    row.resize(200, 400)
    column.activate()
    one_line = hint.fontMetrics().lineSpacing()
    assert hint.heightForWidth(hint.width()) > 2 * one_line  # the case the test is about
    assert hint.height() >= hint.heightForWidth(hint.width())


def test_pictures_side_by_side_stand_level_when_one_title_wraps(qtbot):
    """In German at 1366×768 "Schicht hidden_2, Einheit 40" wrapped beside "Warum „1“?" and the
    two pictures stood a line apart."""
    row, (short, wrapped) = side_by_side(qtbot, "Warum „1“?", "Schicht hidden_2, Einheit 40")
    for section in (short, wrapped):
        section.keep_heading_lines(2)
    laid_out(row, 2 * wrapped.fontMetrics().horizontalAdvance("Schicht hidden_2,") + 40)
    heading = wrapped.findChildren(QLabel)[0]
    assert heading.heightForWidth(heading.width()) > heading.fontMetrics().lineSpacing()  # wraps
    assert short.grid.mapTo(row, short.grid.rect().topLeft()).y() == (
        wrapped.grid.mapTo(row, wrapped.grid.rect().topLeft()).y())
    titles = [section.findChildren(QLabel)[0] for section in (short, wrapped)]
    assert all(title.alignment() & Qt.AlignmentFlag.AlignTop for title in titles)  # level too
