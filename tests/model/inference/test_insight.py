"""Looking inside the network in numpy must show what Keras computes and TensorFlow differentiates.

Each Keras model is replayed layer by layer with TensorFlow watching, so the references are
Keras' own layer outputs and TensorFlow's own gradients of them.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import tensorflow as tf

from model.config import LayerConfig, NetworkConfig
from model.inference.activations import ACTIVATION_OPS, ACTIVATION_VJPS
from model.inference.insight import Trace, first_layer_weights
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.training.build import build_model, input_statistics
from tests.model.inference.test_predictor import NETWORKS, extra_layers_model, images, trained

__all__ = ["images"]  # a module fixture, used here by name
TOLERANCE = 1e-5
"""Absolute for values up to 1, relative beyond: float32 keeps about 7 significant digits."""
MODELS = [*sorted(NETWORKS), "extra-layers"]


@pytest.fixture(scope="module", params=MODELS)
def model(request, images):
    if request.param == "extra-layers":
        return extra_layers_model()
    network = NETWORKS[request.param]
    stats = input_statistics(images) if network.input_scaling == "standardize" else None
    return trained(build_model(network, input_stats=stats, seed=3))


class KerasChain:
    """The model's layers run one by one on one image, with a gradient tape watching: each
    layer's input and output by name, and the class scores (the output layer's weighted sums
    when it ends in a softmax, as Keras computes them but before the softmax)."""

    def __init__(self, model, image: np.ndarray, watch: str | None = None) -> None:
        self.x = tf.constant(image[np.newaxis])
        self.inputs, self.outputs = {}, {}
        last = model.layers[-1]
        with tf.GradientTape(persistent=True) as self.tape:
            self.tape.watch(self.x)
            h = self.x
            for layer in model.layers[1 if is_input(model.layers[0]) else 0:]:
                self.inputs[layer.name] = h
                if layer is last and layer.get_config().get("activation") == "softmax":
                    h = tf.matmul(h, layer.kernel) + layer.bias
                elif "training" in inspect.signature(layer.call).parameters:
                    h = layer(h, training=False)  # dropout off, batch norm statistics fixed
                else:
                    h = layer(h)
                if layer.name == watch:
                    self.tape.watch(h)
                self.outputs[layer.name] = h
            self.scores = h

    def gradient(self, target, index: int, source) -> np.ndarray:
        """The gradient of ``target[0, index]`` (recorded on the tape) with respect to
        ``source``, for the one image."""
        pick = np.zeros(target.shape, np.float32)
        pick[0, index] = 1.0
        return self.tape.gradient(target, source, output_gradients=tf.constant(pick)).numpy()[0]


def assert_close(got: np.ndarray, expected: np.ndarray) -> None:
    assert got.shape == expected.shape
    assert np.abs(got - expected).max() <= TOLERANCE * max(1.0, np.abs(expected).max())


def is_input(layer) -> bool:
    return type(layer).__name__ == "InputLayer"


def hidden_names(model) -> list[str]:
    return [layer.name for layer in model.layers if type(layer).__name__ == "Dense"][:-1]


def test_every_hidden_layer_shows_keras_values(model, images):
    predictor = Predictor.from_keras(model)
    for image in images[:5]:
        trace = Trace(predictor, image)
        chain = KerasChain(model, image)
        assert [layer.name for layer in trace.hidden] == hidden_names(model)
        for layer in trace.hidden:
            expected = chain.outputs[layer.name].numpy()[0]
            assert_close(layer.values, expected)
        assert_close(trace.scores, chain.scores.numpy()[0])
        np.testing.assert_allclose(trace.probabilities, predictor.predict_proba(image)[0])


def test_attribution_is_tensorflows_gradient_times_input(model, images):
    predictor = Predictor.from_keras(model)
    for image in images[:3]:
        trace = Trace(predictor, image)
        chain = KerasChain(model, image)
        for class_index in (trace.predicted, (trace.predicted + 3) % 10):
            expected = chain.gradient(chain.scores, class_index, chain.x) * image
            got = trace.attribution(class_index)
            assert got.shape == (28, 28)
            assert_close(got, expected)


def test_class_influence_is_the_gradient_of_the_scores_by_unit(model, images):
    predictor = Predictor.from_keras(model)
    trace = Trace(predictor, images[0])
    for index, name in enumerate(hidden_names(model)):
        chain = KerasChain(model, images[0], watch=name)
        values = chain.outputs[name]
        expected = np.stack([chain.gradient(chain.scores, c, values) for c in range(10)],
                            axis=1)
        influence = trace.class_influence(index)
        assert influence.shape == (values.shape[1], 10)
        assert_close(influence, expected)
        unit = int(np.argmax(np.abs(expected).max(axis=1)))
        assert trace.strongest_class(index, unit) == int(np.argmax(expected[unit]))


def test_unit_pattern_is_the_gradient_of_its_weighted_input(model, images):
    predictor = Predictor.from_keras(model)
    trace = Trace(predictor, images[1])
    chain = KerasChain(model, images[1])
    for index, name in enumerate(hidden_names(model)):
        layer = model.get_layer(name)
        with chain.tape:
            weighted = tf.matmul(chain.inputs[name], layer.kernel)
        for unit in (0, layer.units - 1):
            expected = chain.gradient(weighted, unit, chain.x)
            assert_close(trace.unit_pattern(index, unit), expected)


def test_first_layer_weights_are_the_kernel_as_images(model):
    predictor = Predictor.from_keras(model)
    first = next(layer for layer in model.layers if type(layer).__name__ == "Dense")
    name, weights = first_layer_weights(predictor)
    kernel = first.get_weights()[0]
    assert name == first.name and weights.shape == (kernel.shape[1], 28, 28)
    np.testing.assert_array_equal(weights[5], kernel[:, 5].reshape(28, 28))
    assert not weights.flags.writeable


def test_strongest_units_come_highest_first(images):
    predictor = Predictor.from_keras(trained(build_model(
        NetworkConfig(hidden=(LayerConfig(40, "relu"),)), seed=1)))
    layer = Trace(predictor, images[0]).hidden[0]
    top = layer.strongest(5)
    assert list(top) == list(np.argsort(-layer.values, kind="stable")[:5])
    assert len(layer.strongest(100)) == 40


def test_a_network_without_hidden_layers_has_weights_but_no_hidden_values(images):
    k = keras()
    predictor = Predictor.from_keras(k.Sequential([
        k.Input((28, 28)), k.layers.Flatten(), k.layers.Dense(10, activation="softmax")]))
    trace = Trace(predictor, images[0])
    assert trace.hidden == () and trace.attribution(trace.predicted).shape == (28, 28)
    assert first_layer_weights(predictor)[1].shape == (10, 28, 28)


@pytest.mark.parametrize("name", sorted(ACTIVATION_VJPS))
def test_every_activation_has_tensorflows_derivative(name):
    assert set(ACTIVATION_VJPS) == set(ACTIVATION_OPS)
    x = tf.constant(np.linspace(-6, 6, 241, dtype=np.float32)[np.newaxis])
    g = np.random.default_rng(0).normal(size=x.shape).astype(np.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.keras.activations.get(name)(x)
    expected = tape.gradient(y, x, output_gradients=tf.constant(g)).numpy()
    x_in = x.numpy()
    got = ACTIVATION_VJPS[name](x_in, ACTIVATION_OPS[name](x_in.copy()), g)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
