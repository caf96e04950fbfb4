"""The Train panel: set up an MLP, train it live on a worker thread, judge it, use it.

Training runs on a :class:`~gui.train.worker.TrainingWorker` thread, so the window never waits
for Keras; TensorFlow itself is first imported there. The panel only ever sees the worker's
signals, delivered on the GUI thread at most ~30 times a second, and asks the worker for numpy
weight snapshots when the canvas should read digits with the network while it learns.

Main-window contract: connect :attr:`TrainingPanel.predictor_changed` to ``set_predictor``;
in ``closeEvent`` call :meth:`TrainingPanel.confirm_close` (ignore the event if it returns False)
and then :meth:`TrainingPanel.shutdown`.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QProgressBar, QPushButton,
    QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from gui.common.background import BackgroundCall
from gui.train.dataset_chooser import DatasetChooser
from gui.train.network_editor import NetworkEditor
from gui.train.results_view import ResultsView
from gui.common.throttle import Throttler
from gui.train.training_settings import TrainingSettings
from gui.train.worker import TrainingOutcome, TrainingWorker, failed_summary
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.errors import DigitLabError
from model.presets import Preset, presets
from model.training.trainer import FAILED

SNAPSHOT_INTERVAL_MS = 500
"""How often the canvas gets fresher weights while "watch it learn" is on."""
TRAINED_MODEL_NAME = "your network"
"""How the canvas's status bar names a model trained in the panel (the main window adds its
dataset and test accuracy from the model's metadata)."""
PROGRESS_INTERVAL_MS = 250
"""Progress bars, speed and ETA are redrawn at most four times a second."""
SETUP_TAB, TRAINING_TAB, RESULTS_TAB = range(3)


def clock(seconds: float) -> str:
    """``75.2`` → ``"1:15"``; unknown or endless → ``"–"``."""
    if not math.isfinite(seconds):
        return "–"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def preset_label(preset: Preset) -> str:
    published = (f"{preset.published_accuracy:.2%}" if preset.published_accuracy is not None
                 else "not published")
    return f"{preset.name} ({preset.dataset}, {published})"


