"""Names the window shows in more than one place, written once.

A name a learner reads on a control, in another view's text and in the README must be the same
everywhere, or the README's "tick *Watch it learn*" sends them looking for a box that is not
there. A test checks the README uses these names.
"""

from __future__ import annotations

WATCH_IT_LEARN = "Watch it learn"
"""The Train panel's switch that lets the canvas read with the weights being trained."""
WATCH_IT_LEARN_TIP = ("While training runs, the canvas reads your drawing with the newest weights "
                      "(twice a second), and the Weights tab shows them: draw a digit and watch "
                      "the answer sharpen.")
