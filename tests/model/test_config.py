"""Configs: JSON round trips, clear errors for bad values."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.config import (
    ACTIVATIONS,
    CONFIG_MIGRATIONS,
    CONFIG_VERSION,
    MAX_HIDDEN_LAYERS,
    AugmentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
    read_stored_configs,
)
from model.errors import ConfigError

layers = st.builds(LayerConfig, units=st.integers(1, 2048),
                   activation=st.sampled_from(ACTIVATIONS),
                   dropout=st.floats(0, 0.9, allow_nan=False))
networks = st.builds(NetworkConfig, hidden=st.lists(layers, min_size=1, max_size=5).map(tuple),
                     l2=st.floats(0, 1, allow_nan=False),
                     input_scaling=st.sampled_from(["unit", "standardize"]))
trainings = st.builds(
    TrainingConfig, optimizer=st.sampled_from(["sgd", "adam", "rmsprop"]),
    learning_rate=st.floats(1e-6, 10, allow_nan=False), batch_size=st.integers(1, 4096),
    epochs=st.integers(1, 500), validation_split=st.one_of(st.floats(0, 0.5), st.integers(1, 9999)),
    seed=st.integers(0, 2**31 - 1), augment=st.builds(AugmentConfig, enabled=st.booleans()),
)


@settings(max_examples=100, deadline=None)
@given(network=networks, training=trainings)
def test_json_round_trip_is_exact(network, training):
    assert NetworkConfig.from_dict(json.loads(json.dumps(network.to_dict()))) == network
    assert TrainingConfig.from_dict(json.loads(json.dumps(training.to_dict()))) == training


@pytest.mark.parametrize("make, words", [
    (lambda: TrainingConfig(learning_rate=0), ["learning_rate", "0"]),
    (lambda: TrainingConfig(batch_size=0), ["batch_size", "got 0"]),
    (lambda: TrainingConfig(batch_size=32.5), ["batch_size", "integer", "32.5"]),
    (lambda: TrainingConfig(optimizer="adagrad"), ["optimizer", "sgd, adam, rmsprop", "adagrad"]),
    (lambda: TrainingConfig(validation_split=0.9), ["validation_split", "0.9"]),
    (lambda: TrainingConfig(learning_rate=float("nan")), ["learning_rate", "nan"]),
    (lambda: LayerConfig(0), ["units", "got 0"]),
    (lambda: LayerConfig(10, dropout=1.0), ["dropout", "1.0"]),
    (lambda: LayerConfig(10, activation="relu6"), ["activation", "relu6"]),
    (lambda: NetworkConfig(hidden=()), ["hidden"]),
    (lambda: NetworkConfig(input_scaling="minmax"), ["input_scaling", "minmax"]),
    (lambda: TrainingConfig.from_dict({"epocs": 3}), ["unknown keys", "epocs", "epochs"]),
    (lambda: NetworkConfig.from_dict({"hidden": 5}), ["hidden", "5"]),
])
def test_bad_values_say_what_was_expected_and_given(make, words):
    with pytest.raises(ConfigError) as error:
        make()
    assert all(word in str(error.value) for word in words), str(error.value)


def test_validation_split_counts():
    assert TrainingConfig(validation_split=0.1).validation_count(60000) == 6000
    assert TrainingConfig(validation_split=5000).validation_count(60000) == 5000
    with pytest.raises(ConfigError, match="no training images"):
        TrainingConfig(validation_split=5000).validation_count(4000)


def test_parameter_count_matches_the_layer_sizes():
    network = NetworkConfig(hidden=(LayerConfig(300), LayerConfig(100)))
    assert network.layer_sizes() == [784, 300, 100, 10]
    assert network.parameter_count() == 785 * 300 + 301 * 100 + 101 * 10


# Stored configs: versioned, migrated on read -------------------------------------------------

def test_unversioned_stored_configs_load_as_version_0_migrated_to_today():
    network, training = NetworkConfig(hidden=(LayerConfig(50, "tanh"),)), TrainingConfig(epochs=3)
    stored = read_stored_configs(network.to_dict(), training.to_dict(), None)
    assert (stored.network, stored.training, stored.note) == (network, training, "")


def test_configs_from_a_newer_digitlab_load_what_is_understood_with_a_note():
    network = {**NetworkConfig().to_dict(), "attention": True}
    training = TrainingConfig(batch_size=64).to_dict()
    training["augment"] = {**training["augment"], "blur": 0.5}
    stored = read_stored_configs(network, training, CONFIG_VERSION + 1)
    assert stored.network == NetworkConfig() and stored.training == TrainingConfig(batch_size=64)
    assert stored.note.startswith("Made by a newer DigitLab")
    assert "attention" in stored.note and "augment.blur" in stored.note
    assert "\n" not in stored.note


@pytest.mark.parametrize("network, training, version, words", [
    ({"epocs": 3}, {}, CONFIG_VERSION, ["unknown keys", "epocs"]),  # a known version: a typo
    ({"hidden": 5}, {}, CONFIG_VERSION + 1, ["hidden", "5"]),  # newer, but malformed
    ({}, {"batch_size": 0}, None, ["batch_size", "got 0"]),
    ({}, {}, "2", ["config_version", "'2'"]),
    ({}, {}, -1, ["config_version", "-1"]),
])
def test_malformed_stored_configs_are_still_refused(network, training, version, words):
    with pytest.raises(ConfigError) as error:
        read_stored_configs(network, training, version)
    assert all(word in str(error.value) for word in words), str(error.value)


def test_each_migration_step_runs_once_from_the_stored_version_up():
    def rename_batch(stored):  # 0 → 1: "batch" became "batch_size"
        training = dict(stored["training"])
        training["batch_size"] = training.pop("batch")
        return {**stored, "training": training}

    def double_epochs(stored):  # 1 → 2: epochs counted in halves before
        return {**stored, "training": {**stored["training"],
                                       "epochs": stored["training"]["epochs"] * 2}}

    steps = (rename_batch, double_epochs)
    old = read_stored_configs({}, {"batch": 32, "epochs": 3}, 0, migrations=steps)
    assert (old.training.batch_size, old.training.epochs) == (32, 6)
    middle = read_stored_configs({}, {"batch_size": 32, "epochs": 3}, 1, migrations=steps)
    assert (middle.training.batch_size, middle.training.epochs) == (32, 6)
    today = read_stored_configs({}, {"batch_size": 32, "epochs": 3}, 2, migrations=steps)
    assert today.training.epochs == 3 and len(CONFIG_MIGRATIONS) == CONFIG_VERSION
def test_at_most_eight_hidden_layers_and_the_largest_network_is_the_widest_eight():
    with pytest.raises(ConfigError, match=r"hidden must have at most 8 layers .*, got 9"):
        NetworkConfig(hidden=(LayerConfig(4),) * (MAX_HIDDEN_LAYERS + 1))
    largest = NetworkConfig.largest()
    assert largest.layer_sizes() == [784, *[8192] * MAX_HIDDEN_LAYERS, 1000]
