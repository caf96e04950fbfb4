"""The built-in recipes: the tutorials DigitLab grew from, each with the accuracy it published, and
DigitLab's own best: the recipe of the bundled default model, and one for Fashion-MNIST."""

from __future__ import annotations

from dataclasses import dataclass

from model.config import AugmentConfig, LayerConfig, NetworkConfig, TrainingConfig
from model.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preset:
    """A named, reproducible recipe and the test accuracy its source published."""

    name: str
    description: str
    network: NetworkConfig
    training: TrainingConfig
    dataset: str
    published_accuracy: float | None
    source: str = ""


def _next_tech() -> Preset:
    return Preset(
        name=QT_TRANSLATE_NOOP("Model", "Next Tech tutorial"),
        description=QT_TRANSLATE_NOOP(
            "Model", "784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels."),
        network=NetworkConfig(
            hidden=(LayerConfig(50, "tanh"), LayerConfig(50, "tanh")),
            initializer="glorot_uniform",
            input_scaling="standardize",
        ),
        training=TrainingConfig(
            optimizer="sgd", learning_rate=0.001, momentum=0.9, batch_size=64, epochs=50,
            validation_split=0.1, seed=1,
        ),
        dataset="mnist",
        published_accuracy=0.9627,
        source=QT_TRANSLATE_NOOP(
            "Model", "Next Tech, 'Building an MLP with Keras' (test accuracy 96.27%)"),
    )


def _geron() -> Preset:
    return Preset(
        name=QT_TRANSLATE_NOOP("Model", "Géron ch.10"),
        description=QT_TRANSLATE_NOOP(
            "Model", "Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10."),
        network=NetworkConfig(hidden=(LayerConfig(300), LayerConfig(100))),
        training=TrainingConfig(
            optimizer="sgd", learning_rate=0.01, batch_size=32, epochs=30,
            validation_split=5000, seed=42,
        ),
        dataset="fashion-mnist",
        published_accuracy=0.886,
        source=QT_TRANSLATE_NOOP(
            "Model", "A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)"),
    )


def _keras_mnist_mlp() -> Preset:
    return Preset(
        name=QT_TRANSLATE_NOOP("Model", "Keras mnist_mlp"),
        description=QT_TRANSLATE_NOOP(
            "Model", "The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop."),
        network=NetworkConfig(hidden=(LayerConfig(512, "relu", 0.2),) * 2),
        training=TrainingConfig(
            optimizer="rmsprop", learning_rate=0.001, batch_size=128, epochs=20,
            validation_split=0.0, seed=42,
        ),
        dataset="mnist",
        published_accuracy=0.9840,
        source=QT_TRANSLATE_NOOP("Model", "keras/examples/mnist_mlp.py (test accuracy 98.40%)"),
    )


OWN_RECIPE_SOURCE = QT_TRANSLATE_NOOP("Model", "DigitLab (bench/accuracy.py measures it)")
"""Where DigitLab's own recipes come from: their figures are measured here, not published."""


def _digitlab_best() -> Preset:
    return Preset(
        name=QT_TRANSLATE_NOOP("Model", "DigitLab best"),
        description=QT_TRANSLATE_NOOP(
            "Model",
            "768-768 ReLU with dropout, Adam with cosine decay, trained on MNIST, on pen-drawn "
            "digits by 24 writers and on MNIST digits as scanners and phone cameras give them, "
            "distorted afresh each batch (shift, rotation, scale, shear, elastic, stroke "
            "thickness, flagged 1s and hooked 9s), so it reads digits as people draw, scan and "
            "photograph them."),
        network=NetworkConfig(
            hidden=(LayerConfig(768, "relu", 0.2), LayerConfig(768, "relu", 0.2)),
            initializer="he_normal",
        ),
        training=TrainingConfig(
            optimizer="adam", learning_rate=0.001, lr_schedule="cosine", batch_size=128,
            epochs=50, validation_split=5000, seed=7, drawn_digits=True, drawn_copies=8,
            scanned_share=0.4,
            augment=AugmentConfig(enabled=True, writing_styles=0.25, thickness=0.75),
        ),
        dataset="mnist",
        published_accuracy=None,
        source=OWN_RECIPE_SOURCE,
    )


def _digitlab_best_fashion() -> Preset:
    return Preset(
        name=QT_TRANSLATE_NOOP("Model", "DigitLab best (Fashion)"),
        description=QT_TRANSLATE_NOOP(
            "Model",
            "1024-1024 ReLU with dropout 0.3, Adam with cosine decay, 30 epochs: the widest "
            "plain MLP that trains in minutes on two cores. Clothes are not distorted: shifted "
            "or scaled, they read worse (tried on 5,000 validation images)."),
        network=NetworkConfig(
            hidden=(LayerConfig(1024, "relu", 0.3), LayerConfig(1024, "relu", 0.3)),
            initializer="he_normal",
        ),
        training=TrainingConfig(
            optimizer="adam", learning_rate=0.001, lr_schedule="cosine", batch_size=128,
            epochs=30, validation_split=5000, seed=11,
        ),
        dataset="fashion-mnist",
        published_accuracy=None,
        source=OWN_RECIPE_SOURCE,
    )


def presets() -> dict[str, Preset]:
    """The built-in recipes by name, in menu order."""
    return {p.name: p for p in (_next_tech(), _geron(), _keras_mnist_mlp(), _digitlab_best(),
                                _digitlab_best_fashion())}
