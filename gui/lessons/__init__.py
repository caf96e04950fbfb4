"""The Lessons panel: guided steps through DigitLab (see model/lessons and docs/lessons.md)."""
