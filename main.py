"""DigitLab entry point.

``python main.py [--self-test]`` opens the window; ``python main.py train|evaluate|predict|presets
…`` (any first argument that is not an option) runs the command line. Both stay TensorFlow-free
until a command really needs Keras. The frozen app (packaging/digitlab.spec) runs this same
:func:`main`, so one program is both the window and the command line.
"""

from __future__ import annotations

import os
import sys


def cli_main(argv: list[str] | None = None) -> int:
    """The ``digitlab`` console command (``digitlab --lesson FILE`` opens the window on it)."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--lesson"]:
        return gui_main(args)
    from model.cli import main

    return main(args)


def gui_main(argv: list[str] | None = None) -> int:
    """The ``digitlab-gui`` command: the desktop app."""
    from gui.app import run

    return run(sys.argv[1:] if argv is None else argv)


def main(argv: list[str] | None = None) -> int:
    """No argument or only options → the window; a sub-command (or ``-h``) → the command line;
    a lesson file (a double-click, the desktop entry's ``%f``) → the window on that lesson."""
    _prepare_frozen_process()
    args = sys.argv[1:] if argv is None else argv
    if _is_lesson_file(args):
        return gui_main(["--lesson", args[0]])
    wants_cli = args and (not args[0].startswith("-") or args[0] in ("-h", "--help"))
    if wants_cli:
        return cli_main(args)
    return gui_main(args)


def _is_lesson_file(args: list[str]) -> bool:
    if len(args) != 1 or args[0].startswith("-"):
        return False
    from model.lessons.format import LESSON_SUFFIX

    return args[0].endswith(LESSON_SUFFIX)


def _prepare_frozen_process() -> None:
    """Make a frozen build behave like ``python main.py``.

    A windowed Windows build has no console: ``sys.stdout``/``sys.stderr`` are None, and any
    library that writes a warning would raise, so they go to the null device instead. A child
    process that multiprocessing starts re-runs the frozen executable, which ``freeze_support``
    turns into that child's work; from source both steps do nothing.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


if __name__ == "__main__":
    sys.exit(main())
