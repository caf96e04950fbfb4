"""ONNX (opset 17), written node by node with ``onnx.helper`` from the stages' formulas.

The converters from Keras (tf2onnx) do not work with Keras 3, and a DigitLab network is a chain
of a few matrix products and element-wise functions, so writing the graph directly is short and
exact. The input is ``pixels`` float32 ``(N, 28, 28)`` in [0, 1], ink = 1; the output
``probabilities`` ``(N, classes)``; names, preprocessing and scores are in ``metadata_props``.
``onnx`` is imported when a graph is built (importing it takes seconds, which the command line
and the window should not pay on start-up).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.atomic_files import written_atomically
from model.export.network import ExportNetwork
from model.image_size import IMAGE_SIDE
from model.inference.layers import Formula

if TYPE_CHECKING:
    import onnx

OPSET = 17
IR_VERSION = 8
"""The IR version that came with opset 17: what runtimes of that age (and all newer) read."""
INPUT, OUTPUT = "pixels", "probabilities"

_SIMPLE_ACTIVATIONS = {"relu": ("Relu", {}), "tanh": ("Tanh", {}), "sigmoid": ("Sigmoid", {}),
                       "softmax": ("Softmax", {"axis": -1}), "elu": ("Elu", {"alpha": 1.0}),
                       "selu": ("Selu", {}), "softplus": ("Softplus", {}),
                       "leaky_relu": ("LeakyRelu", {"alpha": 0.2})}
"""Activations with an ONNX operator of their own (Selu's defaults are Keras' constants; 0.2 is
Keras 3's leaky_relu slope, as in :mod:`model.inference.activations`)."""


class _Graph:
    """Nodes and constants added in order, each output named after a running counter."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.constants: list[onnx.TensorProto] = []

    def constant(self, value: np.ndarray) -> str:
        from onnx import numpy_helper

        name = f"const_{len(self.constants)}"
        self.constants.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op: str, *inputs: str, **attributes: object) -> str:
        from onnx import helper

        output = f"{op.lower()}_{len(self.nodes)}"
        self.nodes.append(helper.make_node(op, list(inputs), [output], **attributes))
        return output


def _gelu(graph: _Graph, x: str) -> str:
    """Exact GELU, x·½(1 + erf(x/√2)): the Gelu operator only came with opset 20."""
    erf = graph.node("Erf", graph.node("Div", x, graph.constant(np.float32(math.sqrt(2.0)))))
    half = graph.node("Mul", graph.constant(np.float32(0.5)),
                      graph.node("Add", erf, graph.constant(np.float32(1.0))))
    return graph.node("Mul", x, half)


def _silu(graph: _Graph, x: str) -> str:
    return graph.node("Mul", x, graph.node("Sigmoid", x))


_COMPOSED: dict[str, Callable[[_Graph, str], str]] = {"gelu": _gelu, "silu": _silu,
                                                      "swish": _silu}


def _add_formula(graph: _Graph, x: str, formula: Formula) -> str:
    if formula.kind == "standardize":
        return graph.node("Div", graph.node("Sub", x, graph.constant(formula.a)),
                          graph.constant(formula.b))
    if formula.kind == "scale":
        return graph.node("Add", graph.node("Mul", x, graph.constant(formula.a)),
                          graph.constant(formula.b))
    if formula.kind == "dense":
        return graph.node("Add", graph.node("MatMul", x, graph.constant(formula.a)),
                          graph.constant(formula.b))
    if formula.name in _COMPOSED:
        return _COMPOSED[formula.name](graph, x)
    op, attributes = _SIMPLE_ACTIVATIONS[formula.name]
    return graph.node(op, x, **attributes)


def onnx_model(network: ExportNetwork) -> onnx.ModelProto:
    """The network as an ONNX model, checked by ``onnx.checker``."""
    import onnx
    from onnx import TensorProto, helper

    graph = _Graph()
    flat = graph.constant(np.array([-1, IMAGE_SIDE * IMAGE_SIDE], np.int64))
    x = graph.node("Reshape", INPUT, flat)
    for formula in network.formulas:
        x = _add_formula(graph, x, formula)
    graph.nodes[-1].output[0] = OUTPUT
    model = helper.make_model(
        helper.make_graph(
            graph.nodes, network.name,
            [helper.make_tensor_value_info(INPUT, TensorProto.FLOAT,
                                           ["N", IMAGE_SIDE, IMAGE_SIDE])],
            [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT,
                                           ["N", len(network.class_names)])],
            graph.constants),
        opset_imports=[helper.make_opsetid("", OPSET)], ir_version=IR_VERSION,
        producer_name="DigitLab", doc_string=f"DigitLab digit reader {network.name}")
    helper.set_model_props(model, {key: value if isinstance(value, str) else json.dumps(value)
                                   for key, value in network.description.items()})
    onnx.checker.check_model(model, full_check=True)
    return model


def write(network: ExportNetwork, out: Path) -> list[Path]:
    """Write ``out`` atomically; the files written."""
    data = onnx_model(network).SerializeToString()
    with written_atomically(out) as temp:
        temp.write_bytes(data)
    return [out]


def read(out: Path) -> Callable[[np.ndarray], np.ndarray]:
    """The written file run by ONNX's own reference evaluator (numpy; no runtime needed)."""
    from onnx.reference import ReferenceEvaluator

    evaluator = ReferenceEvaluator(str(out))
    return lambda images: evaluator.run(None, {INPUT: np.asarray(images, np.float32)})[0]
