"""What a drop onto the canvas carries, as a drawing: an image file, or image data.

Image data comes as whatever the dragging program put in: a decoded QImage or QPixmap, or encoded
bytes, or something that did not decode at all (a null QImage). Sizes are checked against
``model.drawing.images.MAX_IMAGE_PIXELS`` before decoding wherever there is still a choice (the
file's header, QImageReader's), and every picture goes through the same
``drawing_from_gray`` as files on the command line. Anything unusable raises ``ImageFileError``,
which the canvas reports while keeping the drawing it has.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QMimeData
from PySide6.QtGui import QImage, QImageReader, QPixmap

from gui.common.images import flatten_on_white
from model.drawing.images import (
    ImageFileError,
    check_image_size,
    drawing_from_gray,
    load_drawing,
)

DROPPED_DATA = "the dropped image"


def can_drop(mime: QMimeData) -> bool:
    """Whether ``mime`` carries image data or a local file worth trying."""
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


def dropped_drawing(mime: QMimeData) -> np.ndarray:
    """The picture in ``mime`` as a dark-on-white drawing; image data wins over a file."""
    if mime.hasImage():
        return drawing_from_gray(flatten_on_white(_image(mime.imageData())))
    return load_drawing(next(url.toLocalFile() for url in mime.urls() if url.isLocalFile()))


def _image(data: object) -> QImage:
    """The dropped image data as a QImage of at most ``MAX_IMAGE_PIXELS``."""
    if isinstance(data, QByteArray | bytes):
        data = _decoded(QByteArray(data))
    elif isinstance(data, QPixmap):
        data = data.toImage()
    if not isinstance(data, QImage) or data.isNull():
        found = "nothing Qt could decode" if isinstance(data, QImage) else type(data).__name__
        raise ImageFileError(f"cannot read this image: expected a picture in {DROPPED_DATA}, "
                             f"found {found}")
    check_image_size(data.width(), data.height(), DROPPED_DATA)
    return data


def _decoded(encoded: QByteArray) -> QImage:
    """Encoded image bytes decoded by Qt, refused from their header when too large."""
    buffer = QBuffer()
    buffer.setData(encoded)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        check_image_size(size.width(), size.height(), DROPPED_DATA)
    return reader.read()
