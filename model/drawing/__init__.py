"""Drawings, Qt-free: pen strokes, image files, and the 28×28 image the network sees."""
