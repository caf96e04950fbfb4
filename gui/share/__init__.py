"""Share the model in use: File ▸ Export model as ONNX, TF.js, LiteRT or a one-file web page."""
