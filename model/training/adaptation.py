"""Fine-tune a trained digit model to one person's handwriting, without forgetting everyone else's.

The person's labelled drawings are few (one to a few dozen), so each is drawn again many times
with random placement, size, pen, slant and jitter (:mod:`model.drawing.variation`) and mixed
with replayed MNIST training digits and pen-drawn digits of the training writers (never a held-out
writer's, see :mod:`model.data.drawn_digits`): the network learns the new styles while still
seeing the old ones, so its MNIST score barely moves. A few epochs at a small learning rate start
from the base model's weights; the result is scored before and after on the person's drawings
exactly as the window saw them, and on the MNIST test set.

The command line adapts in-process (``digitlab adapt``); the window runs an
:class:`AdaptationJob` in a child process (:class:`~model.training.process.ChildProcess`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from model.config import TrainingConfig
from model.data.datasets import MNIST_CLASSES, Dataset, load_dataset
from model.data.drawn_digits import rendered, training_writers_digits
from model.data.my_drawings import LabelledDrawing, network_images
from model.drawing.variation import render_drawings
from model.errors import DigitLabError
from model.inference.evaluation import to_unit_float
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.training.adaptation_report import (
    ADAPTATION_KEY,
    AdaptationReport,
    ClassScore,
    counted,
)
from model.training.child import RunReport
from model.training.control import RunControl
from model.training.events import EndReason, FinishedEvent, TrainingListener
from model.user_data import ADAPTED_MODELS_FOLDER, user_data_dir

_FRESH_KEYS = ("history", "app_version", "tensorflow_version", "keras_version", "created")
"""Base-model metadata that describes the base file, not the adapted one."""


@dataclass(frozen=True)
class AdaptRecipe:
    """How adaptation trains: measured with ``bench/adaptation.py`` on the held-out writers."""

    epochs: int = 4
    batch_size: int = 128
    learning_rate: float = 3e-4
    """Ten times below a fresh run's: 1e-3 cost MNIST 0.4 points for nothing in return."""
    mine: int = 1500
    """Renderings of the user's drawings per run, shared among them…"""
    copies: tuple[int, int] = (20, 400)
    """…but at least the first and at most the second per drawing. A rendering costs as much
    as seven images trained on, so there are few, seen for several epochs."""
    mnist: int = 2500
    """Replayed MNIST training digits."""
    pen: int = 500
    """Replayed pen-drawn digits of the training writers."""
    seed: int = 0


DEFAULT_RECIPE = AdaptRecipe()


@dataclass
class Adaptation:
    """How the run ended, the adapted Keras model (None unless it finished), its report and the
    base model's metadata."""

    summary: FinishedEvent
    report: AdaptationReport
    model: Any = None
    base_metadata: dict[str, Any] = field(default_factory=dict)


def adapt(base_path: str | Path, drawings: Sequence[LabelledDrawing],
          recipe: AdaptRecipe | None = None, listener: TrainingListener | None = None,
          control: RunControl | None = None) -> Adaptation:
    """Fine-tune the model in ``base_path`` on ``drawings`` (with :data:`DEFAULT_RECIPE`
    unless told otherwise), reporting to ``listener``.

    Bad input (no drawings, a model that does not read digits) raises :class:`DigitLabError`;
    a failure or a stop while training is reported in the summary, with no model.
    """
    from model.files.keras_io import load_keras_model

    started = time.perf_counter()
    recipe = recipe or DEFAULT_RECIPE
    base_path = Path(base_path).resolve()
    listener = listener or TrainingListener()
    if not drawings:
        raise DigitLabError("adapting needs at least one labelled drawing, found none")
    before = Predictor.load(base_path)
    if tuple(before.class_names) != MNIST_CLASSES:
        raise DigitLabError(f"{base_path.name} reads {', '.join(before.class_names)}; adapting "
                            f"to handwriting needs a digit model (classes 0–9)")
    listener.on_status("Loading TensorFlow…")
    model, base_metadata = load_keras_model(base_path, expected_classes=len(MNIST_CLASSES))
    mnist = load_dataset("mnist")
    judge = _Judge.of(drawings, mnist)
    right_before, mnist_before = judge.score(model)
    listener.on_status(f"Drawing your {counted(len(drawings), 'drawing')} again with "
                       "variations…")
    images, labels = training_images(drawings, mnist, recipe, np.random.default_rng(recipe.seed))
    summary = _fine_tune(model, to_unit_float(images), labels, recipe, listener,
                         control or RunControl())
    report = AdaptationReport(base_path.name, str(base_path), len(drawings), summary.epochs_run,
                              0.0, extra={"recipe": asdict(recipe), "images": len(labels)})
    if summary.reason is not EndReason.FINISHED:
        return Adaptation(summary, report)
    listener.on_status("Scoring your drawings and MNIST's test set…")
    right_after, mnist_after = judge.score(model)
    report = replace(report, classes=class_scores(judge.mine_labels, right_before, right_after),
                     mnist_before=mnist_before, mnist_after=mnist_after,
                     seconds=time.perf_counter() - started)
    return Adaptation(summary, report, model, base_metadata)


