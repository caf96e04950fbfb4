"""Small networks and runs shared by the tests that train through the child process or the panel."""

from __future__ import annotations

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, load_dataset

SMALL_NET = NetworkConfig(hidden=(LayerConfig(32),))
QUICK = TrainingConfig(epochs=2, batch_size=50, validation_split=0.1, seed=3)
LONG = TrainingConfig(epochs=200, batch_size=10, validation_split=0.1, seed=3)
"""Far longer than any test waits: for pausing, stopping and closing mid-run."""


def tiny_mnist_dataset() -> Dataset:
    """1,000 training and 200 test images of MNIST, stratified: a run of seconds."""
    return load_dataset("mnist").subset(1000, 200, seed=0)
