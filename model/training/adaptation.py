"""Fine-tune a trained digit model to one person's handwriting, without forgetting everyone else's.

The person's labelled drawings are few (one to a few dozen), so each is drawn again many times
with random placement, size, pen, slant and jitter (:mod:`model.drawing.variation`) and mixed
with replayed MNIST training digits and pen-drawn digits of the training writers (never a held-out
writer's, see :mod:`model.data.drawn_digits`): the network learns the new styles while still
seeing the old ones, so its MNIST score barely moves. A few epochs at a small learning rate start
from the base model's weights; the result is scored before and after on the person's drawings
exactly as the window saw them, and on the MNIST test set.

The fine-tune is a run of the one :class:`~model.training.trainer.Trainer` (events, stop, pause,
test scores). The command line adapts in-process (``digitlab adapt``); the window runs an
:class:`~model.adaptation_job.AdaptationJob` in a child process; both record the run in the
history.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from model.config import ACTIVATIONS, LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import MNIST_CLASSES, Dataset, load_dataset
from model.data.drawn_digits import rendered, training_writers_digits
from model.data.my_drawings import LabelledDrawing, network_images
from model.drawing.variation import Variation, render_drawings
from model.errors import DigitLabError
from model.files.metadata import run_metrics, stored_configs
from model.image_size import to_unit_float
from model.inference.evaluation import evaluate
from model.inference.predictor import Predictor
from model.training.adaptation_report import (
    ADAPTATION_KEY,
    AdaptationReport,
    ClassScore,
    counted,
)
from model.training.control import RunControl
from model.training.events import TrainingListener
from model.training.trainer import Trainer, TrainingResult
from model.translatable import QT_TRANSLATE_NOOP
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
    max_rotation: float = 22.0
    """Degrees either way each rendering of the user's drawings may turn, and…"""
    jitter: float = 0.035
    """…how shaky its points may be: about twice the training renderings' spread. Five
    drawings of a digit miss some of the ways their writer draws it; wider renderings cover
    more of them. On the tuning writers (8 seeds) the hardest two read 11 more of 3,200
    drawings, on no seed fewer, for 0.15 points of MNIST."""
    mnist: int = 2500
    """Replayed MNIST training digits."""
    pen: int = 500
    """Replayed pen-drawn digits of the training writers."""
    seed: int = 0

    def variation(self) -> Variation:
        """How the renderings of the user's drawings vary (pen widths as in training)."""
        return Variation(max_rotation=self.max_rotation, jitter=self.jitter)

    def training(self) -> TrainingConfig:
        """The fine-tune's settings for the :class:`~model.training.trainer.Trainer`: a fresh
        Adam, no validation split (the user's drawings are judged as they were drawn)."""
        return TrainingConfig(optimizer="adam", learning_rate=self.learning_rate,
                              batch_size=self.batch_size, epochs=self.epochs,
                              validation_split=0, seed=self.seed)


DEFAULT_RECIPE = AdaptRecipe()


@dataclass
class AdaptationResult:
    """What :func:`adapt` returns in the process that adapted: the fine-tune's
    :class:`~model.training.trainer.TrainingResult` (its model None unless it finished), what
    the adaptation changed, and the base model's metadata for the adapted file."""

    fine_tune: TrainingResult
    report: AdaptationReport
    base_metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class AdaptationPlan:
    """An adaptation ready to run: the base model loaded, the drawings rendered into the mix it
    trains on. Its :attr:`network`, :attr:`training` and :attr:`dataset` describe the run as
    any training run is described (the run history records them)."""

    base_path: Path
    drawings: Sequence[LabelledDrawing]
    recipe: AdaptRecipe
    base: Predictor
    model: Any
    base_metadata: dict[str, Any]
    network: NetworkConfig
    training: TrainingConfig
    dataset: Dataset
    started: float

    def start_report(self) -> AdaptationReport:
        """What is known before training: the base model and the drawings."""
        return AdaptationReport(self.base_path.name, str(self.base_path), len(self.drawings),
                                0, 0.0, extra={"recipe": asdict(self.recipe),
                                               "images": len(self.dataset.y_train)})

    def run(self, listener: TrainingListener | None = None,
            control: RunControl | None = None) -> AdaptationResult:
        """Fine-tune through the one :class:`~model.training.trainer.Trainer` (events, stop,
        pause, scores on MNIST's test set), then score the user's drawings before and after."""
        listener = listener or TrainingListener()
        result = Trainer(self.network, self.training, self.dataset, listener, control=control,
                         start_from=self.model).run()
        report = replace(self.start_report(), epochs=result.summary.epochs_run)
        if result.model is None:
            return AdaptationResult(result, report, self.base_metadata)
        listener.on_status(QT_TRANSLATE_NOOP("Model", "Scoring your drawings…"))
        mine = to_unit_float(network_images(self.drawings))
        labels = np.array([drawing.label for drawing in self.drawings])
        after = Predictor.from_keras(result.model, self.base.class_names)
        report = replace(
            report, classes=class_scores(labels, _reads_right(self.base, mine, labels),
                                         _reads_right(after, mine, labels)),
            mnist_before=evaluate(self.base.predict_proba, self.dataset.x_test,
                                  self.dataset.y_test).accuracy,
            mnist_after=result.test.accuracy, seconds=time.perf_counter() - self.started)
        return AdaptationResult(result, report, self.base_metadata)


