"""Lessons: guided steps through DigitLab, in files a teacher can write and share
(docs/lessons.md)."""
