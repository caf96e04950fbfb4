"""File ▸ Export model ▸ …: the model in use written in another format, checked, off the GUI
thread.

Each format is :mod:`model.export`'s; the export runs in a child process
(:func:`~model.export.formats.export_in_child`), so the window never imports TensorFlow (LiteRT
needs it) nor onnx, and reads the written file back against the app's own answers before it
says where the file went. The model must be in a file: a network just trained, adapted or opened
is; live weights while training are not (the menu says to wait for the run's end).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gui.active.owner import ModelInUse
from gui.common.background import BackgroundCall
from gui.common.file_dialogs import folder_name, name_filter, save_file_name
from gui.common.language import error_text, number, percent, translate, translated
from gui.feature import Feature, Host
from model.export.formats import FORMATS, ExportFormat, ExportReport, export_in_child


def no_file_tip() -> str:
    return translate("Share", "Live weights have no file yet: export the network when its run "
                              "ends.")


def cannot_export() -> str:
    return translate("Share", "Cannot export model")


def report_line(report: ExportReport) -> str:
    """The status bar's line for a finished export (the command line's is
    :meth:`~model.export.formats.ExportReport.describe`, in English)."""
    return translate("Share", "Wrote {format} to {path} ({size} MB); on {images} MNIST test "
                              "images it gives the app's top class {same} of the time, "
                              "probabilities within {difference}").format(
        format=translated(FORMATS[report.format].title), path=report.path,
        size=number(report.bytes / 1e6, 2), images=number(report.images_checked),
        same=percent(100 * report.same_top_class, 2),
        difference=f"{report.max_abs_difference:.1e}")


class ModelExport(QObject, Feature):
    """The Export submenu of the File menu, one action per format; one export at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._call: BackgroundCall | None = None
        self._menu = QMenu(translate("Share", "&Export model"))
        self._menu.setObjectName("exportMenu")
        for fmt in FORMATS.values():
            self._menu.addAction(self._format_action(fmt))

    def attach(self, host: Host) -> None:
        self.setParent(host)
        self._host = host
        self._menu.setParent(host, self._menu.windowFlags())
        host.add_menu_action("save", self._menu.menuAction())
        host.active_model().changed.connect(self._follow_model)
        self._follow_model(host.active_model().current())

    def shutdown(self) -> None:
        """Wait for an export in progress: no half-written file outlives the window."""
        if self._call is not None:
            self._call.wait()

    def export(self, name: str, out: str | Path) -> bool:
        """Export the model in use as format ``name`` to ``out`` in the background; False (with
        a dialog) when it cannot start."""
        current = self._host.active_model().current()
        if current is None or current.file is None:
            self._host.show_error(cannot_export(), no_file_tip())
            return False
        if self._call is not None:
            self._host.show_error(translate("Share", "Cannot export now"),
                                  translate("Share", "Wait until the last export ends."))
            return False
        source, title = current.file, translated(FORMATS[name].title)
        self._call = BackgroundCall(lambda: export_in_child(source, name, out), self,
                                    name=f"exporting {out}")
        self._call.succeeded.connect(self._exported)
        self._call.failed.connect(self._failed)
        self._call.start()
        self._follow_model(current)
        self._host.notify(translate("Share", "Exporting {name} as {format} to {path}…")
                          .format(name=current.name, format=title, path=out), 60_000)
        return True

    def _format_action(self, fmt: ExportFormat) -> QAction:
        title = translated(fmt.title)
        action = QAction(translate("Share", "{format}…").format(format=title), self)
        action.setObjectName(f"export-{fmt.name}")
        action.setStatusTip(translate("Share", "Write the model in use as {format}, checked "
                                               "against DigitLab's own answers")
                            .format(format=title))
        action.triggered.connect(lambda: self._choose_and_export(fmt))
        return action

    def _choose_and_export(self, fmt: ExportFormat) -> None:
        current = self._host.active_model().current()
        stem = Path(current.name).stem if current is not None else "model"
        title = translated(fmt.title)
        if fmt.is_folder:
            parent = folder_name(self._host, translate("Share", "Export {format} into a new "
                                                                "folder in").format(format=title),
                                 "exports")
            out = str(Path(parent) / f"{stem}-{fmt.name}") if parent else ""
        else:
            out = save_file_name(self._host, translate("Share", "Export {format}")
                                 .format(format=title), "exports", f"{stem}{fmt.suffix}",
                                 name_filter(title, [fmt.suffix]))
        if out:
            self.export(fmt.name, out)

    def _follow_model(self, model: ModelInUse | None) -> None:
        exportable = model is not None and model.file is not None and self._call is None
        self._menu.setEnabled(exportable)
        self._menu.menuAction().setToolTip("" if exportable else no_file_tip())

    def _exported(self, report: ExportReport) -> None:
        self._forget_call()
        self._host.notify(report_line(report), 30_000)

    def _failed(self, error: Exception) -> None:
        self._forget_call()
        self._host.show_error(cannot_export(), error_text(error))

    def _forget_call(self) -> None:
        self._call.deleteLater()
        self._call = None
        self._follow_model(self._host.active_model().current())
