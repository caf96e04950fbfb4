"""DigitLab's Qt widgets: the window, canvas, prediction view and Train panel (no model logic)."""
