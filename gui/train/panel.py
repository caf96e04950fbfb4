"""The Train panel: set up an MLP, train it live in a child process, judge it, use it.

Training runs in the child process of a :class:`~gui.train.worker.TrainingWorker`, so the window
never waits for Keras and never imports TensorFlow. The panel only ever sees the worker's
signals, delivered on the GUI thread at most ~30 times a second, and asks the worker's run
control for numpy weight snapshots when the canvas should read digits with the network while it
learns. Its parts live beside it: :mod:`~gui.train.run_controls`, :mod:`~gui.train.setup_page`,
:mod:`~gui.train.progress_view`, :mod:`~gui.train.results_view`.

The panel is a :class:`~gui.feature.Feature`: attached to the window it docks itself, hands
the networks it trains (and live snapshots) to the window's
:class:`~gui.active.owner.ActiveModel`, saves through it, and follows it to show whether its
network is the one in use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from gui.active.owner import ActiveModel, ModelInUse, Origin
from gui.common.language import number, percent, translate, translated
from gui.feature import Feature, Host
from gui.runs.view import RunsView
from gui.train.dataset_chooser import DatasetChooser
from gui.train.locks import show_locks
from gui.train.progress_view import ProgressView
from gui.train.results_view import ResultsView
from gui.train.run_controls import RunControls
from gui.train.setup_page import SetupPage
from gui.train.worker import TrainingOutcome, TrainingWorker
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.errors import DigitLabError
from model.policy import Lock, Locked, Policy, PolicyError, combined_locks, enforce, load_policy
from model.presets import presets
from model.setting_names import with_settings
from model.training.events import BeginEvent, EndReason, EpochEvent, FinishedEvent
from model.training.inbox import BatchGroup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from gui.train.plots import TrainingPlots

SNAPSHOT_INTERVAL_MS = 500
"""How often the canvas gets fresher weights while *Watch it learn* is on."""


def trained_model_name() -> str:
    """How the canvas's status bar names a model trained in the panel (the main window adds
    its dataset and test accuracy from the model's metadata)."""
    return translate("Train", "your network")


