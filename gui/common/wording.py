"""Names the window shows in more than one place, written once.

A name a learner reads on a control, in another view's text and in the README must be the same
everywhere, or the README's "tick *Watch it learn*" sends them looking for a box that is not
there. A test checks the README uses these names.

The names stay English here, for the README and its test, and are marked for lupdate: a view
shows one as ``translate("Common", NAME)``, so every view says the same in every language.
"""

from __future__ import annotations

from model.translatable import QT_TRANSLATE_NOOP

WATCH_IT_LEARN = QT_TRANSLATE_NOOP("Common", "Watch it learn")
"""The Train panel's switch that lets the canvas read with the weights being trained."""
WATCH_IT_LEARN_TIP = QT_TRANSLATE_NOOP(
    "Common",
    "While training runs, the canvas reads your drawing with the newest weights (twice a "
    "second), and the Weights tab shows them: draw a digit and watch the answer sharpen.")
