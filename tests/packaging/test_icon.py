"""The Windows and macOS executables get their icon from the SVG, rendered by packaging/icon.py."""

from __future__ import annotations

from PIL import Image

from model.resources import icon_path
from tests.packaging.conftest import load_script


def test_the_svg_icon_renders_to_a_square_png_with_a_transparent_corner(tmp_path):
    png = load_script("icon").render_icon(icon_path("digitlab"), tmp_path / "sub" / "icon.png",
                                          size=256)
    with Image.open(png) as image:
        assert image.size == (256, 256) and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: see-through
        assert image.getpixel((128, 128))[3] == 255
