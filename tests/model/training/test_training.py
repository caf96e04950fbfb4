"""The Trainer's contract: events, stop within a batch, pause, NaN, early stopping, snapshots."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from model.config import AugmentConfig, LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, load_dataset
from model.training.trainer import Trainer, TrainingListener

SMALL_NET = NetworkConfig(hidden=(LayerConfig(32),))


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return load_dataset("mnist").subset(1200, 300, seed=0)


class Recorder(TrainingListener):
    """Keeps every event; optional hooks act on the n-th batch."""

    def __init__(self, on_batch_hook=None):
        self.status, self.batches, self.epochs, self.begin, self.end = [], [], [], None, None
        self.hook = on_batch_hook

    def on_status(self, message):
        self.status.append(message)

    def on_begin(self, info):
        self.begin = info

    def on_batch(self, info):
        self.batches.append(info)
        if self.hook:
            self.hook(info)

    def on_epoch(self, info):
        self.epochs.append(info)

    def on_end(self, info):
        self.end = info


def train(dataset, listener=None, network=SMALL_NET, **training):
    config = TrainingConfig(**{"batch_size": 50, "epochs": 2, "validation_split": 0.1,
                               "seed": 3, **training})
    trainer = Trainer(network, config, dataset, listener)
    return trainer, trainer.run()


def test_events_cover_the_whole_run(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder)
    steps = recorder.begin["steps_per_epoch"]
    assert recorder.begin["total_steps"] == 2 * steps == len(recorder.batches)
    assert [b["step"] for b in recorder.batches] == list(range(1, 2 * steps + 1))
    assert recorder.batches[-1]["epoch_fraction"] == pytest.approx(2.0)
    assert [e["epoch"] for e in recorder.epochs] == [1, 2]
    assert {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"} <= set(recorder.epochs[0])
    assert recorder.end["reason"] == result.reason == "finished"
    assert 0.5 < result.test.accuracy <= 1.0
    assert result.test.n == 300
    assert "Loading TensorFlow…" in recorder.status


def test_batch_values_recover_the_per_batch_loss(tiny_mnist):
    recorder = Recorder()
    train(tiny_mnist, recorder, epochs=1)
    losses = np.array([b["loss"] for b in recorder.batches])
    running = np.cumsum(losses) / np.arange(1, len(losses) + 1)
    assert np.all(np.isfinite(losses))
    assert running[-1] == pytest.approx(np.mean(losses), rel=1e-5)
    assert losses[-5:].mean() < losses[:5].mean()


def test_stop_takes_effect_within_one_batch(tiny_mnist):
    trainer_box = {}

    def stop_at_five(info):
        if info["step"] == 5:
            trainer_box["trainer"].stop()

    recorder = Recorder(stop_at_five)
    config = TrainingConfig(batch_size=20, epochs=5, validation_split=0.1, seed=1)
    trainer = Trainer(SMALL_NET, config, tiny_mnist, recorder)
    trainer_box["trainer"] = trainer
    result = trainer.run()
    assert result.reason == "stopped"
    assert len(recorder.batches) == 5
    assert recorder.epochs == []
    assert result.test is not None and result.model is not None


def test_pause_holds_the_step_count_until_resume(tiny_mnist):
    paused_at = threading.Event()

    def pause_at_three(info):
        if info["step"] == 3:
            trainer.pause()
            paused_at.set()

    recorder = Recorder(pause_at_three)
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=1, seed=1), tiny_mnist,
                      recorder)
    worker = threading.Thread(target=trainer.run)
    worker.start()
    assert paused_at.wait(60)
    worker.join(0.5)
    assert worker.is_alive() and len(recorder.batches) == 3 and trainer.paused
    trainer.resume()
    worker.join(60)
    assert not worker.is_alive()
    assert recorder.end["reason"] == "finished"
    assert len(recorder.batches) == recorder.begin["total_steps"]


def test_stop_releases_a_paused_run(tiny_mnist):
    def pause_then_stop(info):
        if info["step"] == 2:
            trainer.pause()
            threading.Timer(0.2, trainer.stop).start()

    recorder = Recorder(pause_then_stop)
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=3, seed=1), tiny_mnist,
                      recorder)
    assert trainer.run().reason == "stopped"
    assert len(recorder.batches) == 2


def test_nan_loss_ends_with_advice_and_finite_weights(tiny_mnist):
    recorder = Recorder()
    network = NetworkConfig(hidden=(LayerConfig(32, "linear"),))
    _, result = train(tiny_mnist, recorder, network=network, optimizer="sgd",
                      learning_rate=10.0, momentum=0.99, epochs=3)
    assert result.reason == "nan"
    assert "learning rate" in result.message.lower()
    assert all(np.all(np.isfinite(w)) for w in result.model.get_weights())


def test_early_stopping_restores_the_best_weights(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder, epochs=40, early_stopping_patience=1,
                      optimizer="adam", learning_rate=0.05)
    assert result.reason == "early_stopped"
    assert result.epochs_run < 40
    assert "best weights" in result.message


def test_snapshot_predicts_like_the_trained_model(tiny_mnist):
    trainer, result = train(tiny_mnist, epochs=1)
    images = tiny_mnist.x_test[:50].astype(np.float32) / 255
    expected = np.asarray(result.model(images))
    np.testing.assert_allclose(trainer.snapshot().predict_proba(images), expected, atol=1e-5)


def test_augmented_training_is_reproducible(tiny_mnist):
    augment = AugmentConfig(enabled=True)
    _, first = train(tiny_mnist, epochs=1, augment=augment)
    _, second = train(tiny_mnist, epochs=1, augment=augment)
    assert first.history["loss"] == pytest.approx(second.history["loss"], rel=1e-4)
    assert first.test.accuracy == pytest.approx(second.test.accuracy, abs=0.01)


def test_class_count_follows_the_dataset(tiny_mnist):
    five = Dataset(
        name="five", class_names=tuple("abcde"),
        x_train=tiny_mnist.x_train, y_train=tiny_mnist.y_train % 5,
        x_test=tiny_mnist.x_test, y_test=tiny_mnist.y_test % 5,
    )
    _, result = train(five, epochs=1)
    assert result.model.output_shape[-1] == 5


def test_a_split_that_leaves_nothing_to_train_is_reported_not_raised(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder, validation_split=5000)
    assert result.reason == "error" and "no training images" in result.message
    assert recorder.end["reason"] == "error"


def test_stop_before_the_first_batch_trains_nothing(tiny_mnist):
    class StopOnStatus(Recorder):
        def on_status(self, message):
            super().on_status(message)
            if message == "Preparing data…":
                trainer.stop()

    recorder = StopOnStatus()
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=2, seed=1), tiny_mnist,
                      recorder)
    assert trainer.run().reason == "stopped"
    assert recorder.batches == []
