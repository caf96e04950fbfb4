"""Files handed to the window when it starts (``digitlab FILE…``: a desktop's "Open with DigitLab",
whose entry runs ``digitlab %F``), each opened as what it is.

A model (``.keras``/``.h5``) becomes the active model; a file a feature takes (a drawings file,
``.jsonl``, into My drawings; a lesson) goes to it as if dropped on the window; anything else is
read as a picture for the canvas (File ▸ Open picture… reads one the same way).
Files open in the order given, so the last model and the last picture are the ones left showing;
each one that cannot be opened says why in one message and the others still open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gui.common.file_dialogs import open_file_name, picture_filter
from gui.common.language import error_text, translate
from model.drawing.images import load_drawing
from model.errors import DigitLabError
from model.files.formats import is_model_file

if TYPE_CHECKING:
    from gui.feature import Host


def open_given_files(window: Host, paths: list[Path]) -> None:
    """Open each of ``paths`` in ``window`` as a model, a feature's file or a picture."""
    for path in paths:
        handler = window.file_handler(path)
        if is_model_file(path):
            window.open_model(path)
        elif handler is not None:
            handler(path)
        else:
            show_picture(window, path)


def choose_picture(window: Host) -> None:
    """File ▸ Open picture…: a picture chosen in a file dialog, read as if given at start."""
    path = open_file_name(window, translate("Window", "Open picture"), "images", picture_filter())
    if path:
        show_picture(window, Path(path))


def show_picture(window: Host, path: Path) -> bool:
    """Put the picture at ``path`` on the canvas; False (saying why in one line) when it
    cannot be read, leaving the drawing as it was."""
    try:
        window.canvas().set_picture(load_drawing(path))
    except DigitLabError as error:
        window.show_error(translate("Window", "Cannot read image"), error_text(error))
        return False
    window.notify(translate("Window", "Opened {path}").format(path=path))
    return True
