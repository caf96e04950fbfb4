"""The training event contract and the run control, without training anything."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

from model.training.control import RunControl
from model.training.events import BeginEvent, EndReason, FinishedEvent
from model.translatable import counted
from tests.conftest import REPO


def test_events_and_control_import_nothing_else_from_digitlab():
    code = ("import sys, model.training.events, model.training.control\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'model'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    # model.translatable: the one-line mark that lets the window translate the events' texts.
    assert done.stdout.split() == ["['model',", "'model.training',", "'model.training.control',",
                                   "'model.training.events',", "'model.translatable']"]


def test_a_finished_summary_keeps_the_plain_strings_of_json_and_metadata():
    summary = FinishedEvent(EndReason.EARLY_STOPPED, "Stopped early.", 3, 1.23456,
                            test_accuracy=0.9)
    assert json.loads(json.dumps(summary.to_dict())) == {
        "reason": "early_stopped", "message": "Stopped early.", "epochs_run": 3,
        "train_seconds": 1.235, "test_accuracy": 0.9, "test_loss": None, "val_accuracy": None,
        "drawn_accuracy": None}
    assert EndReason("nan") is EndReason.NAN and EndReason.ERROR == "error"


def test_begin_knows_the_steps_of_the_whole_run():
    assert BeginEvent(epochs=3, steps_per_epoch=20, batch_size=32).total_steps == 60


def test_stop_releases_a_paused_run():
    control = RunControl()
    control.pause()
    waiter = threading.Thread(target=control.wait_while_paused)
    waiter.start()
    waiter.join(0.1)
    assert waiter.is_alive() and control.paused
    control.stop()
    waiter.join(5)
    assert not waiter.is_alive() and control.stop_requested and not control.paused


def test_a_snapshot_is_due_when_asked_for_and_an_interval_old():
    control = RunControl(snapshot_interval=60.0)
    assert not control.snapshot_due()
    assert control.snapshot() is None and control.snapshot_due()
    control.publish_snapshot("weights")
    assert control.snapshot() == "weights" and not control.snapshot_due()


def test_a_count_of_one_is_said_in_the_singular():
    """"Finished 1 epochs." was the ending of every one-epoch run."""
    one, many = "Finished 1 epoch.", "Finished {count} epochs."
    assert (counted(1, one, many), counted(3, one, many)) == ("Finished 1 epoch.",
                                                              "Finished 3 epochs.")
    assert counted(3, one, many).values == {"count": 3}
