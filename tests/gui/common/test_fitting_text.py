"""Lesson pictures fit a narrow panel: a learner saw a corner of the first lesson's diagram and a
horizontal scroll bar in a 240 px dock."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from gui.common.fitting_text import FittingTextBrowser, pictures
from model.resources import resource_path

FOLDER = resource_path("lessons", "first-network")
PICTURE_WIDTH = 300  # network.png's own width, at least


def browser_at(qtbot, width: int) -> FittingTextBrowser:
    browser = FittingTextBrowser()
    qtbot.addWidget(browser)
    browser.setSearchPaths([str(FOLDER)])
    browser.document().setBaseUrl(QUrl.fromLocalFile(f"{FOLDER}/"))
    browser.resize(width, 500)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setMarkdown((FOLDER / "1-meet.md").read_text(encoding="utf-8"))
    return browser


def picture_widths(browser: FittingTextBrowser) -> list[float]:

    block, widths = browser.document().begin(), []
    while block.isValid():
        widths += [picture.width() for _, _, picture in pictures(block)]
        block = block.next()
    return widths


def test_a_picture_shrinks_to_a_narrow_browser_and_grows_back(qtbot):
    browser = browser_at(qtbot, 240)
    qtbot.wait(10)
    (narrow,) = picture_widths(browser)
    assert narrow <= browser.room() and browser.horizontalScrollBar().maximum() == 0
    drawn = browser.viewport().grab().toImage()
    blue = sum(drawn.pixelColor(x, y).blue() > drawn.pixelColor(x, y).red() + 60
               for x in range(0, drawn.width(), 2) for y in range(0, drawn.height(), 2))
    assert blue > 100, "the diagram's blue units are drawn, not squeezed to nothing"
    browser.resize(1200, 500)
    qtbot.wait(10)
    (wide,) = picture_widths(browser)
    assert PICTURE_WIDTH <= wide < browser.room(), "never drawn larger than it is"
