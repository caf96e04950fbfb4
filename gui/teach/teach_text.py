"""The Teach feature's sentences that several of its views say: counts of drawings and what an
adaptation changed.

The command line says the same things in English (``model.training.adaptation_report``); the
window says them in its language, from the report's figures.
"""

from __future__ import annotations

from gui.common.language import percent, translate
from model.training.adaptation_report import MENTIONED_CLASSES, AdaptationReport, ClassScore


def drawing_count(count: int) -> str:
    """"1 drawing", "5 drawings" (two sources: lupdate reads no plural forms here)."""
    if count == 1:
        return translate("Teach", "1 drawing")
    return translate("Teach", "{count} drawings").format(count=count)


def needs_digits() -> str:
    return translate("Teach", "Teaching needs a model that reads the digits 0–9.")


def adaptation_result(report: AdaptationReport) -> str:
    """E.g. "Your 7s: 3/5 → 5/5; MNIST test 99.02% → 98.95%." in the window's language."""
    if len(report.classes) == 1:
        score = report.classes[0]
        mine = translate("Teach", "Your {label}s: {before}/{count} → {after}/{count}").format(
            label=score.label, before=score.before, after=score.after, count=score.drawings)
    else:
        mine = _all_result(report)
    if report.mnist_before is None or report.mnist_after is None:
        return translate("Teach", "{mine}.").format(mine=mine)
    return translate("Teach", "{mine}; MNIST test {before} → {after}.").format(
        mine=mine, before=percent(100 * report.mnist_before, 2),
        after=percent(100 * report.mnist_after, 2))


def _class_result(score: ClassScore) -> str:
    """One class in the list of the biggest changes."""
    return translate("Teach", "your {label}s: {before}/{count} → {after}/{count}").format(
        label=score.label, before=score.before, after=score.after, count=score.drawings)


def _all_result(report: AdaptationReport) -> str:
    total = sum(score.drawings for score in report.classes)
    figures = {"before": sum(score.before for score in report.classes),
               "after": sum(score.after for score in report.classes), "count": total}
    changed = sorted((s for s in report.classes if s.after != s.before),
                     key=lambda s: -abs(s.after - s.before))[:MENTIONED_CLASSES]
    if not changed:
        return translate("Teach", "Your drawings: {before}/{count} → {after}/{count}").format(
            **figures)
    return translate("Teach", "Your drawings: {before}/{count} → {after}/{count} ({classes})"
                     ).format(classes=", ".join(_class_result(s) for s in changed), **figures)
