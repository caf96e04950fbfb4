"""Models written for other runtimes (ONNX, TF.js, LiteRT, a one-file web page), from the weights.
:mod:`model.export.formats` is the entry point."""
