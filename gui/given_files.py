"""Files handed to the window when it starts (``digitlab FILE…``: a desktop's "Open with DigitLab",
whose entry runs ``digitlab %F``), each opened as what it is.

A model (``.keras``/``.h5``) becomes the active model; a file a feature takes (a drawings file,
``.jsonl``, into My drawings; a lesson) goes to it as if dropped on the window; anything else is
read as a picture for the canvas.
Files open in the order given, so the last model and the last picture are the ones left showing;
each one that cannot be opened says why in one message and the others still open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from model.drawing.images import load_drawing
from model.errors import DigitLabError
from model.files.formats import is_model_file

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def open_given_files(window: MainWindow, paths: list[Path]) -> None:
    """Open each of ``paths`` in ``window`` as a model, a feature's file or a picture."""
    for path in paths:
        handler = window.file_handler(path)
        if is_model_file(path):
            window.open_model(path)
        elif handler is not None:
            handler(path)
        else:
            _show_picture(window, path)


def _show_picture(window: MainWindow, path: Path) -> None:
    try:
        window.canvas().set_picture(load_drawing(path))
    except DigitLabError as error:
        window.show_error("Cannot read image", str(error))
