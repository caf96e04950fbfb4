"""Drawings, Qt-free: pen strokes on the canvas, image files, and the 28×28 image the network sees."""
