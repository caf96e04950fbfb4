"""The built-in recipes are the tutorials' as published."""

from __future__ import annotations

from model.config import NetworkConfig, TrainingConfig
from model.inference.predictor import Predictor
from model.presets import presets
from model.resources import bundled_model_path


def test_presets_reproduce_the_tutorials():
    table = presets()
    assert list(table) == ["Next Tech tutorial", "Géron ch.10", "Keras mnist_mlp", "DigitLab best",
                           "DigitLab best (Fashion)"]
    next_tech = table["Next Tech tutorial"]
    assert next_tech.network.layer_sizes() == [784, 50, 50, 10]
    assert next_tech.network.input_scaling == "standardize"
    assert (next_tech.training.optimizer, next_tech.training.learning_rate,
            next_tech.training.momentum, next_tech.training.batch_size,
            next_tech.training.epochs) == ("sgd", 0.001, 0.9, 64, 50)
    assert next_tech.published_accuracy == 0.9627
    geron = table["Géron ch.10"]
    assert geron.dataset == "fashion-mnist" and geron.training.validation_split == 5000
    assert geron.network.layer_sizes() == [784, 300, 100, 10]
    keras_mlp = table["Keras mnist_mlp"]
    assert [layer.dropout for layer in keras_mlp.network.hidden] == [0.2, 0.2]
    assert keras_mlp.training.optimizer == "rmsprop" and keras_mlp.published_accuracy == 0.984
    best = table["DigitLab best"]
    assert best.training.augment.enabled and best.training.seed == 7
    assert (best.training.augment.writing_styles, best.training.augment.thickness) == (0.25, 0.75)
    assert [layer.dropout for layer in best.network.hidden] == [0.2, 0.2]


def test_the_bundled_model_is_the_digitlab_best_recipe():
    """``make default-model`` trains the preset; the shipped file must be what it makes."""
    best = presets()["DigitLab best"]
    metadata = Predictor.load(bundled_model_path()).metadata
    assert best.training.drawn_digits and metadata["dataset"] == "MNIST"
    assert TrainingConfig.from_dict(metadata["training"]) == best.training
    assert NetworkConfig.from_dict(metadata["network"]) == best.network


def test_the_fashion_recipe_is_the_one_measured():
    """The README's Fashion-MNIST figure (bench/accuracy.py) was measured with exactly this."""
    fashion = presets()["DigitLab best (Fashion)"]
    assert fashion.dataset == "fashion-mnist" and fashion.network.layer_sizes() == [
        784, 1024, 1024, 10]
    assert [layer.dropout for layer in fashion.network.hidden] == [0.3, 0.3]
    training = fashion.training
    assert (training.optimizer, training.learning_rate, training.lr_schedule,
            training.batch_size, training.epochs, training.validation_split,
            training.seed) == ("adam", 0.001, "cosine", 128, 30, 5000, 11)
    assert not training.drawn_digits and not training.augment.enabled
