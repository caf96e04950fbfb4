"""DigitLab entry point.

``python main.py [--self-test]`` opens the window; ``python main.py train|evaluate|predict|presets
…`` (any first argument that is not an option) runs the command line. Both stay TensorFlow-free until a command really needs Keras.
"""

from __future__ import annotations

import sys



def cli_main(argv: list[str] | None = None) -> int:
    """The ``digitlab`` console command."""
    from model.cli import main

    return main(sys.argv[1:] if argv is None else argv)


def gui_main(argv: list[str] | None = None) -> int:
    """The ``digitlab-gui`` command: the desktop app."""
    from gui.app import run

    return run(sys.argv[1:] if argv is None else argv)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    wants_cli = args and (not args[0].startswith("-") or args[0] in ("-h", "--help"))
    if wants_cli:
        return cli_main(args)
    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
