"""Blind evaluation set 2 for the plain-text quote extractor (issue 4).

``tests/text/blind/`` holds fictional wire items written without looking at the
extractor, its tests or its documentation, each ``<name>.txt`` with a
``<name>.expected.json`` annotation beside it. The set is for the final
extraction figures, so these tests check only what the set must guarantee:

* every item reads with ``newsschema.text.read`` and writes back to the same
  bytes (law 3), from ``str`` and from ``bytes``;
* every annotation is well formed and points at text that is really there.

There are deliberately no score assertions here: scoring belongs to the
benchmark, and a threshold in a test would invite tuning on the blind set.

Annotation format (one JSON object per item)::

    {"captions": [{"credit": str, "label": str | null}],
     "dateline": str | null,
     "hard_case": str,
     "language": "id" | "en" | "de" | "es" | "fr",
     "quotes": [{"cue": str | null, "kind": "direct" | "mixed" | "indirect",
                 "speaker": str, "text": str}],
     "sources": [str]}

``cue`` is null only for a reported sentence that continues the previous
speaker without a reporting word of its own (German subjunctive runs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsschema import text
from newsschema.errors import ReadWarning

BLIND = Path(__file__).resolve().parent / "blind"
ITEMS = sorted(BLIND.glob("*.txt"))
ANNOTATION_KEYS = {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
QUOTE_KEYS = {"cue", "kind", "speaker", "text"}
KINDS = {"direct", "mixed", "indirect"}
LANGUAGES = {"id", "en", "de", "es", "fr"}


def _annotation_path(item: Path) -> Path:
    return item.with_name(item.name.removesuffix(".txt") + ".expected.json")


def _annotation(item: Path) -> dict[str, Any]:
    loaded = json.loads(_annotation_path(item).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), f"{item.name}: the annotation must be a JSON object"
    return loaded


def _ignore(_warning: ReadWarning) -> None:
    """Tolerated problems are the reader's business; this set only checks the round trip."""


def test_the_set_has_at_least_forty_annotated_items() -> None:
    assert len(ITEMS) >= 40
    missing = [item.name for item in ITEMS if not _annotation_path(item).exists()]
    assert missing == []
    orphans = [
        path.name
        for path in BLIND.glob("*.expected.json")
        if not path.with_name(path.name.removesuffix(".expected.json") + ".txt").exists()
    ]
    assert orphans == []


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_blind_item_round_trips_from_str(item: Path) -> None:
    data = item.read_bytes().decode("utf-8")
    assert text.write(text.read(data, on_warning=_ignore)) == data


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_blind_item_round_trips_from_bytes(item: Path) -> None:
    data = item.read_bytes()
    assert text.write(text.read(data, on_warning=_ignore)).encode("utf-8") == data


def _check_optional_printed(value: object, document: str, what: str) -> None:
    assert value is None or (isinstance(value, str) and value), f"{what} must be a non-empty string or null"
    if isinstance(value, str):
        assert value in document, f"{what} {value!r} is not printed in the item"


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_blind_annotation_is_well_formed(item: Path) -> None:
    document = item.read_bytes().decode("utf-8")
    annotation = _annotation(item)
    assert set(annotation) == ANNOTATION_KEYS
    assert annotation["language"] in LANGUAGES
    assert isinstance(annotation["hard_case"], str)
    _check_optional_printed(annotation["dateline"], document, "dateline")
    if annotation["dateline"] is not None:
        assert not annotation["dateline"].endswith((" ", "\t")), "dateline is annotated without its trailing space"

    assert isinstance(annotation["captions"], list)
    for caption in annotation["captions"]:
        assert isinstance(caption, dict)
        assert set(caption) == {"credit", "label"}
        _check_optional_printed(caption["credit"], document, "caption credit")
        _check_optional_printed(caption["label"], document, "caption label")

    assert isinstance(annotation["sources"], list)
    for source in annotation["sources"]:
        assert isinstance(source, str)
        assert source in document, f"source line {source!r} is not printed"

    assert isinstance(annotation["quotes"], list)
    assert annotation["quotes"], "every blind item has quotes"
    for quote in annotation["quotes"]:
        assert isinstance(quote, dict)
        assert set(quote) == QUOTE_KEYS
        assert quote["kind"] in KINDS
        assert isinstance(quote["speaker"], str)
        assert quote["speaker"].strip() == quote["speaker"] != "", "speaker is a bare, trimmed name"
        _check_optional_printed(quote["cue"], document, "cue")
        assert isinstance(quote["text"], str)
        assert quote["text"], "quote text must be non-empty"
        assert quote["text"] in document, f"quote text is not in the item: {quote['text'][:60]!r}"
