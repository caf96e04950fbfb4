"""The numpy Predictor must give Keras' answers, from a live model or either file format."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from model.config import ACTIVATIONS, LayerConfig, NetworkConfig
from model.data.idx import read_idx
from model.errors import ModelFileError
from model.files.keras_io import save_model
from model.image_size import to_unit_float
from model.inference.layers import ACTIVATION_OPS
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.resources import bundled_mnist_dir
from model.training.build import build_model, input_statistics
from tests.conftest import REPO

TOLERANCE = 1e-5

NETWORKS = {
    "tanh-standardize": NetworkConfig(
        hidden=(LayerConfig(32, "tanh"), LayerConfig(16, "tanh")), input_scaling="standardize"),
    "relu-dropout": NetworkConfig(
        hidden=(LayerConfig(32, "relu", 0.3), LayerConfig(16, "relu", 0.2))),
    # Every activation, in two networks: a network has at most MAX_HIDDEN_LAYERS layers.
    **{f"every-activation-{half}": NetworkConfig(
        hidden=tuple(LayerConfig(12, name) for name in ACTIVATIONS[half::2])) for half in (0, 1)},
}


@pytest.fixture(scope="module")
def images() -> np.ndarray:
    """1,000 real MNIST test digits in [0, 1], from the bundled copy."""
    pixels = read_idx(bundled_mnist_dir() / "t10k-images-idx3-ubyte.gz")[:1000]
    return to_unit_float(pixels)


def trained(model, steps: int = 3):
    """Train a few Adam steps on random data, so weights are no longer their initial values (in
    order, so the result does not hang on the global random state earlier tests left)."""
    rng = np.random.default_rng(1)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    shape = (32 * steps, *model.input_shape[1:])
    model.fit(rng.random(shape, dtype=np.float32), rng.integers(0, 10, 32 * steps),
              batch_size=32, epochs=1, verbose=0, shuffle=False)
    return model


def keras_probabilities(model, x: np.ndarray) -> np.ndarray:
    return model(x, training=False).numpy()


@pytest.fixture(scope="module", params=sorted(NETWORKS))
def mlp(request, images):
    network = NETWORKS[request.param]
    stats = input_statistics(images) if network.input_scaling == "standardize" else None
    return trained(build_model(network, input_stats=stats, seed=3))


@pytest.mark.parametrize("source", ["live", ".keras", ".h5"])
def test_matches_keras_on_digits(mlp, images, source, tmp_path):
    if source == "live":
        predictor = Predictor.from_keras(mlp)
    else:
        predictor = Predictor.load(save_model(mlp, tmp_path / f"m{source}", {}))
    expected = keras_probabilities(mlp, images)
    got = predictor.predict_proba(images)
    assert got.dtype == np.float32 and got.shape == (1000, 10)
    assert np.abs(got - expected).max() < TOLERANCE


def extra_layers_model():
    """Every other supported layer, as a Functional chain with non-trivial constants; its weights
    are seeded, so it is the same model whatever ran in the process before."""
    k = keras()
    rng = np.random.default_rng(2)
    pixels = k.Input((28, 28), name="pixels")
    x = k.layers.Reshape((784,), name="rows")(pixels)
    x = k.layers.Rescaling(rng.random(784).astype(np.float32) + 0.5, offset=-0.25, name="scale")(x)
    adapted = k.layers.Normalization(axis=-1, name="adapted")
    adapted.adapt(rng.random((64, 784), dtype=np.float32))
    x = adapted(x)
    x = k.layers.Normalization(axis=None, mean=0.1, variance=4.0, invert=True, name="invert")(x)
    x = k.layers.Dense(24, use_bias=False, name="no_bias",
                       kernel_initializer=k.initializers.GlorotUniform(seed=2))(x)
    batch_norm = k.layers.BatchNormalization(epsilon=0.01, name="batch_norm")
    x = batch_norm(x)
    x = k.layers.Activation("softplus", name="softplus")(x)
    x = k.layers.Dropout(0.5, name="drop")(x)
    x = k.layers.Dense(10, name="logits",
                       kernel_initializer=k.initializers.GlorotUniform(seed=3))(x)
    model = k.Model(pixels, x, name="extras")
    batch_norm.set_weights([rng.random(24, dtype=np.float32) + 0.5, rng.normal(size=24),
                            rng.normal(size=24), rng.random(24, dtype=np.float32) + 0.1])
    return model


@pytest.mark.parametrize("source", ["live", ".keras", ".h5"])
def test_extra_layers_and_logits(images, source, tmp_path):
    """A model ending in logits gets a softmax, so the GUI always shows probabilities."""
    model = extra_layers_model()
    if source == "live":
        predictor = Predictor.from_keras(model)
    else:
        predictor = Predictor.load(save_model(model, tmp_path / f"extras{source}", {}))
    expected = np.asarray(keras().activations.softmax(model(images, training=False)))
    assert np.abs(predictor.predict_proba(images) - expected).max() < TOLERANCE


@pytest.mark.parametrize("name", sorted(ACTIVATION_OPS))
def test_activations_match_keras_on_extreme_values(name):
    x = np.concatenate([np.linspace(-90, 90, 181), np.linspace(-3, 3, 601)]).astype(np.float32)
    expected = np.asarray(keras().activations.get(name)(x[np.newaxis]))
    with np.errstate(over="raise", invalid="raise"):
        got = ACTIVATION_OPS[name](x[np.newaxis].copy())
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-7)


def test_single_image_and_input_not_modified(mlp, images):
    predictor = Predictor.from_keras(mlp)
    image = images[0].copy()
    probabilities = predictor.predict_proba(image)
    assert probabilities.shape == (1, 10)
    assert np.array_equal(image, images[0])
    assert np.isclose(probabilities.sum(), 1.0, atol=1e-6)
    labels, batch = predictor.predict(images[:5])
    assert np.array_equal(labels, batch.argmax(axis=1))
    np.testing.assert_allclose(predictor.predict_proba(images[:5].reshape(5, 784)), batch)
    with pytest.raises(ValueError, match="28, 28"):
        predictor.predict_proba(np.zeros((2, 27, 28)))


@pytest.mark.parametrize(("bad", "found"), [(np.nan, "NaN"), (np.inf, "infinity"),
                                             (-np.inf, "infinity")])
def test_non_finite_pixels_are_refused(mlp, images, bad, found):
    """NaN once came out as NaN probabilities, answered as class 0."""
    image = images[0].copy()
    image[14, 14] = bad
    with pytest.raises(ValueError, match=f"finite.*found {found}"):
        Predictor.from_keras(mlp).predict_proba(image)


@pytest.mark.parametrize("dtype", [np.uint8, np.int64, np.bool_])
def test_integer_images_are_refused_not_guessed(mlp, images, dtype):
    """0–255 images were read unscaled; refusing says what to do instead of guessing the range."""
    pixels = (images[:2] * 255).astype(dtype)
    with pytest.raises(ValueError, match=f"float pixels in \\[0, 1\\], got a {np.dtype(dtype)}"):
        Predictor.from_keras(mlp).predict_proba(pixels)


def test_float_pixels_outside_zero_to_one_are_refused(mlp):
    predictor = Predictor.from_keras(mlp)
    pixels = np.zeros((2, 28, 28))
    pixels[1, 5, 5] = 255.0  # a 0–255 image cast to float but not scaled
    with pytest.raises(ValueError, match="found values from 0 to 255"):
        predictor.predict_proba(pixels)
    with pytest.raises(ValueError, match=r"found values from -0\.5 to -0\.5"):
        predictor.predict_proba(np.full((28, 28), -0.5))
    assert predictor.predict_proba(np.zeros((0, 28, 28), np.float32)).shape == (0, 10)


def test_softmax_is_stable_for_huge_logits(images):
    model = build_model(NetworkConfig(hidden=(LayerConfig(16),)), seed=1)
    kernel, bias = model.get_layer("output").get_weights()
    model.get_layer("output").set_weights([kernel * 1e6, bias])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        probabilities = Predictor.from_keras(model).predict_proba(images[:50])
    assert np.isfinite(probabilities).all()
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-6)


def test_class_names_and_properties(tmp_path):
    model = build_model(NetworkConfig(hidden=(LayerConfig(8),), num_classes=3), seed=1)
    unnamed = Predictor.from_keras(model)
    assert unnamed.class_names == ("class 0", "class 1", "class 2")
    assert unnamed.num_classes == 3 and unnamed.path is None and unnamed.metadata == {}
    path = save_model(model, tmp_path / "abc.keras", {"class_names": ["a", "b", "c"]})
    named = Predictor.load(path)
    assert named.class_names == ("a", "b", "c") and named.path == path
    assert named.metadata["class_names"] == ["a", "b", "c"]
    assert Predictor.from_keras(build_model(NetworkConfig(), seed=1)).class_names == tuple(
        "0123456789")
    with pytest.raises(ModelFileError, match="3 outputs but 2 class names"):
        Predictor.from_keras(model, class_names=["a", "b"])


def test_wrong_shapes_are_refused(tmp_path):
    k = keras()
    big = k.Sequential([k.Input((32, 32)), k.layers.Flatten(), k.layers.Dense(10)])
    with pytest.raises(ModelFileError, match="32×32"):
        Predictor.load(save_model(big, tmp_path / "big.keras", {}))
    five = build_model(NetworkConfig(num_classes=5), seed=1)
    path = save_model(five, tmp_path / "five.h5", {})
    assert Predictor.load(path).num_classes == 5
    with pytest.raises(ModelFileError, match="5 output units; expected 10"):
        Predictor.load(path, expected_classes=10)


def test_unsupported_layer_is_named(tmp_path):
    k = keras()
    model = k.Sequential([
        k.Input((28, 28)), k.layers.Reshape((28, 28, 1)),
        k.layers.Conv2D(2, 3, name="edges"), k.layers.Flatten(), k.layers.Dense(10)])
    path = save_model(model, tmp_path / "conv.keras", {})
    with pytest.raises(ModelFileError, match=r"'edges' is a Conv2D.*supported layers: InputLayer"):
        Predictor.load(path)


def test_branching_model_is_refused():
    k = keras()
    pixels = k.Input((784,), name="pixels")
    hidden = k.layers.Dense(784, name="hidden")(pixels)
    merged = k.layers.Add(name="skip")([pixels, hidden])
    model = k.Model(pixels, k.layers.Dense(10, name="out")(merged))
    with pytest.raises(ModelFileError, match="single-chain"):
        Predictor.from_keras(model)


def test_flat_input_model(images, tmp_path):
    k = keras()
    model = trained(k.Sequential([k.Input((784,)), k.layers.Dense(16, activation="relu"),
                                  k.layers.Dense(10, activation="softmax")]))
    predictor = Predictor.load(save_model(model, tmp_path / "flat.keras", {}))
    expected = keras_probabilities(model, images.reshape(-1, 784))
    assert np.abs(predictor.predict_proba(images) - expected).max() < TOLERANCE


def test_load_does_not_import_tensorflow(tmp_path):
    model = build_model(NETWORKS["tanh-standardize"], input_stats=(0.1, 0.1), seed=1)
    paths = [save_model(model, tmp_path / f"m{suffix}", {}) for suffix in (".keras", ".h5")]
    code = (
        "import sys, numpy as np\n"
        "from model.inference.predictor import Predictor\n"
        f"for path in {[str(p) for p in paths]!r}:\n"
        "    Predictor.load(path).predict_proba(np.zeros((2, 28, 28), np.float32))\n"
        "assert 'tensorflow' not in sys.modules, 'tensorflow was imported'\n"
        "assert 'keras' not in sys.modules, 'keras was imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                               text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