def training_images(drawings: Sequence[LabelledDrawing], mnist: Dataset, recipe: AdaptRecipe,
                    rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The mix adaptation trains on: uint8 (N, 28, 28) images (ink 255) and int32 labels."""
    low, high = recipe.copies
    copies = min(max(math.ceil(recipe.mine / len(drawings)), low), high)
    mine = render_drawings([drawing.strokes for drawing in drawings], copies, rng)
    mine_labels = np.repeat([drawing.label for drawing in drawings], copies)
    picked = rng.choice(len(mnist.y_train), size=recipe.mnist, replace=False)
    writers = training_writers_digits()
    pen, pen_labels = rendered([writers[i] for i in rng.choice(len(writers), size=recipe.pen,
                                                                replace=False)], 1, rng)
    images = np.concatenate([mine, mnist.x_train[picked], pen])
    labels = np.concatenate([mine_labels, mnist.y_train[picked], pen_labels])
    return images, labels.astype(np.int32)


@dataclass(frozen=True)
class _Judge:
    """What an adaptation is judged on: the user's drawings exactly as the window saw them, and
    MNIST's test set."""

    mine: np.ndarray
    mine_labels: np.ndarray
    mnist: Dataset

    @classmethod
    def of(cls, drawings: Sequence[LabelledDrawing], mnist: Dataset) -> _Judge:
        return cls(to_unit_float(network_images(drawings)),
                   np.array([drawing.label for drawing in drawings]), mnist)

    def score(self, model: Any) -> tuple[np.ndarray, float]:
        """Which of the user's drawings ``model`` reads right, and its MNIST test accuracy."""
        right = _read(model, self.mine) == self.mine_labels
        mnist = _read(model, to_unit_float(self.mnist.x_test)) == self.mnist.y_test
        return right, float(mnist.mean())


def _read(model: Any, images: np.ndarray) -> np.ndarray:
    """The class ``model`` reads in each image: one eager call (``predict`` would first trace
    a graph, anew after every compile, for a second or more each time)."""
    return keras().ops.convert_to_numpy(model(images, training=False)).argmax(axis=1)


def class_scores(labels: np.ndarray, right_before: np.ndarray,
                 right_after: np.ndarray) -> tuple[ClassScore, ...]:
    """Per class of the user's drawings: how many, and how many were read right before/after."""
    return tuple(ClassScore(int(label), int((labels == label).sum()),
                            int(right_before[labels == label].sum()),
                            int(right_after[labels == label].sum()))
                 for label in np.unique(labels))


def _fine_tune(model: Any, x: np.ndarray, y: np.ndarray, recipe: AdaptRecipe,
               listener: TrainingListener, control: RunControl) -> FinishedEvent:
    """A few epochs of ``fit`` from the loaded weights, with a fresh optimizer."""
    from model.training.build import compile_model
    from model.training.monitor import StopRequested, TrainingMonitor

    training = TrainingConfig(optimizer="adam", learning_rate=recipe.learning_rate,
                              batch_size=recipe.batch_size, epochs=recipe.epochs,
                              validation_split=0, seed=recipe.seed)
    steps = math.ceil(len(y) / recipe.batch_size)
    compile_model(model, training, steps)
    monitor = TrainingMonitor(training, steps, listener, control, lambda _model: None)
    keras().utils.set_random_seed(recipe.seed)
    try:
        with suppress(StopRequested):
            model.fit(x, y, batch_size=recipe.batch_size, epochs=recipe.epochs, shuffle=True,
                      callbacks=[monitor], verbose=0)
        reason, message = monitor.outcome(None)
    except Exception as error:  # out of memory, Keras bugs: reported, not raised
        reason, message = EndReason.ERROR, f"Adapting failed: {error}"
    if reason is EndReason.FINISHED:
        message = "Adapted to your drawings."
    elif reason is EndReason.STOPPED:
        message = "Stopped: nothing was kept, the model is as it was."
    summary = FinishedEvent(reason, message, monitor.epochs_done, monitor.progress.elapsed())
    listener.on_finished(summary)
    return summary


# ------------------------------------------------------------------------- keeping the result


def adapted_metadata(base_metadata: dict[str, Any], report: AdaptationReport) -> dict[str, Any]:
    """The base model's metadata, scored anew and naming its base and the drawings it learnt."""
    metadata = {key: value for key, value in base_metadata.items() if key not in _FRESH_KEYS}
    metadata["metrics"] = {"test_accuracy": report.mnist_after, "epochs_run": report.epochs,
                           "train_seconds": round(report.seconds, 3), "end_reason": "finished"}
    metadata[ADAPTATION_KEY] = {key: value for key, value in report.to_dict().items()
                                if key != "model_path"}
    return metadata


def save_adapted(adaptation: Adaptation, path: str | Path) -> AdaptationReport:
    """Save the adapted model (slim: a further adaptation starts a fresh optimizer anyway);
    returns its report with the file's path."""
    from model.files.keras_io import save_model

    path = Path(path)
    save_model(adaptation.model, path,
               adapted_metadata(adaptation.base_metadata, adaptation.report),
               include_optimizer=False)
    return adaptation.report.with_model_path(str(path))


def adapted_models_dir() -> Path:
    """Where the window keeps the models it adapted."""
    return user_data_dir() / ADAPTED_MODELS_FOLDER


def new_adapted_model_path(base: Path) -> Path:
    """A fresh name for a model adapted from ``base``, e.g. ``mnist-mlp-mine-20260131-120000``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return adapted_models_dir() / f"{base.stem}-mine-{stamp}.keras"


@dataclass(frozen=True)
class AdaptationRunReport(RunReport):
    """A child's :class:`RunReport` for an adaptation, with its figures."""

    adaptation: AdaptationReport | None = None


@dataclass(frozen=True)
class AdaptationJob:
    """Adapt ``base_path`` to ``drawings`` and save the result as ``model_file``, in a child
    process (see :class:`~model.training.process.ChildProcess`)."""

    base_path: Path
    drawings: tuple[LabelledDrawing, ...]
    model_file: Path
    recipe: AdaptRecipe | None = None

    def run(self, reporter: TrainingListener, control: RunControl) -> AdaptationRunReport:
        """Adapt and save (in the child); bad input or a failed save is reported, not raised."""
        try:
            adaptation = adapt(self.base_path, self.drawings, self.recipe, reporter, control)
            if adaptation.model is None:
                return AdaptationRunReport(adaptation.summary, adaptation=adaptation.report)
            reporter.on_status("Keeping the adapted network…")
            self.model_file.parent.mkdir(parents=True, exist_ok=True)
            report = save_adapted(adaptation, self.model_file)
        except (DigitLabError, OSError) as error:
            return AdaptationRunReport(FinishedEvent(EndReason.ERROR, str(error)))
        return AdaptationRunReport(adaptation.summary, model_file=self.model_file,
                                   adaptation=report)
