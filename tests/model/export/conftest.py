"""What the export round trips share: models of every supported kind, MNIST test images and
one headless Chromium per test module (bench/browser_harness.py, which the benchmark uses too).

Nothing here skips: a missing Chromium or TF.js tarball fails with what to install
(``make install test-tools`` sets both up)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from model.data.datasets import load_idx_folder
from model.files.keras_io import save_model
from model.image_size import to_unit_float
from model.resources import bundled_mnist_dir, default_model_path
from tests.conftest import REPO

MNIST_IMAGES = 1000


def _load_harness():
    spec = importlib.util.spec_from_file_location(
        "browser_harness", REPO / "bench" / "browser_harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


browser_harness = _load_harness()


@pytest.fixture(scope="session")
def mnist_images() -> np.ndarray:
    """The first 1,000 bundled MNIST test images, float32 in [0, 1]."""
    images = load_idx_folder(bundled_mnist_dir()).x_test[:MNIST_IMAGES]
    return to_unit_float(images)


@pytest.fixture(scope="session")
def small_models(tmp_path_factory) -> dict[str, Path]:
    """Small trained models with every activation, standardisation and every extra layer
    (the networks the Predictor's own tests check against Keras), saved as .keras files."""
    from model.training.build import build_model, input_statistics
    from tests.model.inference.test_predictor import NETWORKS, extra_layers_model, trained

    folder = tmp_path_factory.mktemp("export-models")
    rng = np.random.default_rng(0)
    stats = input_statistics(rng.random((200, 28, 28), dtype=np.float32))
    models = {name: trained(build_model(network, input_stats=stats, seed=3))
              for name, network in NETWORKS.items()}
    models["extras"] = extra_layers_model()
    return {name: save_model(model, folder / f"{name}.keras", {}) for name, model in
            models.items()}


@pytest.fixture(scope="session")
def all_models(small_models) -> dict[str, Path]:
    return {"default": default_model_path(), **small_models}


@pytest.fixture(scope="module")
def chromium():
    """One headless system Chromium for the test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = browser_harness.launch_chromium(playwright)
        yield browser
        browser.close()
