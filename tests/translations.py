"""Qt Linguist catalogues for the tests: read ``.ts`` files, extract the code's texts afresh,
make the pseudo-language, compile ``.qm``.

The pseudo-language makes every text 40 % longer and accented, with marks at both ends: a
window shown in it reveals at a glance (and to a test) any text that does not go through
``translate`` and any label too narrow for a longer language.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from model.translatable import ENGLISH, LANGUAGES

REPO = Path(__file__).resolve().parents[1]
TS_FOLDER = REPO / "resources" / "translations"
LANGUAGE_CODES = tuple(code for code in LANGUAGES if code != ENGLISH)
"""The translated languages: each has a ``.ts`` catalogue, lesson translations and pictures."""
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
PSEUDO_GROWTH = 1.4
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|<[^>]*>|&[a-z]+;|&(?=[^&\s])")
"""What a translation must keep as it is: {name} fields, %1 arguments, HTML tags and entities,
and the & of a mnemonic (it moves to another letter, but stays one)."""
ACCENTED = str.maketrans("aeiouyAEIOUYcnsCNS", "áéîöüýÅÉÎÖÜÝçñšÇÑŠ")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def ts_path(code: str) -> Path:
    return TS_FOLDER / f"digitlab_{code}.ts"


def read_ts(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file, obsolete ones left out."""
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(Message(name, message.findtext("source", ""),
                                    message.findtext("comment", ""),
                                    (translation.text or "") if translation is not None else "",
                                    kind == "unfinished"))
    return messages


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate) beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6 (make install)")
    return found


LUPDATE_OPTIONS = ("-locations", "none", "-no-obsolete", "-extensions", "py",
                   str(REPO / "gui"), str(REPO / "model"))
"""How lupdate reads the code's texts, for ``make translations`` and :func:`extract` alike."""


def lupdate(ts_files: list[str], *, quiet: bool = False) -> None:
    """Bring ``ts_files`` up to date with the code's texts (new ones in, removed ones out)."""
    silent = ("-silent",) if quiet else ()
    subprocess.run([tool("pyside6-lupdate"), *silent, *LUPDATE_OPTIONS, "-ts", *ts_files],
                   check=True, capture_output=quiet, timeout=120)


def extract(folder: Path) -> list[Message]:
    """The texts the code marks for translation now, as ``make translations`` reads them."""
    out = folder / "extracted.ts"
    lupdate([str(out)], quiet=True)
    return read_ts(out)


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, between marks; placeholders kept as they are."""
    pieces = PLACEHOLDER.split(text)
    kept = PLACEHOLDER.findall(text)
    body = "".join(piece.translate(ACCENTED) + (kept[i] if i < len(kept) else "")
                   for i, piece in enumerate(pieces))
    padding = max(1, round(len(text) * (PSEUDO_GROWTH - 1)) - 2)
    return f"{PSEUDO_OPEN}{body}{'·' * padding}{PSEUDO_CLOSE}"


def write_pseudo_qm(messages: list[Message], folder: Path) -> Path:
    """A compiled pseudo-language catalogue of ``messages``."""
    root = ElementTree.Element("TS", version="2.1", language="en_US")
    contexts: dict[str, ElementTree.Element] = {}
    for message in messages:
        if message.context not in contexts:
            contexts[message.context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[message.context], "name").text = message.context
        element = ElementTree.SubElement(contexts[message.context], "message")
        ElementTree.SubElement(element, "source").text = message.source
        if message.comment:
            ElementTree.SubElement(element, "comment").text = message.comment
        ElementTree.SubElement(element, "translation").text = pseudo(message.source)
    ts = folder / "digitlab_pseudo.ts"
    ElementTree.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return compile_qm(ts, folder / "digitlab_pseudo.qm")


def compile_qm(ts: Path, qm: Path) -> Path:
    """``ts`` compiled to ``qm`` as every catalogue is (``packaging/source_tree.py``)."""
    from tests.packaging.conftest import load_script

    return load_script("source_tree").compile_catalogue(ts, qm)


def kept_pieces(text: str) -> list[str]:
    """The placeholders of ``text``, in a comparable form (the mnemonic's letter aside)."""
    return sorted(PLACEHOLDER.findall(text))


if __name__ == "__main__":  # make translations: python -m tests.translations TS_FILE ...
    lupdate(sys.argv[1:])
