"""LiteRT (``.tflite``, formerly TensorFlow Lite), through TensorFlow's own converter.

The network is rebuilt as one ``tf.function`` from the stages' formulas, so the file computes
what the app computes whatever the source file's Keras version; TensorFlow is imported only here
and only when a LiteRT file is written (the window does it in a child process,
:func:`model.export.formats.export_in_child`). Input ``(N, 28, 28)`` float32, output the
probabilities; float32 throughout (no quantisation), names and scores as the ``digitlab``
metadata buffer.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from model.atomic_files import written_atomically
from model.export.network import ExportNetwork
from model.image_size import IMAGE_SIDE
from model.inference.layers import Formula

METADATA_NAME = "digitlab"


def _apply(tf: Any, x: Any, formula: Formula) -> Any:
    """One formula in TensorFlow, with the activations Keras uses (GELU exact, leaky 0.2)."""
    if formula.kind == "standardize":
        return (x - tf.constant(formula.a)) / tf.constant(formula.b)
    if formula.kind == "scale":
        return x * tf.constant(formula.a) + tf.constant(formula.b)
    if formula.kind == "dense":
        return tf.matmul(x, tf.constant(formula.a)) + tf.constant(formula.b)
    activations = {"relu": tf.nn.relu, "tanh": tf.tanh, "sigmoid": tf.sigmoid,
                   "softmax": tf.nn.softmax, "elu": tf.nn.elu, "selu": tf.nn.selu,
                   "gelu": lambda v: tf.nn.gelu(v, approximate=False), "silu": tf.nn.silu,
                   "swish": tf.nn.silu, "leaky_relu": lambda v: tf.nn.leaky_relu(v, 0.2),
                   "softplus": tf.nn.softplus}
    return activations[formula.name](x)


def litert_bytes(network: ExportNetwork) -> bytes:
    """The converted flatbuffer, with the network's description as metadata."""
    from model.keras_runtime import keras

    keras()  # TensorFlow, imported quietly
    import tensorflow as tf

    side = IMAGE_SIDE

    @tf.function(input_signature=[tf.TensorSpec([None, side, side], tf.float32, name="pixels")])
    def probabilities(pixels: Any) -> Any:
        x = tf.reshape(pixels, [-1, side * side])
        for formula in network.formulas:
            x = _apply(tf, x, formula)
        return x

    converter = tf.lite.TFLiteConverter.from_concrete_functions(
        [probabilities.get_concrete_function()])
    flatbuffer = converter.convert()
    return _with_metadata(flatbuffer, json.dumps(network.description).encode())


def _with_metadata(flatbuffer: bytes, metadata: bytes) -> bytes:
    """The model with one more metadata buffer (``METADATA_NAME``), via the schema's own
    object API that ships with TensorFlow."""
    import flatbuffers
    from tensorflow.lite.python import schema_py_generated as schema

    model = schema.ModelT.InitFromObj(schema.Model.GetRootAsModel(flatbuffer, 0))
    buffer = schema.BufferT()
    buffer.data = np.frombuffer(metadata, np.uint8)
    model.buffers.append(buffer)
    entry = schema.MetadataT()
    entry.name = METADATA_NAME
    entry.buffer = len(model.buffers) - 1
    model.metadata = [*(model.metadata or []), entry]
    builder = flatbuffers.Builder(len(flatbuffer) + len(metadata) + 1024)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def write(network: ExportNetwork, out: Path) -> list[Path]:
    """Write ``out`` atomically; the files written."""
    data = litert_bytes(network)
    with written_atomically(out) as temp:
        temp.write_bytes(data)
    return [out]


def _interpreter(out: Path) -> Any:
    """LiteRT's own interpreter (``ai-edge-litert``) when installed, else the copy TensorFlow
    still ships (deprecated in its favour, hence the warning left unsaid)."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        import tensorflow as tf

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return tf.lite.Interpreter(model_path=str(out))
    return Interpreter(model_path=str(out))


def read(out: Path) -> Callable[[np.ndarray], np.ndarray]:
    """The written file run by a LiteRT interpreter."""
    interpreter = _interpreter(out)

    def run(images: np.ndarray) -> np.ndarray:
        index = interpreter.get_input_details()[0]["index"]
        interpreter.resize_tensor_input(index, [len(images), IMAGE_SIDE, IMAGE_SIDE])
        interpreter.allocate_tensors()
        interpreter.set_tensor(index, np.asarray(images, np.float32))
        interpreter.invoke()
        return interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).copy()

    return run
