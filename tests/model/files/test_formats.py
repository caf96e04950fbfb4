"""Model file suffixes have one home: reading, saving, the CLI and the dialogs agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.common.file_dialogs import model_filter
from model.errors import ModelFileError
from model.files.formats import DEFAULT_SUFFIX, FORMATS, file_format, with_model_suffix


@pytest.mark.parametrize(("typed", "saved"), [
    ("mine", "mine.keras"), ("mine.keras", "mine.keras"), ("old.h5", "old.h5"),
    ("old.hdf5", "old.hdf5"), ("LOUD.KERAS", "LOUD.KERAS"), ("v1.2", "v1.2.keras")])
def test_a_name_without_a_model_suffix_gets_the_default_one(typed, saved):
    """``old.hdf5`` is read as a model but was saved as ``old.hdf5.keras``."""
    assert with_model_suffix(typed) == saved
    assert file_format(Path(saved)) in {"keras", "h5"} and DEFAULT_SUFFIX in FORMATS


def test_an_unknown_suffix_is_refused_naming_every_known_one():
    with pytest.raises(ModelFileError, match=r"ending in \.keras, \.h5, \.hdf5, found .*'\.txt'"):
        file_format(Path("model.txt"))


def test_the_file_dialogs_offer_every_model_suffix():
    models, everything = model_filter().split(";;")
    assert models == "Model files (*.keras *.h5 *.hdf5)" and everything == "All files (*)"
    assert all(f"*{suffix}" in models for suffix in FORMATS)
