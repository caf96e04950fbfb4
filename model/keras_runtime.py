"""Lazy, quiet access to Keras/TensorFlow.

TensorFlow costs seconds and hundreds of MB to import, so nothing imports it at module level:
callers ask :func:`keras` when they really need it (training, Keras evaluation, Keras loading).
On import TensorFlow prints oneDNN/CUDA notices straight to file descriptor 2, before its own log
level applies, so the import runs with fd 2 pointed at /dev/null.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from contextlib import contextmanager
from types import ModuleType

_QUIET_ENV = {"TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_BACKEND": "tensorflow"}
_import_lock = threading.Lock()


def is_loaded() -> bool:
    """Whether TensorFlow is already imported in this process (without importing it)."""
    return "tensorflow" in sys.modules


@contextmanager
def _stderr_silenced():
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def keras() -> ModuleType:
    """Import (once) and return the ``keras`` module on the TensorFlow backend, silently."""
    with _import_lock:
        if "keras" in sys.modules and is_loaded():
            return sys.modules["keras"]
        for name, value in _QUIET_ENV.items():
            os.environ.setdefault(name, value)
        with _stderr_silenced():
            import keras as keras_module
            import tensorflow as tf

        tf.get_logger().setLevel("ERROR")
        import absl.logging

        absl.logging.set_verbosity(absl.logging.ERROR)
        _exempt_from_garbage_collection()
        return keras_module


def _exempt_from_garbage_collection() -> None:
    """Move everything alive now (TensorFlow's ~millions of module objects) out of the cyclic
    collector's sight: they live as long as the process, yet every full collection would walk
    them again (measured: 0.2 s a collection, stalling whichever thread triggers it).
    Freezing runs no finalisers, so it is safe on any thread."""
    gc.freeze()