class TrainingPanel(QWidget, Feature):
    """Dataset, network and training settings; Train/Pause/Stop; live curves; results.

    Signals (GUI thread), named as the training events they pass on: ``batch(BatchEvent)``, the
    newest batch of each delivery (≤ 30 a second); ``epoch(EpochEvent)``;
    ``finished(FinishedEvent)`` once per :meth:`start`, however the run ended (``reason``,
    ``message``, ``test_accuracy``, …).
    """

    batch = Signal(object)
    epoch = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training")
        self._worker: TrainingWorker | None = None
        self._outcome: TrainingOutcome | None = None
        self._active: ActiveModel | None = None
        self._dock: QDockWidget | None = None
        self._unsaved: list[Path] = []
        self._pending: tuple[NetworkConfig, TrainingConfig] | None = None
        self._last_snapshot: Any = None
        self._published_accuracy: float | None = None
        self._closing = False
        self._limit: int | None = None
        self._policy_problem = ""
        try:
            self._policy = load_policy()
        except PolicyError as error:
            self._policy, self._policy_problem = Policy(), str(error)
        self._locks = combined_locks(self._policy, {})
        self._build_widgets()
        self._layout_widgets()
        self._connect_widgets()
        show_locks(self._setup, self._locks)
        self._update_controls()

    # Public API -------------------------------------------------------------------------------

    def start(self, network: NetworkConfig, training: TrainingConfig,
              dataset: Dataset | str | None = None, limit: int | None = None) -> None:
        """Train ``network`` with ``training`` on ``dataset``: a loaded Dataset, a spec such as
        ``"mnist"`` (loaded first, off the GUI thread), or None for the chosen one; with
        ``limit``, on a stratified subset of that many images. The Setup tab shows the settings
        being trained. Settings a lesson or the policy locks are enforced here, whoever asks."""
        if self.is_running() or self._pending is not None:
            raise RuntimeError("a network is already training; stop it first")
        try:
            if self._policy_problem:
                raise PolicyError(self._policy_problem)
            network, training = enforce(self._locks, network, training)
        except PolicyError as error:
            self._end_unstarted(translate("Train", "Cannot train: {error}").format(error=error))
            return
        self._limit = limit
        self._setup.show_configs(network, training)
        if isinstance(dataset, Dataset):
            self._setup.show_dataset(dataset)
            self._start_worker(network, training, dataset)
            return
        datasets = self._setup.datasets()
        spec = dataset if dataset is not None else datasets.spec()
        if datasets.dataset() is not None and spec == datasets.spec():
            self._start_worker(network, training, datasets.dataset())
            return
        self._pending = (network, training)
        self._controls.set_status(translate("Train", "Loading {dataset}…").format(dataset=spec))
        datasets.load(spec)
        self._update_controls()

    def pause(self) -> None:
        if self.is_running():
            self._worker.control.pause()
            self._controls.set_status(
                translate("Train", "Paused: training waits between two batches."))
            self._update_controls()

    def resume(self) -> None:
        if self.is_running():
            self._worker.control.resume()
            self._controls.set_status(translate("Train", "Training…"))
            self._update_controls()

    def stop(self) -> None:
        """End training at the next batch; the weights trained so far are kept."""
        if self.is_running():
            self._worker.control.stop()
            self._controls.set_status(translate("Train", "Stopping…"))

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def is_paused(self) -> bool:
        return self.is_running() and self._worker.control.paused

    def outcome(self) -> TrainingOutcome | None:
        """The last finished run (with its final Predictor and saved model file), if any."""
        return self._outcome

    def apply_preset(self, name: str) -> None:
        """Load a tutorial recipe: network, training settings, dataset and published accuracy."""
        preset = self._setup.apply_preset(name)
        self._published_accuracy = preset.published_accuracy
        self._progress.set_reference(preset.published_accuracy, translate(
            "Train", "{preset} published").format(preset=translated(preset.name)))

    def attach(self, host: Host) -> None:
        """Dock in ``host``; offer it trained networks; open past runs' models through it;
        offer lessons its commands and tell them when the run history changed."""
        self._active = host.active_model()
        self._dock = host.add_dock(self, translate("Train", "Train"), "trainingDock", "train",
                                   translate("Train", "Build and train your own network"))
        if "train_panel" in self._policy.hidden:
            self._dock.hide()
            self._dock.toggleViewAction().setVisible(False)
            return
        host.add_command("train.apply", self.apply_lesson_settings)
        host.add_command("train.show", self.show_page)
        host.add_command("train.start", self.start_lesson_run)
        host.add_command("train.locks", self.set_lesson_locks)
        self._runs.refreshed.connect(lambda: host.announce("runs_changed"))
        host.follow_events(lambda event: event == "adapted" and self._runs.refresh())
        self._tabs.currentChanged.connect(
            lambda: self._tabs.currentWidget() is self._runs and host.announce("runs_tab"))
        self._active.changed.connect(self._follow_model)
        self._active.saved.connect(self._on_saved)
        self._active.save_failed.connect(self._on_save_failed)
        self._runs.open_requested.connect(host.open_model)

    def apply_lesson_settings(self, preset: str | None, settings: dict[str, Any],
                              dataset: str | None) -> tuple[NetworkConfig, TrainingConfig]:
        """Show a preset (else the defaults: never what happened to be on the page, so a
        lesson's run is the same for everyone) with ``settings`` laid over it, and load
        ``dataset``; the configs shown are returned."""
        network, training = NetworkConfig(), TrainingConfig()
        if preset is not None:
            self.apply_preset(preset)
            recipe = presets()[preset]
            network, training = recipe.network, recipe.training
            dataset = dataset or recipe.dataset
        network, training = with_settings(network, training, settings)
        note = (translate("Train", "Set by your lesson from {preset}.").format(
            preset=translated(preset)) if preset else translate("Train", "Set by your lesson."))
        self._setup.apply_settings(network, training, dataset, note)
        return network, training

    def start_lesson_run(self, preset: str | None, settings: dict[str, Any],
                         dataset: str | None, limit: int | None) -> None:
        """A lesson's *Do it*: show its settings and train them (on ``limit`` images)."""
        if self.is_running() or self._pending is not None:
            self.show_page("training")
            return
        network, training = self.apply_lesson_settings(preset, settings, dataset)
        self.show_page("training")
        self.start(network, training, dataset, limit)

    def show_page(self, page: str) -> None:
        """Bring the panel forward at ``page``: setup, training, results or runs."""
        if self._dock is not None:
            self._dock.show()
            self._dock.raise_()
        pages = {"setup": self._setup, "training": self._progress, "results": self._results,
                 "runs": self._runs}
        self._tabs.setCurrentWidget(pages[page])

    def set_lesson_locks(self, locks: dict[str, Lock]) -> None:
        """The open lesson's locks (none when it closes), under the policy's."""
        self._locks = combined_locks(self._policy, locks)
        show_locks(self._setup, self._locks)

    def locks(self) -> dict[str, Locked]:
        return dict(self._locks)

    def dock(self) -> QDockWidget | None:
        """The dock the panel lives in once attached."""
        return self._dock

    def use_trained_model(self) -> None:
        """Make the canvas read with the network of the last run."""
        outcome = self._outcome
        if outcome is not None and outcome.predictor is not None:
            self._offer(ModelInUse(outcome.predictor, trained_model_name(),
                                   outcome.report.model_file, Origin.TRAINED))

    def save_trained_model(self, path: str) -> None:
        """Save the last run's model off the GUI thread; the window shows any error."""
        outcome = self._outcome
        if self._active is None or outcome is None or outcome.report.model_file is None:
            return
        if self.is_running() or self._active.is_saving():
            self.show_error(translate("Train", "Cannot save now"),
                            translate("Train", "Wait until training or the last save ends."))
            return
        if self._active.save_as(outcome.report.model_file, path):
            self._results.set_saving(True)
            self._controls.set_status(translate("Train", "Saving {path}…").format(path=path))
            self._update_controls()

    def confirm_close(self) -> bool:
        """Ask before closing during training; on yes, stop it and wait. False = keep open."""
        if not self.is_running():
            return True
        answer = QMessageBox.question(
            self, translate("Train", "Training in progress"),
            translate("Train", "A network is still training. Stop training and close? The "
                      "network being trained is lost unless you saved it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """Stop training and wait for every worker (training, saving, loading) to end, so no
        thread or process outlives the window and no file is left half-written; then delete
        the unsaved model. Safe to call twice."""
        self._closing = True
        self._pending = None
        self._snapshot_timer.stop()
        if self.is_running():
            self._worker.stop_and_wait()
        if self._active is not None:
            self._active.wait_for_save()
        self._setup.datasets().wait()
        self._runs.shutdown()
        self._remove_unsaved_models(keep=None)

    def show_error(self, title: str, text: str) -> None:
        """Tell the user what went wrong (tests replace this to read the message)."""
        if not self._closing:
            QMessageBox.warning(self, title, text)

    def status_text(self) -> str:
        """The one-line status above the tabs ("Loading TensorFlow…", "Epoch 3 done: …")."""
        return self._controls.status()

    def datasets(self) -> DatasetChooser:
        """The dataset chooser (scripts wait on its loading)."""
        return self._setup.datasets()

    def plots(self) -> TrainingPlots:
        """The live curves, built on first use (pyqtgraph is slow to import)."""
        return self._progress.plots()

    def show_training(self) -> None:
        """Bring the progress bars and live curves to the front."""
        self._tabs.setCurrentWidget(self._progress)

    # Building ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self._setup = SetupPage()
        self._controls = RunControls()
        self._progress = ProgressView()
        self._results = ResultsView()
        self._runs = RunsView()
        self._tabs = QTabWidget()
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_INTERVAL_MS)

    def _layout_widgets(self) -> None:
        self._tabs.addTab(self._setup, translate("Train", "Setup"))
        self._tabs.addTab(self._progress, translate("Train", "Training"))
        self._tabs.addTab(self._results, translate("Train", "Results"))
        self._tabs.addTab(self._runs, translate("Train", "Runs"))
        for tabs in (self._tabs, self._tabs.tabBar()):
            tabs.setAccessibleName(translate("Train", "Train panel pages"))
        column = QVBoxLayout(self)
        column.addWidget(self._controls)
        column.addWidget(self._tabs, 1)

    def _connect_widgets(self) -> None:
        self._controls.train_clicked.connect(self._on_train_clicked)
        self._controls.pause_clicked.connect(self._on_pause_clicked)
        self._controls.stop_clicked.connect(self.stop)
        self._controls.live_toggled.connect(self._on_live_toggled)
        self._setup.preset_chosen.connect(self.apply_preset)
        self._snapshot_timer.timeout.connect(self._offer_snapshot)
        self._setup.datasets().loaded.connect(self._on_dataset_loaded)
        self._setup.datasets().failed.connect(self._on_dataset_failed)
        self._results.use_requested.connect(self.use_trained_model)
        self._results.save_requested.connect(self.save_trained_model)
        self._runs.settings_requested.connect(self._setup.apply_settings)
        self._runs.settings_requested.connect(lambda *_: self._tabs.setCurrentWidget(self._setup))

    # Starting ---------------------------------------------------------------------------------

    def _on_train_clicked(self) -> None:
        try:
            network, training = self._setup.configs()
        except DigitLabError as error:
            self.show_error(translate("Train", "Invalid settings"), str(error))
            return
        self.start(network, training)

    def _start_worker(self, network: NetworkConfig, training: TrainingConfig,
                      dataset: Dataset) -> None:
        self._pending = None
        if self._limit is not None and self._limit < len(dataset.y_train):
            dataset = dataset.limited(self._limit, training.seed)
        self._closing = False
        self._remove_unsaved_models(keep=self._file_in_use())
        self._outcome = None
        self._last_snapshot = None
        self._results.clear(translate("Train", "Training… the results appear here when it ends."))
        self._progress.reset()
        worker = TrainingWorker(network, training, dataset, self)
        worker.status.connect(lambda text: self._controls.set_status(translated(text)))
        worker.begin.connect(self._on_begin)
        worker.batch.connect(self._on_batch)
        worker.epoch.connect(self._on_epoch)
        worker.finished.connect(self._on_finished)
        self._runs.record(worker, network, training, dataset, self._setup.datasets().spec())
        self._worker = worker
        self.show_training()
        worker.start()
        self._on_live_toggled(self._controls.is_live())
        self._update_controls()

    def _on_dataset_loaded(self, dataset: Dataset) -> None:
        if self._pending is not None:
            network, training = self._pending
            self._start_worker(network, training, dataset)

    def _on_dataset_failed(self, message: str) -> None:
        if self._pending is None:
            self._controls.set_status(_load_failure(message))
            return
        self._pending = None
        self._update_controls()
        self._end_unstarted(_load_failure(message))

    def _end_unstarted(self, message: str) -> None:
        """A run that could not start ends like any other: status, dialog, ``finished``."""
        summary = FinishedEvent(EndReason.ERROR, message)
        self._controls.set_status(summary.message)
        self.show_error(translate("Train", "Cannot train"), summary.message)
        self.finished.emit(summary)

    # Training events --------------------------------------------------------------------------

    def _on_begin(self, plan: BeginEvent) -> None:
        self._progress.begin(plan)
        self._controls.set_status(translate(
            "Train", "Training: {epochs} epochs of {batches} batches of {size}.").format(
            epochs=number(plan.epochs), batches=number(plan.steps_per_epoch),
            size=number(plan.batch_size)))

    def _on_batch(self, group: BatchGroup) -> None:
        self._progress.add_batches(group)
        self.batch.emit(group.latest)

    def _on_epoch(self, epoch: EpochEvent) -> None:
        self._progress.add_epoch(epoch)
        if not self.is_paused():
            self._controls.set_status(epoch_status(epoch))
        self.epoch.emit(epoch)

    def _on_finished(self, outcome: TrainingOutcome) -> None:
        """Show how the run ended; the worker is deleted, the outcome (with the saved model's
        file) kept until the next run."""
        self._outcome = outcome
        if outcome.report.model_file is not None:
            self._unsaved.append(outcome.report.model_file)
        self._worker.deleteLater()
        self._worker = None
        self._snapshot_timer.stop()
        summary = outcome.report.summary
        self._progress.finish(summary)
        self._results.show_outcome(outcome, self._published_accuracy)
        self._controls.set_status(translated(summary.message))
        self._update_controls()
        if not self._closing:
            self._tabs.setCurrentWidget(self._results)
        if self._controls.is_live():
            self.use_trained_model()
        if summary.reason is EndReason.ERROR:
            self.show_error(translate("Train", "Training failed"), translated(summary.message))
        self.finished.emit(summary)

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
        snapshot = self._worker.control.snapshot()
        if snapshot is not None and snapshot is not self._last_snapshot:
            self._last_snapshot = snapshot
            name = translate("Train", "{network} at epoch {epoch}").format(
                network=trained_model_name(), epoch=number(self._progress.epoch_position(), 1))
            self._offer(ModelInUse(snapshot, name, None, Origin.LIVE))

    def _offer(self, model: ModelInUse) -> None:
        if self._active is not None:
            self._active.use(model)

    def _follow_model(self, model: ModelInUse | None) -> None:
        """Say on the Results page whether the last run's network is the one in use."""
        outcome = self._outcome
        self._results.set_in_use(model is not None and outcome is not None
                                 and model.predictor is outcome.predictor)

    # Saving -----------------------------------------------------------------------------------

    def _is_own(self, source: Path) -> bool:
        return self._outcome is not None and self._outcome.report.model_file == source

    def _on_saved(self, source: Path, target: Path) -> None:
        """Any save of the last run's model (here or File ▸ Save) is kept with its run."""
        if self._is_own(source):
            self._finish_save()
            self._controls.set_status(translate("Train", "Saved {path}.").format(path=target))
            self._runs.model_saved(str(target))

    def _on_save_failed(self, source: Path, _message: str) -> None:
        if self._is_own(source):
            self._finish_save()
            self._controls.set_status(translate(
                "Train", "Saving failed; the trained model is still here, try another place."))

    def _finish_save(self) -> None:
        self._results.set_saving(False)
        self._update_controls()

    # State ------------------------------------------------------------------------------------

    def _file_in_use(self) -> Path | None:
        current = self._active.current() if self._active is not None else None
        return current.file if current is not None else None

    def _remove_unsaved_models(self, keep: Path | None) -> None:
        """Delete finished runs' model files nothing can save any more: all when the panel
        closes, else all but the one the window reads with (File ▸ Save can still save it)."""
        for path in [path for path in self._unsaved if path != keep]:
            path.unlink(missing_ok=True)
            self._unsaved.remove(path)

    def _on_pause_clicked(self) -> None:
        if self.is_paused():
            self.resume()
        else:
            self.pause()

    def _update_controls(self) -> None:
        running = self.is_running()
        saving = self._active is not None and self._active.is_saving()
        busy = running or self._pending is not None or saving
        self._controls.show_state(running=running, paused=self.is_paused(), busy=busy)
        self._setup.set_presets_enabled(not busy)
        self._runs.set_busy(busy)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the chosen dataset the first time the panel is seen, so its sizes and samples
        are there to look at before anyone presses Train."""
        datasets = self._setup.datasets()
        if datasets.dataset() is None and not datasets.is_loading():
            datasets.load(datasets.spec())
        super().showEvent(event)


def epoch_status(epoch: EpochEvent) -> str:
    """The status line after an epoch: its training (and validation) accuracy."""
    if epoch.val_accuracy is None:
        return translate("Train", "Epoch {epoch} done: training accuracy {accuracy}.").format(
            epoch=epoch.epoch, accuracy=percent(100 * epoch.accuracy, 2))
    return translate("Train", "Epoch {epoch} done: training accuracy {accuracy}, validation "
                     "accuracy {validation}.").format(
        epoch=epoch.epoch, accuracy=percent(100 * epoch.accuracy, 2),
        validation=percent(100 * epoch.val_accuracy, 2))


def _load_failure(message: str) -> str:
    return translate("Train", "Could not load the dataset: {message}").format(message=message)
