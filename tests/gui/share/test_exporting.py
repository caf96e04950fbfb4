"""File ▸ Export model in the window: each format in the menu, the model in use written in the
background and checked, and what cannot be exported said in one line."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from gui.active.owner import ModelInUse, Origin
from gui.common.language import percent
from gui.share.exporting import ModelExport, no_file_tip
from model.export.formats import FORMATS

EXPORT_TIMEOUT_MS = 120_000


def attached(window) -> ModelExport:
    export = ModelExport()
    window.add_feature(export)
    return export


def test_every_format_is_in_the_file_menu(window):
    attached(window)
    menu = window.findChild(QMenu, "exportMenu")
    assert menu.menuAction() in window.findChild(QMenu, "fileMenu").actions()
    assert [a.text() for a in menu.actions()] == [f"{f.title}…" for f in FORMATS.values()]
    assert menu.isEnabled()


def test_the_model_in_use_is_exported_checked_and_the_window_says_where(window, tmp_path,
                                                                         qtbot):
    export = attached(window)
    out = tmp_path / "digits.onnx"
    assert export.export("onnx", out)
    assert not window.findChild(QMenu, "exportMenu").isEnabled(), "one export at a time"
    qtbot.waitUntil(lambda: "Wrote ONNX" in window.statusBar().currentMessage(),
                    timeout=EXPORT_TIMEOUT_MS)
    message = window.statusBar().currentMessage()
    assert str(out) in message and percent(100, 2) in message and out.is_file()
    assert window.errors == [] and window.findChild(QMenu, "exportMenu").isEnabled()


def test_live_weights_cannot_be_exported_until_the_run_ends(window):
    export = attached(window)
    window.active_model().use(ModelInUse(window.predictor(), "epoch 2", None, Origin.LIVE))
    menu = window.findChild(QMenu, "exportMenu")
    assert not menu.isEnabled() and menu.menuAction().toolTip() == no_file_tip()
    assert export.export("html", "x.html") is False
    assert window.errors == [("Cannot export model", no_file_tip())]


def test_an_output_that_cannot_be_written_is_said_in_one_line(window, tmp_path, qtbot):
    export = attached(window)
    assert export.export("html", tmp_path / "missing" / "page.html")
    qtbot.waitUntil(lambda: window.errors != [], timeout=EXPORT_TIMEOUT_MS)
    ((title, text),) = window.errors
    assert title == "Cannot export model" and "missing" in text and "\n" not in text
