"""The Trainer's contract: events, stop within a batch, pause, NaN, early stopping, snapshots."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from model.config import AugmentConfig, LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, load_dataset
from model.image_size import to_unit_float
from model.training.control import RunControl
from model.training.events import EndReason, TrainingListener
from model.training.trainer import Trainer

SMALL_NET = NetworkConfig(hidden=(LayerConfig(32),))


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return load_dataset("mnist").subset(1200, 300, seed=0)


class Recorder(TrainingListener):
    """Keeps every event; optional hooks act on the n-th batch."""

    def __init__(self, on_batch_hook=None):
        self.status, self.batches, self.epochs, self.begin, self.end = [], [], [], None, None
        self.hook = on_batch_hook

    def on_status(self, text):
        self.status.append(text)

    def on_begin(self, event):
        self.begin = event

    def on_batch(self, event):
        self.batches.append(event)
        if self.hook:
            self.hook(event)

    def on_epoch(self, event):
        self.epochs.append(event)

    def on_finished(self, event):
        self.end = event


def train(dataset, listener=None, network=SMALL_NET, **training):
    config = TrainingConfig(**{"batch_size": 50, "epochs": 2, "validation_split": 0.1,
                               "seed": 3, **training})
    trainer = Trainer(network, config, dataset, listener)
    return trainer, trainer.run()


@pytest.mark.slow
def test_events_cover_the_whole_run(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder)
    steps = recorder.begin.steps_per_epoch
    assert recorder.begin.total_steps == 2 * steps == len(recorder.batches)
    assert [b.step for b in recorder.batches] == list(range(1, 2 * steps + 1))
    assert recorder.batches[-1].epoch_fraction == pytest.approx(2.0)
    assert [e.epoch for e in recorder.epochs] == [1, 2]
    assert recorder.epochs[0].val_loss > 0 and 0 < recorder.epochs[0].val_accuracy <= 1
    assert recorder.end is result.summary and result.summary.reason is EndReason.FINISHED
    assert result.summary.message == "Finished 2 epochs."
    assert result.summary.to_dict()["reason"] == "finished"
    assert 0.5 < result.test.accuracy <= 1.0
    assert result.test.n == 300
    assert "Loading TensorFlow…" in recorder.status


@pytest.mark.slow
def test_batch_values_recover_the_per_batch_loss(tiny_mnist):
    recorder = Recorder()
    train(tiny_mnist, recorder, epochs=1)
    losses = np.array([b.loss for b in recorder.batches])
    running = np.cumsum(losses) / np.arange(1, len(losses) + 1)
    assert np.all(np.isfinite(losses))
    assert running[-1] == pytest.approx(np.mean(losses), rel=1e-5)
    assert losses[-5:].mean() < losses[:5].mean()


@pytest.mark.slow
def test_stop_takes_effect_within_one_batch(tiny_mnist):
    control = RunControl()

    def stop_at_five(event):
        if event.step == 5:
            control.stop()

    recorder = Recorder(stop_at_five)
    config = TrainingConfig(batch_size=20, epochs=5, validation_split=0.1, seed=1)
    result = Trainer(SMALL_NET, config, tiny_mnist, recorder, control=control).run()
    assert result.summary.reason is EndReason.STOPPED
    assert result.summary.message == ("Stopped in epoch 1, after 5 steps. The weights trained "
                                      "so far are kept.")
    assert len(recorder.batches) == 5
    assert recorder.epochs == []
    assert result.test is not None and result.model is not None


@pytest.mark.slow
def test_pause_holds_the_step_count_until_resume(tiny_mnist):
    paused_at = threading.Event()
    control = RunControl()

    def pause_at_three(event):
        if event.step == 3:
            control.pause()
            paused_at.set()

    recorder = Recorder(pause_at_three)
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=1, seed=1), tiny_mnist,
                      recorder, control=control)
    worker = threading.Thread(target=trainer.run)
    worker.start()
    assert paused_at.wait(60)
    worker.join(0.5)
    assert worker.is_alive() and len(recorder.batches) == 3 and control.paused
    control.resume()
    worker.join(60)
    assert not worker.is_alive()
    assert recorder.end.reason is EndReason.FINISHED
    assert len(recorder.batches) == recorder.begin.total_steps
    # newcomer 8: an epoch's seconds (the curve CSV) leave the pause out, as Results does
    assert recorder.epochs[0].seconds <= recorder.end.train_seconds + 0.01


@pytest.mark.slow
def test_stop_releases_a_paused_run(tiny_mnist):
    control = RunControl()

    def pause_then_stop(event):
        if event.step == 2:
            control.pause()
            threading.Timer(0.2, control.stop).start()

    recorder = Recorder(pause_then_stop)
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=3, seed=1), tiny_mnist,
                      recorder, control=control)
    assert trainer.run().summary.reason is EndReason.STOPPED
    assert len(recorder.batches) == 2


@pytest.mark.slow
def test_nan_loss_ends_with_advice_and_finite_weights(tiny_mnist):
    recorder = Recorder()
    network = NetworkConfig(hidden=(LayerConfig(32, "linear"),))
    _, result = train(tiny_mnist, recorder, network=network, optimizer="sgd",
                      learning_rate=10.0, momentum=0.99, epochs=3)
    assert result.summary.reason is EndReason.NAN
    assert "learning rate" in result.summary.message.lower()
    assert all(np.all(np.isfinite(w)) for w in result.model.get_weights())


@pytest.mark.slow
def test_early_stopping_restores_the_best_weights(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder, epochs=40, early_stopping_patience=1,
                      optimizer="adam", learning_rate=0.05)
    assert result.summary.reason is EndReason.EARLY_STOPPED
    assert result.summary.epochs_run < 40
    assert "best weights" in result.summary.message


@pytest.mark.slow
def test_snapshot_predicts_like_the_trained_model(tiny_mnist):
    trainer, result = train(tiny_mnist, epochs=1)
    images = to_unit_float(tiny_mnist.x_test[:50])
    expected = np.asarray(result.model(images))
    snapshot = trainer.control.snapshot()
    np.testing.assert_allclose(snapshot.predictor().predict_proba(images), expected,
                               atol=1e-5)


@pytest.mark.slow
def test_augmented_training_is_reproducible(tiny_mnist):
    augment = AugmentConfig(enabled=True)
    _, first = train(tiny_mnist, epochs=1, augment=augment)
    _, second = train(tiny_mnist, epochs=1, augment=augment)
    assert first.history["loss"] == pytest.approx(second.history["loss"], rel=1e-4)
    assert first.test.accuracy == pytest.approx(second.test.accuracy, abs=0.01)


@pytest.mark.slow
def test_class_count_follows_the_dataset(tiny_mnist):
    five = Dataset(
        name="five", class_names=tuple("abcde"),
        x_train=tiny_mnist.x_train, y_train=tiny_mnist.y_train % 5,
        x_test=tiny_mnist.x_test, y_test=tiny_mnist.y_test % 5,
    )
    _, result = train(five, epochs=1)
    assert result.model.output_shape[-1] == 5


@pytest.mark.slow
def test_a_split_that_leaves_nothing_to_train_is_reported_not_raised(tiny_mnist):
    recorder = Recorder()
    _, result = train(tiny_mnist, recorder, validation_split=5000)
    assert result.summary.reason is EndReason.ERROR
    assert "no training images" in result.summary.message
    assert recorder.end is result.summary


@pytest.mark.slow
def test_stop_before_the_first_batch_trains_nothing(tiny_mnist):
    control = RunControl()

    class StopOnStatus(Recorder):
        def on_status(self, text):
            super().on_status(text)
            if text == "Preparing data…":
                control.stop()

    recorder = StopOnStatus()
    trainer = Trainer(SMALL_NET, TrainingConfig(batch_size=50, epochs=2, seed=1), tiny_mnist,
                      recorder, control=control)
    assert trainer.run().summary.reason is EndReason.STOPPED
    assert recorder.batches == []
