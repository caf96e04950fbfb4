"""Adapting a model as a recorded run: the job the window's child process runs, and the recording
``digitlab adapt`` shares with it.

An adaptation is a run of the one :class:`~model.training.trainer.Trainer`, so the run history
keeps it as it keeps a training run (kind ``adaptation``, with its base model, its drawings and
the scores before and after). The recording happens where the adaptation runs, through a
:class:`~model.history.recorder.RunRecorder`; this module sits above :mod:`model.training` and
:mod:`model.history`, which never import each other that way round.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from model.data.my_drawings import LabelledDrawing
from model.errors import DigitLabError
from model.history.queue import HistoryQueue
from model.history.recorder import RunRecorder, dataset_info
from model.history.records import ADAPTATION_KIND
from model.training.adaptation import (
    AdaptationPlan,
    AdaptationResult,
    AdaptRecipe,
    plan_adaptation,
    save_adapted,
)
from model.training.child import RunReport
from model.training.control import RunControl
from model.training.events import EndReason, FinishedEvent, TrainingListener
from model.translatable import QT_TRANSLATE_NOOP, marked, message_of


def record_adaptation(plan: AdaptationPlan, queue: HistoryQueue, *, source: str,
                      inner: TrainingListener) -> RunRecorder:
    """A recorder for the adaptation ``plan`` is about to run, passing events on to ``inner``;
    call its ``on_adapted`` with the report once the drawings are scored."""
    return RunRecorder(queue, plan.network, plan.training, dataset_info(plan.dataset, None),
                       source=source, inner=inner, kind=ADAPTATION_KIND,
                       adaptation=plan.start_report().to_dict())


def run_recorded(plan: AdaptationPlan, recorder: RunRecorder,
                 control: RunControl | None = None) -> AdaptationResult:
    """Run ``plan`` reporting to ``recorder``, and keep its report with the run."""
    adaptation = plan.run(recorder, control)
    recorder.on_adapted(adaptation.report.to_dict())
    return adaptation


@dataclass(frozen=True)
class AdaptationJob:
    """Adapt ``base_path`` to ``drawings`` and save the result as ``model_file``, in a child
    process (see :class:`~model.training.process.ChildProcess`); the run is recorded in the
    history (a failure to record is said in the report's message, never fatal)."""

    base_path: Path
    drawings: tuple[LabelledDrawing, ...]
    model_file: Path
    recipe: AdaptRecipe | None = None

    def run(self, reporter: TrainingListener, control: RunControl) -> RunReport:
        """Adapt, save, record (in the child); bad input or a failed save is reported, not
        raised."""
        problems: list[Exception] = []
        queue = HistoryQueue(on_error=problems.append)
        try:
            report = self._adapt_and_save(reporter, control, queue)
        except (DigitLabError, OSError) as error:
            report = RunReport(FinishedEvent(EndReason.ERROR, str(error)))
        queue.wait()
        if not problems:
            return report
        message = marked(QT_TRANSLATE_NOOP("Model", "{ending} Not recorded in the run history: "
                                                    "{problem}"),
                         ending=report.summary.message, problem=message_of(problems[0]))
        return replace(report, summary=replace(report.summary, message=message))

    def _adapt_and_save(self, reporter: TrainingListener, control: RunControl,
                        queue: HistoryQueue) -> RunReport:
        plan = plan_adaptation(self.base_path, self.drawings, self.recipe, reporter)
        recorder = record_adaptation(plan, queue, source="gui", inner=reporter)
        adaptation = run_recorded(plan, recorder, control)
        if adaptation.fine_tune.model is None:
            return RunReport(adaptation.fine_tune.summary, adaptation=adaptation.report)
        reporter.on_status(QT_TRANSLATE_NOOP("Model", "Keeping the adapted network…"))
        self.model_file.parent.mkdir(parents=True, exist_ok=True)
        report = save_adapted(adaptation, self.model_file)
        recorder.on_model_saved(self.model_file)
        return RunReport(adaptation.fine_tune.summary, adaptation.fine_tune.test,
                         model_file=self.model_file, adaptation=report)
