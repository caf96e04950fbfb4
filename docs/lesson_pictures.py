"""Draw the first lesson's picture of its network, once per language of the window.

``resources/lessons/first-network/network.png`` shows the 784-50-50-10 network with its layers
named under it; each translation of the lesson (``<code>/``, docs/lessons.md) gets its own
``<code>/network.png`` with the names in its language, the words its Markdown uses.

    QT_QPA_PLATFORM=offscreen python docs/lesson_pictures.py
"""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

REPO = Path(__file__).resolve().parents[1]
LESSON = REPO / "resources" / "lessons" / "first-network"
SIZE = (400, 200)
LAYERS = (784, 50, 50, 10)
DRAWN_UNITS = (10, 8, 8, 10)
"""Circles drawn per layer: enough to read as a layer, few enough to see the connections."""
NAMES = {
    "": ("{n} inputs", "{n} tanh", "{n} outputs"),
    "de": ("{n} Eingaben", "{n} tanh", "{n} Ausgaben"),
    "es": ("{n} entradas", "{n} tanh", "{n} salidas"),
    "fr": ("{n} entrées", "{n} tanh", "{n} sorties"),
    "pt_BR": ("{n} entradas", "{n} tanh", "{n} saídas"),
    "zh_CN": ("{n} 个输入", "{n} tanh", "{n} 个输出"),
}
"""Each language's names of the input, hidden and output layers ("" is English, the lesson's
own folder)."""
UNIT_COLOUR, EDGE_COLOUR, OUTLINE_COLOUR = QColor(60, 110, 190), QColor(200, 210, 230), \
    QColor(30, 50, 90)


def layer_names(code: str) -> list[str]:
    inputs, hidden, outputs = NAMES[code]
    return [inputs.format(n=LAYERS[0]), *(hidden.format(n=n) for n in LAYERS[1:-1]),
            outputs.format(n=LAYERS[-1])]


def unit_centres() -> list[list[QPointF]]:
    width, _ = SIZE
    left, right, top, bottom = 60, width - 60, 20, 160
    columns = [left + (right - left) * index / (len(LAYERS) - 1) for index in range(len(LAYERS))]
    return [[QPointF(x, top + (bottom - top) * row / (count - 1)) for row in range(count)]
            for x, count in zip(columns, DRAWN_UNITS, strict=True)]


def draw(code: str) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centres = unit_centres()
    painter.setPen(QPen(EDGE_COLOUR, 0.6))
    for here, there in pairwise(centres):
        for start in here:
            for end in there:
                painter.drawLine(start, end)
    painter.setPen(QPen(OUTLINE_COLOUR, 1))
    painter.setBrush(UNIT_COLOUR)
    for column in centres:
        for centre in column:
            painter.drawEllipse(centre, 5, 5)
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(QFont("DejaVu Sans", 9))
    for column, name in zip(centres, layer_names(code), strict=True):
        x = column[0].x()
        painter.drawText(QRectF(x - 60, 172, 120, 22), Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for code in NAMES:
        path = LESSON / code / "network.png"
        if not draw(code).save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