class TrainingPanel(QWidget):
    """Dataset, network and training settings; Train/Pause/Stop; live curves; results.

    Signals (GUI thread): ``progress(dict)`` with the newest batch figures (≤ 30 per second),
    ``epoch_finished(dict)``, ``finished(dict)`` (keys ``reason``, ``message``,
    ``test_accuracy``, ``test_loss``, ``epochs_run``, ``train_seconds``, ``val_accuracy``),
    ``predictor_changed(predictor, source)`` when the canvas should read with another model.
    """

    progress = Signal(dict)
    epoch_finished = Signal(dict)
    finished = Signal(dict)
    predictor_changed = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training")
        self._worker: TrainingWorker | None = None
        self._outcome: TrainingOutcome | None = None
        self._pending: tuple[NetworkConfig, TrainingConfig] | None = None
        self._saving: BackgroundCall | None = None
        self._reference: tuple[float | None, str] = (None, "")
        self._last_snapshot: Any = None
        self._epoch_position = 0.0
        self._epochs = 1
        self._latest_batch: dict = {}
        self._closing = False
        self._plots_widget = None
        self._build_widgets()
        self._layout_widgets()
        self._connect_widgets()
        self._update_controls()

    # Public API -------------------------------------------------------------------------------

    def start(self, network: NetworkConfig, training: TrainingConfig,
              dataset: Dataset | str | None = None) -> None:
        """Train ``network`` with ``training`` on ``dataset``: a loaded Dataset, a spec such as
        ``"mnist"`` (loaded first, off the GUI thread), or None for the chosen one. The Setup
        tab shows the settings being trained."""
        if self.is_running() or self._pending is not None:
            raise RuntimeError("a network is already training; stop it first")
        self._network_editor.set_config(network)
        self._training_settings.set_config(training)
        if isinstance(dataset, Dataset):
            self._datasets.show_dataset(dataset)
            self._start_worker(network, training, dataset)
            return
        spec = dataset if dataset is not None else self._datasets.spec()
        loaded = self._datasets.dataset()
        if loaded is not None and spec == self._datasets.spec():
            self._start_worker(network, training, loaded)
            return
        self._pending = (network, training)
        self._set_status(f"Loading {spec}…")
        self._datasets.load(spec)
        self._update_controls()

    def pause(self) -> None:
        if self.is_running():
            self._worker.pause()
            self._set_status("Paused: training waits between two batches.")
            self._update_controls()

    def resume(self) -> None:
        if self.is_running():
            self._worker.resume()
            self._set_status("Training…")
            self._update_controls()

    def stop(self) -> None:
        """End training at the next batch; the weights trained so far are kept."""
        if self.is_running():
            self._worker.stop()
            self._set_status("Stopping…")

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def is_paused(self) -> bool:
        return self.is_running() and self._worker.is_paused()

    def outcome(self) -> TrainingOutcome | None:
        """The last finished run (with its final Predictor and Keras model), if any."""
        return self._outcome

    def plot_series(self) -> dict[str, tuple]:
        """The curves currently plotted: name → (x in epochs, y) numpy arrays."""
        return self.plots().series()

    def apply_preset(self, name: str) -> None:
        """Load a tutorial recipe: network, training settings, dataset and published accuracy."""
        preset = presets()[name]
        self._network_editor.set_config(preset.network)
        self._training_settings.set_config(preset.training)
        self._set_reference(preset.published_accuracy, f"{preset.name} published")
        self._preset_note.setText(f"Preset: {preset_label(preset)} — {preset.description}")
        if preset.dataset != self._datasets.spec() or self._datasets.dataset() is None:
            self._datasets.load(preset.dataset)

    def use_trained_model(self) -> None:
        """Make the canvas read with the network of the last run."""
        if self._outcome is not None and self._outcome.predictor is not None:
            self.predictor_changed.emit(self._outcome.predictor, TRAINED_MODEL_NAME)

    def save_trained_model(self, path: str) -> None:
        """Save the last run's model on a worker thread; errors are shown in a dialog."""
        outcome = self._outcome
        if outcome is None or outcome.result is None or outcome.result.model is None:
            return
        if self.is_running() or self._saving is not None:
            self.show_error("Cannot save now", "Wait until training or the last save ends.")
            return
        from model.files.keras_io import save_model

        self._saving = BackgroundCall(
            lambda: save_model(outcome.result.model, path, outcome.metadata), self)
        self._saving.succeeded.connect(self._on_saved)
        self._saving.failed.connect(self._on_save_failed)
        self._results.set_saving(True)
        self._set_status(f"Saving {path}…")
        self._update_controls()
        self._saving.start()

    def confirm_close(self) -> bool:
        """Ask before closing during training; on yes, stop it and wait. False = keep open."""
        if not self.is_running():
            return True
        answer = QMessageBox.question(
            self, "Training in progress",
            "A network is still training. Stop training and close? The network being trained "
            "is lost unless you saved it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """Stop training and wait for every worker thread (training, saving, loading) to end, so
        no thread outlives the window and no file is left half-written. Safe to call twice."""
        self._closing = True
        self._pending = None
        self._snapshot_timer.stop()
        if self._worker is not None and self._worker.is_running():
            self._worker.stop_and_wait()
        if self._saving is not None:
            self._saving.wait()
        self._datasets.wait()

    def show_error(self, title: str, text: str) -> None:
        """Tell the user what went wrong (tests replace this to read the message)."""
        if not self._closing:
            QMessageBox.warning(self, title, text)

    def status_text(self) -> str:
        """The one-line status above the tabs ("Loading TensorFlow…", "Epoch 3 done: …")."""
        return self._status.text()

    # Parts, for tests and scripts ---------------------------------------------------------------

    def datasets(self) -> DatasetChooser:
        return self._datasets

    def network_editor(self) -> NetworkEditor:
        return self._network_editor

    def training_settings(self) -> TrainingSettings:
        return self._training_settings

    def results(self) -> ResultsView:
        return self._results

    def show_training(self) -> None:
        """Bring the progress bars and live curves to the front."""
        self._tabs.setCurrentIndex(TRAINING_TAB)

    def plots(self):
        """The live plots (a ``gui.train.plots.TrainingPlots``), built on first use: pyqtgraph is slow
        to import, and the window should open without waiting for it."""
        if self._plots_widget is None:
            from gui.train.plots import TrainingPlots

            self._plots_widget = TrainingPlots()
            self._plots_widget.set_reference(*self._reference)
            self._training_layout.addWidget(self._plots_widget, 1)
        return self._plots_widget

    # Building ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self._datasets = DatasetChooser()
        self._network_editor = NetworkEditor()
        self._training_settings = TrainingSettings()
        self._results = ResultsView()
        self._presets_button = self._make_presets_button()
        self._preset_note = QLabel("Start from a preset, or set up your own network below.")
        self._preset_note.setWordWrap(True)
        self._status = QLabel("Ready.")
        self._status.setObjectName("trainingStatus")
        self._status.setWordWrap(True)
        self._train_button = self._button("Train", "trainButton",
                                          "Build the network and train it on the chosen data.")
        self._pause_button = self._button("Pause", "pauseButton",
                                          "Hold training between two batches; resume any time.")
        self._stop_button = self._button("Stop", "stopButton",
                                         "End training now and keep the weights learned so far.")
        self._live = QCheckBox("Read the canvas while it learns")
        self._live.setObjectName("liveSnapshots")
        self._live.setToolTip("While training runs, the canvas uses the newest weights (twice "
                              "a second): draw a digit and watch the answer sharpen.")
        self._epoch_bar = self._progress_bar("Progress through the current epoch (one pass over "
                                             "the training images).")
        self._run_bar = self._progress_bar("Progress through the whole run: training images "
                                           "processed per second, time spent training (pauses "
                                           "excluded) and the estimated time left.")
        self._tabs = QTabWidget()
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_INTERVAL_MS)
        self._progress_display = Throttler(self._show_progress, PROGRESS_INTERVAL_MS, self)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    @staticmethod
    def _progress_bar(tip: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setToolTip(tip)
        bar.setRange(0, 1)
        bar.setValue(0)
        return bar

    def _make_presets_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("presets")
        button.setText("Presets")
        button.setToolTip("Recipes from tutorials, each with the test accuracy its source "
                          "published, so you can reproduce it and then change one thing.")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for preset in presets().values():
            action = QAction(preset_label(preset), menu)
            action.setToolTip(f"{preset.description} Source: {preset.source}")
            action.triggered.connect(lambda _=False, name=preset.name: self.apply_preset(name))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        button.setMenu(menu)
        return button

    def _layout_widgets(self) -> None:
        self._tabs.addTab(self._setup_page(), "Setup")
        self._tabs.addTab(self._training_page(), "Training")
        self._tabs.addTab(self._results, "Results")
        controls = QHBoxLayout()
        for button in (self._train_button, self._pause_button, self._stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self._live)
        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addWidget(self._status)
        column.addWidget(self._tabs, 1)

    def _setup_page(self) -> QScrollArea:
        presets_row = QHBoxLayout()
        presets_row.addWidget(self._presets_button)
        presets_row.addWidget(self._preset_note, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(presets_row)
        for title, widget in (("Data", self._datasets), ("Network", self._network_editor),
                              ("Training", self._training_settings)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(widget)
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _training_page(self) -> QWidget:
        page = QWidget()
        bars = QVBoxLayout()
        for label, bar in (("Epoch", self._epoch_bar), ("Run", self._run_bar)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addWidget(bar, 1)
            bars.addLayout(row)
        self._training_layout = QVBoxLayout(page)
        self._training_layout.addLayout(bars)
        return page

    def _connect_widgets(self) -> None:
        self._train_button.clicked.connect(self._on_train_clicked)
        self._pause_button.clicked.connect(self._on_pause_clicked)
        self._stop_button.clicked.connect(self.stop)
        self._live.toggled.connect(self._on_live_toggled)
        self._snapshot_timer.timeout.connect(self._offer_snapshot)
        self._datasets.loaded.connect(self._on_dataset_loaded)
        self._datasets.failed.connect(self._on_dataset_failed)
        self._results.use_requested.connect(self.use_trained_model)
        self._results.save_requested.connect(self.save_trained_model)
        self._tabs.currentChanged.connect(self._on_tab_changed)

    # Starting ---------------------------------------------------------------------------------

    def _on_train_clicked(self) -> None:
        try:
            network = self._network_editor.config()
            training = self._training_settings.config()
        except DigitLabError as error:
            self.show_error("Invalid settings", str(error))
            return
        self.start(network, training)

    def _start_worker(self, network: NetworkConfig, training: TrainingConfig,
                      dataset: Dataset) -> None:
        self._pending = None
        self._closing = False
        self._outcome = None
        self._last_snapshot = None
        self._network_editor.set_num_classes(dataset.num_classes)
        self._results.clear("Training… the results appear here when it ends.")
        self.plots().begin(1)
        self._reset_progress()
        worker = TrainingWorker(network, training, dataset, self)
        worker.status.connect(self._set_status)
        worker.began.connect(self._on_began)
        worker.batches.connect(self._on_batches)
        worker.epoch_finished.connect(self._on_epoch)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.show_training()
        worker.start()
        self._on_live_toggled(self._live.isChecked())
        self._update_controls()

    def _on_dataset_loaded(self, dataset: Dataset) -> None:
        self._network_editor.set_num_classes(dataset.num_classes)
        if self._pending is not None:
            network, training = self._pending
            self._start_worker(network, training, dataset)

    def _on_dataset_failed(self, message: str) -> None:
        if self._pending is None:
            self._set_status(f"Could not load the dataset: {message}")
            return
        self._pending = None
        self._update_controls()
        summary = failed_summary(f"Could not load the dataset: {message}")
        self._set_status(summary["message"])
        self.show_error("Cannot train", summary["message"])
        self.finished.emit(summary)

    # Training events --------------------------------------------------------------------------

    def _on_began(self, info: dict) -> None:
        self._epochs = info["epochs"]
        self.plots().begin(info["steps_per_epoch"])
        self._epoch_bar.setRange(0, info["steps_per_epoch"])
        self._run_bar.setRange(0, info["total_steps"])
        self._set_status(f"Training: {info['epochs']} epochs of {info['steps_per_epoch']:,} "
                         f"batches of {info['batch_size']}.")

    def _on_batches(self, points, latest: dict) -> None:
        self.plots().add_batches(points)
        self._epoch_position = latest["epoch_fraction"]
        self._latest_batch = latest
        self._progress_display.trigger()
        self.progress.emit(latest)

    def _show_progress(self) -> None:
        """Bars and figures for the newest batch; a few times a second is all anyone can read,
        and every repaint takes CPU from training."""
        latest = self._latest_batch
        if not latest:
            return
        self._epoch_bar.setFormat(f"epoch {latest['epoch'] + 1} of {self._epochs}: %p%")
        self._epoch_bar.setValue(latest["batch"] + 1)
        self._run_bar.setFormat(f"%p% · {latest['samples_per_s']:,.0f} images/s · "
                                f"{clock(latest['elapsed_s'])} elapsed · "
                                f"about {clock(latest['eta_s'])} left")
        self._run_bar.setValue(latest["step"])

    def _on_epoch(self, info: dict) -> None:
        self.plots().add_epoch(info)
        validation = (f", validation accuracy {info['val_accuracy']:.2%}"
                      if "val_accuracy" in info else "")
        if not self.is_paused():
            self._set_status(f"Epoch {info['epoch']} done: training accuracy "
                             f"{info['accuracy']:.2%}{validation}.")
        self.epoch_finished.emit(info)

    def _on_finished(self, outcome: TrainingOutcome) -> None:
        """Show how the run ended. The worker (and with it the thread and the trainer) is
        deleted: only the outcome keeps the trained Keras model alive, one run at a time."""
        self._outcome = outcome
        self._worker.deleteLater()
        self._worker = None
        self._snapshot_timer.stop()
        self._progress_display.flush()
        test_accuracy = outcome.summary["test_accuracy"]
        if test_accuracy is not None:
            self.plots().add_test_accuracy(self._epoch_position, test_accuracy)
        self._results.show_outcome(outcome, self._reference[0])
        self._set_status(outcome.message)
        self._update_controls()
        if not self._closing:
            self._tabs.setCurrentIndex(RESULTS_TAB)
        if self._live.isChecked():
            self.use_trained_model()
        if outcome.reason == FAILED:
            self.show_error("Training failed", outcome.message)
        self.finished.emit(dict(outcome.summary))

    # Watching it learn ------------------------------------------------------------------------

    def _on_live_toggled(self, on: bool) -> None:
        if on and self.is_running():
            self._snapshot_timer.start()
        else:
            self._snapshot_timer.stop()

    def _offer_snapshot(self) -> None:
        """Hand the canvas the newest weights, if they changed since the last offer."""
        if not self.is_running():
            return
        snapshot = self._worker.snapshot()
        if snapshot is not None and snapshot is not self._last_snapshot:
            self._last_snapshot = snapshot
            self.predictor_changed.emit(
                snapshot, f"{TRAINED_MODEL_NAME} at epoch {self._epoch_position:.1f}")

    # Saving -----------------------------------------------------------------------------------

    def _on_saved(self, path) -> None:
        self._finish_save()
        self._set_status(f"Saved {path}.")

    def _on_save_failed(self, error: Exception) -> None:
        self._finish_save()
        self._set_status("Saving failed; the trained model is still here, try another place.")
        self.show_error("Cannot save model", str(error))

    def _finish_save(self) -> None:
        self._saving.deleteLater()
        self._saving = None
        self._results.set_saving(False)
        self._update_controls()

    # State ------------------------------------------------------------------------------------

    def _on_pause_clicked(self) -> None:
        if self.is_paused():
            self.resume()
        else:
            self.pause()

    def _on_tab_changed(self, index: int) -> None:
        if index == TRAINING_TAB:
            self.plots()

    def _set_reference(self, accuracy: float | None, label: str) -> None:
        self._reference = (accuracy, label)
        if self._plots_widget is not None:
            self._plots_widget.set_reference(accuracy, label)

    def _reset_progress(self) -> None:
        self._latest_batch = {}
        for bar in (self._epoch_bar, self._run_bar):
            bar.setRange(0, 1)
            bar.setValue(0)
            bar.resetFormat()

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _update_controls(self) -> None:
        running = self.is_running()
        busy = running or self._pending is not None or self._saving is not None
        self._train_button.setEnabled(not busy)
        self._pause_button.setEnabled(running)
        self._pause_button.setText("Resume" if self.is_paused() else "Pause")
        self._stop_button.setEnabled(running)
        self._presets_button.setEnabled(not busy)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the chosen dataset the first time the panel is seen, so its sizes and samples
        are there to look at before anyone presses Train."""
        if self._datasets.dataset() is None and not self._datasets.is_loading():
            self._datasets.load(self._datasets.spec())
        super().showEvent(event)
