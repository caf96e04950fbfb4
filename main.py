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
    """A sub-command (or ``-h``) → the command line; no argument, options or files to open (a
    desktop's "Open with", ``digitlab %F``) → the window."""
    _prepare_frozen_process()
    args = sys.argv[1:] if argv is None else argv
    if args and (args[0] in ("-h", "--help") or _is_sub_command(args[0])):
        return cli_main(args)
    return gui_main(args)


def _is_sub_command(argument: str) -> bool:
    """``train``, ``predict``… name no file: sub-commands have no suffix, no folder, and are
    not a file here (a file called ``train`` in the current folder opens in the window)."""
    return (not argument.startswith("-") and not os.path.splitext(argument)[1]
            and os.path.basename(argument) == argument and not os.path.isfile(argument))


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
