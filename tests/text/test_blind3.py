"""The fourth blind evaluation set (``tests/text/blind3``): it reads, round-trips, and is well annotated.

The set exists for quote-extraction figures on text nobody tuned for (issue 4). These tests
check only what keeps the set usable: every item reads with :func:`newsschema.text.read`
without error, writing it back gives the same bytes (law 3), from ``str`` and from
``bytes``, and every ``.expected.json`` annotation is well formed. There are no score
assertions, and no assertion shows what the extractor found: a failure message that
printed extracted quotes would leak them to whoever writes the next blind set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsschema import text
from newsschema.errors import ReadWarning

BLIND = Path(__file__).resolve().parent / "blind3"
ITEMS = sorted(BLIND.glob("*.txt"))
ANNOTATIONS = sorted(BLIND.glob("*.expected.json"))

TOP_KEYS = {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
QUOTE_KEYS = {"cue", "kind", "speaker", "text"}
CAPTION_KEYS = {"credit", "label"}
KINDS = {"direct", "mixed", "indirect"}
LANGUAGES = {"id", "en", "de", "es", "fr"}


def _ignore(_: ReadWarning) -> None:
    """Tolerated problems are not this file's concern; keep them out of the test report."""


def _annotation_for(item: Path) -> Path:
    return item.with_name(item.name.removesuffix(".txt") + ".expected.json")


def _load(annotation: Path) -> dict[str, Any]:
    loaded = json.loads(annotation.read_bytes().decode("utf-8"))
    assert isinstance(loaded, dict), f"{annotation.name}: the annotation must be a JSON object"
    return loaded


def test_the_set_is_large_enough_and_every_item_is_annotated() -> None:
    assert len(ITEMS) >= 40, f"blind3 holds {len(ITEMS)} items, at least 40 are needed"
    items = {path.name.removesuffix(".txt") for path in ITEMS}
    annotated = {path.name.removesuffix(".expected.json") for path in ANNOTATIONS}
    assert sorted(items - annotated) == [], "items without an .expected.json"
    assert sorted(annotated - items) == [], "annotations without an item"


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_reads_and_writes_back_the_same_text_from_str(item: Path) -> None:
    data = item.read_bytes().decode("utf-8")
    same = text.write(text.read(data, on_warning=_ignore)) == data
    # A bare flag: the assertion must not display what was read.
    assert same, f"{item.name}: text.write(text.read(data)) differs from data (str input)"


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_reads_and_writes_back_the_same_bytes_from_bytes(item: Path) -> None:
    data = item.read_bytes()
    same = text.write(text.read(data, on_warning=_ignore)).encode("utf-8") == data
    assert same, f"{item.name}: text.write(text.read(data)) differs from data (bytes input)"


def _check_printed(name: str, what: str, value: object, body: str) -> None:
    assert isinstance(value, str), f"{name}: {what} must be a string (got {value!r})"
    assert value.strip(), f"{name}: {what} must not be blank"
    assert value in body, f"{name}: {what} {value!r} does not occur in the item"


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_annotation_is_well_formed(item: Path) -> None:
    name = item.name
    body = item.read_bytes().decode("utf-8")
    annotation = _load(_annotation_for(item))

    assert set(annotation) == TOP_KEYS, f"{name}: keys must be exactly {sorted(TOP_KEYS)}"
    assert annotation["language"] in LANGUAGES, f"{name}: unexpected language {annotation['language']!r}"
    assert isinstance(annotation["hard_case"], str), f"{name}: hard_case must be a string"

    if annotation["dateline"] is not None:
        _check_printed(name, "dateline", annotation["dateline"], body)
        assert annotation["dateline"] == annotation["dateline"].rstrip(), f"{name}: dateline keeps a trailing space"

    assert isinstance(annotation["captions"], list), f"{name}: captions must be a list"
    for caption in annotation["captions"]:
        assert isinstance(caption, dict), f"{name}: every caption must be an object"
        assert set(caption) == CAPTION_KEYS, f"{name}: caption keys must be credit, label"
        for key in sorted(CAPTION_KEYS):
            if caption[key] is not None:
                _check_printed(name, f"caption {key}", caption[key], body)

    assert isinstance(annotation["sources"], list), f"{name}: sources must be a list"
    for source in annotation["sources"]:
        _check_printed(name, "source line", source, body)

    quotes = annotation["quotes"]
    assert isinstance(quotes, list), f"{name}: quotes must be a list"
    assert quotes, f"{name}: every item has at least one annotated quote"
    for index, quote in enumerate(quotes):
        where = f"quote {index}"
        assert isinstance(quote, dict), f"{name}: {where} must be an object"
        assert set(quote) == QUOTE_KEYS, f"{name}: {where} keys must be {sorted(QUOTE_KEYS)}"
        assert quote["kind"] in KINDS, f"{name}: {where} kind {quote['kind']!r} is not one of {sorted(KINDS)}"
        _check_printed(name, f"{where} text", quote["text"], body)
        _check_printed(name, f"{where} cue", quote["cue"], body)
        speaker = quote["speaker"]
        assert isinstance(speaker, str), f"{name}: {where} speaker must be a string"
        assert speaker, f"{name}: {where} speaker must not be empty"
        assert speaker == speaker.strip(), f"{name}: {where} speaker has surrounding spaces"
