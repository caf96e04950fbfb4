"""The Draw feature: the canvas, the live prediction view and stroke replay."""
