"""The errors DigitLab raises on bad input.

Every error the user can trigger derives from :class:`DigitLabError` and carries a message that
says what was expected and what was found, so the GUI can show it in a dialog and the CLI can print
it as one line, never a traceback.
"""


class DigitLabError(Exception):
    """Base class: a problem with the user's input, shown to them as the message."""


class DatasetError(DigitLabError):
    """A dataset file or folder is missing, corrupt, truncated or inconsistent."""


class ModelFileError(DigitLabError):
    """A model file cannot be read, is unsafe, or does not fit the task."""


class ConfigError(DigitLabError, ValueError):
    """A network or training setting is out of range or of the wrong type."""


class EmptyDrawingError(DigitLabError, ValueError):
    """The drawing has no ink, so there is nothing to classify."""
