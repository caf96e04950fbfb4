"""The translation catalogues: current with the code, complete, faithful to the placeholders,
and true to each language's glossary of ML terms.

A `.ts` file is stale when the code has a text it lacks or it keeps one the code dropped (as
Orange's CI checks): `make translations` brings it up to date, then a translator fills the new
texts (docs/translating.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.translations import (
    LANGUAGE_CODES,
    PLACEHOLDER,
    REPO,
    extract,
    kept_pieces,
    read_ts,
    ts_path,
)

GLOSSARY_FOLDER = REPO / "docs" / "glossaries"
GLOSSARY_ROW = re.compile(r"^\|\s*([^|*]+?)\s*\|\s*([^|]+?)\s*\|", re.MULTILINE)
STEM = 5
GLOSSARY_KEPT = 0.9
"""Share of the texts naming a glossary term whose translation uses the glossary's word (a
sentence may need an inflected form the glossary's stem does not match)."""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str, str]]:
    return {message.key for message in extract(tmp_path_factory.mktemp("lupdate"))}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_catalogue_holds_exactly_the_codes_texts(code, extracted):
    held = {message.key for message in read_ts(ts_path(code))}
    missing, dropped = extracted - held, held - extracted
    assert not missing and not dropped, (
        f"digitlab_{code}.ts is stale: run `make translations` "
        f"(new in the code: {sorted(missing)[:5]}; gone from it: {sorted(dropped)[:5]})")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_text_is_translated(code):
    unfinished = [message.source for message in read_ts(ts_path(code))
                  if message.unfinished or not message.translation.strip()]
    assert not unfinished, f"{len(unfinished)} texts unfinished in {code}: {unfinished[:10]}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_translations_keep_every_placeholder_and_one_mnemonic(code):
    broken = [(message.source, message.translation) for message in read_ts(ts_path(code))
              if message.translation
              and kept_pieces(message.source) != kept_pieces(message.translation)]
    assert not broken, broken[:10]


def glossary(code: str) -> dict[str, str]:
    """English term → the word the language uses, from docs/glossaries/<code>.md's table."""
    path: Path = GLOSSARY_FOLDER / f"{code}.md"
    rows = GLOSSARY_ROW.findall(path.read_text(encoding="utf-8"))
    return {english.lower(): word for english, word in rows[2:]
            if not set(english) <= set("-: ")}


def uses(translation: str, word: str) -> bool:
    """Whether ``translation`` uses the glossary's ``word``, inflected or not: each of its
    words' first five letters (couche cachée → couches cachées, Schicht → Schichten)."""
    return all(part[:STEM].lower() in translation.lower() for part in word.split())


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_language_has_a_glossary_of_the_fields_terms(code):
    terms = glossary(code)
    for term in ("loss", "epoch", "learning rate", "hidden layer", "unit", "weight"):
        assert term in terms, f"docs/glossaries/{code}.md lacks {term!r}"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_translation_follows_its_glossary(code):
    messages = [message for message in read_ts(ts_path(code)) if message.translation]
    for term, word in glossary(code).items():
        naming = [message for message in messages
                  if re.search(rf"\b{re.escape(term)}s?\b", PLACEHOLDER.sub("", message.source),
                               re.IGNORECASE)]
        following = [message for message in naming if uses(message.translation, word)]
        assert len(following) >= GLOSSARY_KEPT * len(naming), (
            f"{code}: {term!r} → {word!r} not used in "
            f"{[message.translation for message in naming if message not in following][:5]}")
