"""*My drawings*: every kept drawing as a thumbnail drawn from its strokes; delete, export, import.

Thumbnails are drawn only when the list shows them (and then kept), so opening the gallery costs
the same for ten drawings as for ten thousand. Exports and imports touch the disk on a background
thread; the file of kept drawings itself is only ever appended to or atomically replaced.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.background import BackgroundCall
from gui.common.file_dialogs import folder_name, open_file_name, save_file_name
from gui.common.images import gray_image
from gui.common.language import translate
from gui.teach.teach_text import drawing_count
from model.data.my_drawings import (
    DrawingStore,
    LabelledDrawing,
    export_idx,
    read_drawings,
    write_drawings,
)
from model.errors import DigitLabError

THUMBNAIL = 64
MINIMUM = QSize(420, 320)


def jsonl_filter() -> str:
    return translate("Teach", "JSON Lines (*.jsonl);;All files (*)")


class DrawingsModel(QAbstractListModel):
    """The drawings as list items: the label as text, a thumbnail drawn on first demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawings: list[LabelledDrawing] = []
        self._thumbnails: dict[int, QImage] = {}

    def set_drawings(self, drawings: list[LabelledDrawing]) -> None:
        self.beginResetModel()
        self._drawings = drawings
        self._thumbnails = {key: image for key, image in self._thumbnails.items()
                            if key in {id(d) for d in drawings}}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._drawings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        drawing = self._drawings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(drawing.label)
        if role == Qt.ItemDataRole.DecorationRole:
            key = id(drawing)
            if key not in self._thumbnails:
                self._thumbnails[key] = gray_image(drawing.render(THUMBNAIL))
            return self._thumbnails[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not drawing.created:
                return translate("Teach", "A {label}").format(label=drawing.label)
            return translate("Teach", "A {label}, kept {time}").format(
                label=drawing.label, time=drawing.created.replace("T", " ")[:16])
        return None


class DrawingsDialog(QDialog):
    """Browse the kept drawings; ``changed`` fires after drawings were deleted or imported."""

    changed = Signal()

    def __init__(self, store: DrawingStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDrawings")
        self.setWindowTitle(translate("Teach", "My drawings"))
        self.setMinimumSize(MINIMUM)  # fixed: a size set by the layout would follow the text
        self.resize(620, 480)
        self._store = store
        self._call: BackgroundCall | None = None
        self._model = DrawingsModel(self)
        self._summary = QLabel()
        self._summary.setObjectName("drawingsSummary")
        self._summary.setWordWrap(True)
        self._status = QLabel()
        self._status.setObjectName("drawingsStatus")
        self._status.setWordWrap(True)
        self._list = self._make_list()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._delete = self._add_button(
            buttons, translate("Teach", "Delete"), self.delete_selected,
            translate("Teach", "Delete the selected drawings ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.Delete).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        self._file_buttons = [
            self._add_button(buttons, translate("Teach", "Import…"), self._choose_import,
                             translate("Teach", "Add drawings from a JSON Lines file")),
            self._add_button(buttons, translate("Teach", "Export…"), self._choose_export,
                             translate("Teach", "Save all drawings as JSON Lines (strokes and "
                                                "labels)")),
            self._add_button(buttons, translate("Teach", "Export IDX…"), self._choose_idx_folder,
                             translate("Teach", "Save all drawings as MNIST-style IDX images "
                                                "and labels")),
        ]
        QShortcut(QKeySequence.StandardKey.Delete, self._list, self.delete_selected)
        column = QVBoxLayout(self)
        column.addWidget(self._summary)
        column.addWidget(self._list, 1)
        column.addWidget(self._status)
        column.addWidget(buttons)
        self.refresh()

    # Public API (the buttons call these after asking for a file) ------------------------------

    def refresh(self) -> None:
        """Show the store's drawings as they are now."""
        drawings = self._store.drawings()
        self._model.set_drawings(drawings)
        counts = Counter(drawing.label for drawing in drawings)
        self._summary.setText(self._summary_text(len(drawings), counts))
        self._delete.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        """The summary (composed here) and the tooltips (the model's) in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    @staticmethod
    def _summary_text(total: int, counts: Counter) -> str:
        if not counts:
            return translate("Teach", "{drawings}; label one to keep it here").format(
                drawings=drawing_count(total))
        per_digit = QLocale().createSeparatedList([
            translate("Teach", "{label}: {count}").format(label=label, count=counts[label])
            for label in sorted(counts)])
        return translate("Teach", "{drawings} ({per_digit})").format(
            drawings=drawing_count(total), per_digit=per_digit)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self._list.selectionModel().selectedIndexes())

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.confirm(translate(
                "Teach", "Delete {drawings}? This cannot be undone.").format(
                drawings=drawing_count(len(rows)))):
            return
        try:
            self._store.delete(rows)
        except DigitLabError as error:
            self.show_error(translate("Teach", "Cannot delete"), str(error))
        self.refresh()
        self.changed.emit()

    def import_file(self, path: str) -> None:
        """Add every drawing of a JSON Lines file, or none if any line is bad."""
        self._in_background(lambda: read_drawings(path), self._add_imported)

    def export_jsonl(self, path: str) -> None:
        drawings = self._store.drawings()
        self._in_background(lambda: write_drawings(path, drawings),
                            lambda _: self._status.setText(
                                translate("Teach", "Saved {drawings} as {path}").format(
                                    drawings=drawing_count(len(drawings)), path=path)))

    def export_idx(self, folder: str) -> None:
        drawings = self._store.drawings()
        self._in_background(lambda: export_idx(folder, drawings),
                            lambda paths: self._status.setText(
                                translate("Teach", "Saved {files}").format(
                                    files=QLocale().createSeparatedList(
                                        [str(path) for path in paths]))))

    def is_busy(self) -> bool:
        return self._call is not None

    def confirm(self, text: str) -> bool:
        """Ask yes or no (tests replace this)."""
        answer = QMessageBox.question(self, translate("Teach", "My drawings"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        """Say what went wrong (tests replace this)."""
        QMessageBox.warning(self, title, text)

    # Inside -------------------------------------------------------------------------------------

    def _make_list(self) -> QListView:
        view = QListView()
        view.setObjectName("drawingsList")
        view.setAccessibleName(translate("Teach", "Drawings"))
        view.setAccessibleDescription(translate(
            "Teach", "The drawings you labelled, each as its digit; select some to delete them"))
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setMovement(QListView.Movement.Static)
        view.setUniformItemSizes(True)
        view.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setModel(self._model)
        view.selectionModel().selectionChanged.connect(
            lambda: self._delete.setEnabled(bool(self.selected_rows())))
        return view

    def _add_button(self, box: QDialogButtonBox, text: str, slot: Callable[[], None],
                    tip: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _choose_import(self) -> None:
        path = open_file_name(self, translate("Teach", "Import drawings"), "drawings",
                              jsonl_filter())
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path = save_file_name(self, translate("Teach", "Export drawings"), "drawings",
                              "my-drawings.jsonl", jsonl_filter())
        if path:
            self.export_jsonl(path)

    def _choose_idx_folder(self) -> None:
        folder = folder_name(self, translate("Teach", "Export drawings as IDX files into"),
                             "drawings")
        if folder:
            self.export_idx(folder)

    def _in_background(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run ``work`` off the GUI thread (one at a time), then ``then(result)`` on it."""
        for button in self._file_buttons:
            button.setEnabled(False)
        self._call = BackgroundCall(work, self, name="my drawings file")
        self._call.succeeded.connect(lambda result: (self._finish_call(), then(result)))
        self._call.failed.connect(lambda error: (self._finish_call(),
                                                 self.show_error(
                                                     translate("Teach", "My drawings"),
                                                     str(error))))
        self._call.start()

    def _finish_call(self) -> None:
        self._call.deleteLater()
        self._call = None
        for button in self._file_buttons:
            button.setEnabled(True)

    def _add_imported(self, drawings: list[LabelledDrawing]) -> None:
        try:
            self._store.add(drawings)
        except DigitLabError as error:
            self.show_error(translate("Teach", "Cannot import"), str(error))
            return
        self.refresh()
        self.changed.emit()
        self._status.setText(translate("Teach", "Imported {drawings}").format(
            drawings=drawing_count(len(drawings))))
