"""What a drop onto the canvas carries, as a drawing: an image file, or image data.

Image data comes as whatever the dragging program put in: a decoded QImage or QPixmap, or encoded
bytes, or something that did not decode at all (a null QImage). Encoded bytes and files are
decoded by ``model.drawing.images``, never by Qt's image readers (Qt's WebP reader crashed the
process on a truncated file), so their sizes are checked from the header before decoding and a
damaged one is refused in one line. Every picture goes through the same ``drawing_from_gray`` as
files on the command line. Anything unusable raises ``ImageFileError``, which the canvas reports
while keeping the drawing it has.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QImage, QPixmap

from gui.common.images import flatten_on_white
from gui.common.language import translate
from model.drawing.images import (
    ImageFileError,
    check_image_size,
    drawing_from_bytes,
    drawing_from_gray,
    load_drawing,
)


def dropped_data() -> str:
    """What the messages call a drop's image data (a drop has no file name)."""
    return translate("Draw", "the dropped image")


def can_drop(mime: QMimeData) -> bool:
    """Whether ``mime`` carries image data or a local file worth trying."""
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


def dropped_drawing(mime: QMimeData) -> np.ndarray:
    """The picture in ``mime`` as a dark-on-white drawing; image data wins over a file."""
    if mime.hasImage():
        data = mime.imageData()
        if isinstance(data, QByteArray | bytes):
            return drawing_from_bytes(bytes(data), dropped_data())
        return drawing_from_gray(flatten_on_white(_image(data)))
    return load_drawing(next(url.toLocalFile() for url in mime.urls() if url.isLocalFile()))


def _image(data: object) -> QImage:
    """The dropped image data as a QImage of at most ``MAX_IMAGE_PIXELS``."""
    if isinstance(data, QPixmap):
        data = data.toImage()
    if not isinstance(data, QImage) or data.isNull():
        found = (translate("Draw", "nothing Qt could decode") if isinstance(data, QImage)
                 else type(data).__name__)
        raise ImageFileError(translate(
            "Draw", "cannot read this image: expected a picture in {source}, found {found}"
        ).format(source=dropped_data(), found=found))
    check_image_size(data.width(), data.height(), dropped_data())
    return data
