"""Every format, run by its own runtime, gives the app's answers (the issue's targets): ONNX in
onnxruntime and LiteRT in ai-edge-litert within 1e-5, TF.js 4.22 in headless Chromium with the
stock tf.loadLayersModel within 1e-4, all with the same top class on every image."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest
from ai_edge_litert.interpreter import Interpreter

from model.export.formats import export_model
from model.export.network import load_network
from model.export.onnx_format import OPSET
from model.inference.predictor import Predictor
from tests.model.export.conftest import browser_harness

MODELS = ["default", "every-activation-0", "every-activation-1", "tanh-standardize",
          "relu-dropout", "extras"]


def assert_agrees(got: np.ndarray, expected: np.ndarray, tolerance: float) -> None:
    assert got.shape == expected.shape
    assert np.array_equal(got.argmax(axis=1), expected.argmax(axis=1))
    assert np.abs(got - expected).max() <= tolerance


@pytest.mark.parametrize("name", MODELS)
def test_onnx_in_onnxruntime(name, all_models, mnist_images, tmp_path):
    report = export_model(all_models[name], "onnx", tmp_path / "m.onnx")
    session = onnxruntime.InferenceSession(report.path, providers=["CPUExecutionProvider"])
    got = session.run(None, {"pixels": mnist_images})[0]
    assert_agrees(got, Predictor.load(all_models[name]).predict_proba(mnist_images), 1e-5)
    assert report.same_top_class == 1.0 and report.max_abs_difference <= 1e-5


def test_onnx_carries_its_description(all_models, tmp_path):
    path = tmp_path / "m.onnx"
    export_model(all_models["default"], "onnx", path)
    model = onnx.load(str(path))
    props = {prop.key: prop.value for prop in model.metadata_props}
    assert model.opset_import[0].version >= 17 and OPSET >= 17
    assert props["class_names"] == '["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]'
    assert "ink = 1" in props["preprocessing"] and "test_accuracy" in props["scores"]
    dims = model.graph.input[0].type.tensor_type.shape.dim
    assert [dim.dim_param or dim.dim_value for dim in dims] == ["N", 28, 28]


@pytest.mark.parametrize("name", ["default", "every-activation-0", "every-activation-1",
                                  "extras"])
def test_litert_in_its_interpreter(name, all_models, mnist_images, tmp_path):
    report = export_model(all_models[name], "litert", tmp_path / "m.tflite")
    interpreter = Interpreter(model_path=report.path)
    index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(index, mnist_images.shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(index, mnist_images)
    interpreter.invoke()
    got = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
    assert_agrees(got, Predictor.load(all_models[name]).predict_proba(mnist_images), 1e-5)
    assert b'"class_names": ["0", "1"' in Path(report.path).read_bytes()  # the metadata buffer


@pytest.mark.parametrize("name", ["default", "every-activation-0", "every-activation-1",
                                  "extras"])
def test_tfjs_in_chromium_with_stock_load_layers_model(name, all_models, mnist_images,
                                                       chromium, tmp_path):
    report = export_model(all_models[name], "tfjs", tmp_path / "tfjs")
    page = browser_harness.TfjsPage(chromium, tmp_path / "tfjs")
    try:
        page.load()
        got, _ = page.predict(mnist_images[:300])
        assert page.blocked == []
    finally:
        page.close()
    assert_agrees(got, Predictor.load(all_models[name]).predict_proba(mnist_images[:300]), 1e-4)
    assert len(report.files) == 1 + (2 if name == "default" else 1)  # 4 MiB shards


def test_formulas_are_what_the_predictor_computes(all_models, mnist_images):
    """Every export is written from these formulas; run in numpy they are the Predictor."""
    from model.export.network import run_formulas

    for path in all_models.values():
        network, predictor = load_network(path)
        assert np.abs(run_formulas(network.formulas, mnist_images)
                      - predictor.predict_proba(mnist_images)).max() <= 1e-6