def plan_adaptation(base_path: str | Path, drawings: Sequence[LabelledDrawing],
                    recipe: AdaptRecipe | None = None,
                    listener: TrainingListener | None = None) -> AdaptationPlan:
    """Load the model in ``base_path`` and draw ``drawings`` again with variations (with
    :data:`DEFAULT_RECIPE` unless told otherwise), reporting to ``listener``.

    Bad input (no drawings, a model that does not read digits) raises :class:`DigitLabError`.
    """
    from model.files.keras_io import load_keras_model

    started = time.perf_counter()
    recipe = recipe or DEFAULT_RECIPE
    base_path = Path(base_path).resolve()
    listener = listener or TrainingListener()
    if not drawings:
        raise DigitLabError("adapting needs at least one labelled drawing, found none")
    base = Predictor.load(base_path)
    if tuple(base.class_names) != MNIST_CLASSES:
        raise DigitLabError(f"{base_path.name} reads {', '.join(base.class_names)}; adapting "
                            f"to handwriting needs a digit model (classes 0–9)")
    listener.on_status(QT_TRANSLATE_NOOP("Model", "Loading TensorFlow…"))
    model, base_metadata = load_keras_model(base_path, expected_classes=len(MNIST_CLASSES))
    mnist = load_dataset("mnist")
    listener.on_status(f"Drawing your {counted(len(drawings), 'drawing')} again with "
                       "variations…")
    images, labels = training_images(drawings, mnist, recipe, np.random.default_rng(recipe.seed))
    dataset = Dataset(f"{mnist.name} + {counted(len(drawings), 'drawing')}", MNIST_CLASSES,
                      images, labels, mnist.x_test, mnist.y_test)
    return AdaptationPlan(base_path, tuple(drawings), recipe, base, model, base_metadata,
                          base_network(base, listener), recipe.training(), dataset,
                          started)


def adapt(base_path: str | Path, drawings: Sequence[LabelledDrawing],
          recipe: AdaptRecipe | None = None, listener: TrainingListener | None = None,
          control: RunControl | None = None) -> AdaptationResult:
    """Fine-tune the model in ``base_path`` on ``drawings``: :func:`plan_adaptation`, then its
    run. A failure or a stop while training is reported in the result, with no model."""
    return plan_adaptation(base_path, drawings, recipe, listener).run(listener, control)


def base_network(base: Predictor, listener: TrainingListener) -> NetworkConfig:
    """The base model's network as its file describes it (migrated to today's settings), else
    as its Dense layers say (a model DigitLab did not train)."""
    configs = stored_configs(base.metadata)
    if configs is not None:
        if configs.note:
            listener.on_status(f"{base.path.name}: {configs.note}")
        return configs.network
    dense = [replayed.layer.config for replayed in base.layers
             if replayed.layer.kind == "Dense"][:-1]
    return NetworkConfig(hidden=tuple(
        LayerConfig(config["units"], config["activation"] if config.get("activation")
                    in ACTIVATIONS else "linear") for config in dense),
        num_classes=base.num_classes)


def training_images(drawings: Sequence[LabelledDrawing], mnist: Dataset, recipe: AdaptRecipe,
                    rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The mix adaptation trains on: uint8 (N, 28, 28) images (ink 255) and int32 labels."""
    low, high = recipe.copies
    copies = min(max(math.ceil(recipe.mine / len(drawings)), low), high)
    mine = render_drawings([drawing.strokes for drawing in drawings], copies, rng,
                           recipe.variation())
    mine_labels = np.repeat([drawing.label for drawing in drawings], copies)
    picked = rng.choice(len(mnist.y_train), size=recipe.mnist, replace=False)
    writers = training_writers_digits()
    pen, pen_labels = rendered([writers[i] for i in rng.choice(len(writers), size=recipe.pen,
                                                                replace=False)], 1, rng)
    images = np.concatenate([mine, mnist.x_train[picked], pen])
    labels = np.concatenate([mine_labels, mnist.y_train[picked], pen_labels])
    return images, labels.astype(np.int32)


def _reads_right(predictor: Predictor, images: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Which of ``images`` ``predictor`` reads as their label."""
    return predictor.predict_proba(images).argmax(axis=1) == labels


def class_scores(labels: np.ndarray, right_before: np.ndarray,
                 right_after: np.ndarray) -> tuple[ClassScore, ...]:
    """Per class of the user's drawings: how many, and how many were read right before/after."""
    return tuple(ClassScore(int(label), int((labels == label).sum()),
                            int(right_before[labels == label].sum()),
                            int(right_after[labels == label].sum()))
                 for label in np.unique(labels))


# ------------------------------------------------------------------------- keeping the result


def adapted_metadata(adaptation: AdaptationResult) -> dict[str, Any]:
    """The base model's metadata, scored anew (as any run's: the fine-tune's scores) and naming
    its base and the drawings it learnt."""
    report = adaptation.report
    metadata = {key: value for key, value in adaptation.base_metadata.items()
                if key not in _FRESH_KEYS}
    metadata["metrics"] = run_metrics(adaptation.fine_tune.summary)
    metadata[ADAPTATION_KEY] = {key: value for key, value in report.to_dict().items()
                                if key != "model_path"}
    return metadata


def save_adapted(adaptation: AdaptationResult, path: str | Path) -> AdaptationReport:
    """Save the adapted model (slim: a further adaptation starts a fresh optimizer anyway);
    returns its report with the file's path."""
    from model.files.keras_io import save_model

    path = Path(path)
    save_model(adaptation.fine_tune.model, path, adapted_metadata(adaptation),
               include_optimizer=False)
    return adaptation.report.with_model_path(str(path))


def adapted_models_dir() -> Path:
    """Where the window keeps the models it adapted."""
    return user_data_dir() / ADAPTED_MODELS_FOLDER


def new_adapted_model_path(base: Path) -> Path:
    """A fresh name for a model adapted from ``base``, e.g. ``mnist-mlp-mine-20260131-120000``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return adapted_models_dir() / f"{base.stem}-mine-{stamp}.keras"
