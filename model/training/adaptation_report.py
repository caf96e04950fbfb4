"""What adapting a model to someone's handwriting changed, in figures and in one sentence.

The adaptation runs where TensorFlow is (the CLI, a child process of the window); its report
travels as JSON and is read back here, so this module imports nothing heavy: the window can
describe a result without loading Keras.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

ADAPTATION_KEY = "adaptation"
"""The metadata key under which an adapted model keeps its report (base model, drawings, …)."""
MENTIONED_CLASSES = 3
"""The result sentence names at most this many of the user's classes (the biggest changes)."""


def counted(count: int, noun: str) -> str:
    """"1 drawing", "2 drawings": how the app counts things in sentences."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class ClassScore:
    """How many of the user's drawings of one class a model read right, before and after."""

    label: int
    drawings: int
    before: int
    after: int

    def describe(self) -> str:
        return (f"your {self.label}s: {self.before}/{self.drawings} → "
                f"{self.after}/{self.drawings}")


@dataclass(frozen=True)
class AdaptationReport:
    """One adaptation: which model it started from, on how many drawings, how long it took, and
    the scores on the user's drawings (as they were drawn) and on MNIST's test set."""

    base_model: str
    """The base model's file name."""
    base_path: str
    """The base model's absolute path, so the window can go back to it."""
    drawings: int
    epochs: int
    seconds: float
    classes: tuple[ClassScore, ...] = ()
    mnist_before: float | None = None
    mnist_after: float | None = None
    model_path: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    """Details worth keeping that nothing reads back (the recipe, the mix of images)."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        data.update(data.pop("extra"))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AdaptationReport:
        """The report :meth:`to_dict` wrote (``KeyError``/``TypeError`` if it is not one)."""
        names = {name for name in cls.__dataclass_fields__ if name != "extra"}
        known = {key: value for key, value in data.items() if key in names}
        known["classes"] = tuple(ClassScore(**score) for score in data.get("classes", ()))
        return cls(**known, extra={k: v for k, v in data.items() if k not in names})

    def with_model_path(self, path: str) -> AdaptationReport:
        return replace(self, model_path=path)

    def describe(self) -> str:
        """E.g. "Your 7s: 3/5 → 5/5; MNIST test 99.02% → 98.95%"."""
        parts = [self._mine()]
        if self.mnist_before is not None and self.mnist_after is not None:
            parts.append(f"MNIST test {self.mnist_before:.2%} → {self.mnist_after:.2%}")
        text = "; ".join(part for part in parts if part)
        return text[:1].upper() + text[1:]

    def _mine(self) -> str:
        if len(self.classes) == 1:
            return self.classes[0].describe()
        total = sum(score.drawings for score in self.classes)
        before = sum(score.before for score in self.classes)
        after = sum(score.after for score in self.classes)
        text = f"your drawings: {before}/{total} → {after}/{total}"
        changed = sorted((s for s in self.classes if s.after != s.before),
                         key=lambda s: -abs(s.after - s.before))[:MENTIONED_CLASSES]
        if changed:
            text += f" ({', '.join(score.describe() for score in changed)})"
        return text


def adapted_from(metadata: dict[str, Any]) -> Path | None:
    """The base model an adapted model was made from, if its file is still there."""
    report = metadata.get(ADAPTATION_KEY)
    base = report.get("base_path") if isinstance(report, dict) else None
    return Path(base) if isinstance(base, str) and Path(base).is_file() else None
