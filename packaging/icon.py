"""Render the app's SVG icon to a PNG for PyInstaller, which turns it into the .ico (Windows) or
.icns (macOS) it needs with Pillow; the Linux .deb ships the SVG itself."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZE = 512


def render_icon(svg: Path, png: str | Path, size: int = SIZE) -> str:
    """Draw ``svg`` onto a transparent ``size``² image saved as ``png``; its path, as a str."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"expected a valid SVG icon, found {svg} unreadable")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    Path(png).parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png)):
        raise OSError(f"could not write {png}")
    return str(png)


if __name__ == "__main__":
    print(render_icon(Path(sys.argv[1]), sys.argv[2]))
