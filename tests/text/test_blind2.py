"""Third blind evaluation set for the quote extractor (issue 4): `tests/text/blind2/`.

The items are fictional wire copy written without looking at the extractor, its tests or its docs, to measure quote
extraction "on text nobody tuned for". These tests only check that every item reads and round-trips byte for byte
(law 3) and that every annotation is well formed. They hold no score assertions on purpose: the figures are
measured elsewhere, and the set must not be changed to please the extractor.

Annotation format (``<name>.expected.json`` beside ``<name>.txt``)::

    {"captions": [{"credit": str, "label": str | null}], "dateline": str | null, "hard_case": str,
     "language": "id" | "en" | "de" | "es" | "fr",
     "quotes": [{"cue": str, "kind": "direct" | "mixed" | "indirect", "speaker": str, "text": str}],
     "sources": [str]}
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsschema import text
from newsschema.errors import ReadWarning

BLIND2 = Path(__file__).resolve().parent / "blind2"
ITEMS = sorted(BLIND2.glob("*.txt"))
ANNOTATIONS = sorted(BLIND2.glob("*.expected.json"))

TOP_KEYS = {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
QUOTE_KEYS = {"cue", "kind", "speaker", "text"}
CAPTION_KEYS = {"credit", "label"}
KINDS = {"direct", "mixed", "indirect"}
LANGUAGES = {"id", "en", "de", "es", "fr"}


def _annotation_of(item: Path) -> dict[str, Any]:
    annotation: dict[str, Any] = json.loads(item.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return annotation


def _read_quietly(data: str | bytes) -> Any:
    """Read ``data``; warnings are collected, not raised (a tolerated problem is not a read failure here)."""
    collected: list[ReadWarning] = []
    return text.read(data, on_warning=collected.append)


def test_the_set_has_at_least_forty_items_in_the_agreed_language_mix() -> None:
    languages = Counter(_annotation_of(item)["language"] for item in ITEMS)
    assert len(ITEMS) >= 40
    assert set(languages) == LANGUAGES
    # About 40 % Indonesian, 40 % English, the rest German, Spanish and French.
    assert languages["id"] >= 0.35 * len(ITEMS)
    assert languages["en"] >= 0.35 * len(ITEMS)


def test_every_item_has_an_annotation_and_every_annotation_an_item() -> None:
    item_names = {path.name.removesuffix(".txt") for path in ITEMS}
    annotation_names = {path.name.removesuffix(".expected.json") for path in ANNOTATIONS}
    assert item_names == annotation_names
    assert not [path.name for path in BLIND2.iterdir() if path not in ITEMS and path not in ANNOTATIONS]


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_item_reads_and_round_trips_from_str(item: Path) -> None:
    data = item.read_bytes().decode("utf-8")
    assert text.write(_read_quietly(data)) == data


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_item_reads_and_round_trips_from_bytes(item: Path) -> None:
    data = item.read_bytes()
    assert text.write(_read_quietly(data)).encode("utf-8") == data


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_annotation_is_well_formed(item: Path) -> None:
    data = item.read_bytes().decode("utf-8")
    annotation = _annotation_of(item)

    assert set(annotation) == TOP_KEYS
    assert annotation["language"] in LANGUAGES
    assert isinstance(annotation["hard_case"], str)

    dateline = annotation["dateline"]
    assert dateline is None or (isinstance(dateline, str) and dateline and dateline in data)

    assert isinstance(annotation["captions"], list)
    for caption in annotation["captions"]:
        assert set(caption) == CAPTION_KEYS
        assert isinstance(caption["credit"], str)
        assert caption["credit"] in data
        assert caption["label"] is None or (isinstance(caption["label"], str) and caption["label"] in data)

    assert isinstance(annotation["sources"], list)
    for source in annotation["sources"]:
        assert isinstance(source, str)
        assert source in data.splitlines()

    assert isinstance(annotation["quotes"], list)
    assert annotation["quotes"]
    for quote in annotation["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert quote["kind"] in KINDS
        assert all(isinstance(quote[key], str) and quote[key].strip() for key in QUOTE_KEYS)
        assert quote["text"] in data, f"quote text not in {item.name}: {quote['text']!r}"
        assert quote["cue"] in data, f"cue not in {item.name}: {quote['cue']!r}"
