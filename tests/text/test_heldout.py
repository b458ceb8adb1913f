"""The held-out extraction set (``tests/text/heldout``): law 3 and annotation shape.

The set was written blind, without reading the extractor or its fixtures, so
that ``bench/extraction.py tests/text/heldout`` measures the extractor on text
nobody tuned for. Extraction scores are reported in ``docs/text.md``, never
asserted here: these tests only check that every item reads and round-trips
byte for byte, and that every annotation is well formed.
"""

from __future__ import annotations

import json
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsschema import text
from newsschema.errors import ReadWarning
from newsschema.models import Article

HELDOUT = Path(__file__).resolve().parent / "heldout"
ITEMS = sorted(HELDOUT.glob("*.txt"))
LANGUAGES = {"id", "en", "de", "es", "fr"}
QUOTE_KINDS = {"direct", "mixed", "indirect"}


def _annotation(item: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(item.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return loaded


def _exact_text(item: Path) -> str:
    # read_text would translate newlines; the items must be compared byte for byte
    return item.read_bytes().decode("utf-8")


def test_the_set_is_large_enough_and_mixed() -> None:
    languages = Counter(_annotation(item)["language"] for item in ITEMS)
    assert len(ITEMS) >= 40
    assert languages["id"] >= 0.35 * len(ITEMS)
    assert languages["en"] >= 0.35 * len(ITEMS)
    assert languages["de"] + languages["es"] + languages["fr"] >= 5


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_item_reads_and_round_trips_byte_for_byte(item: Path) -> None:
    data = _exact_text(item)
    with warnings.catch_warnings():
        # tolerated problems are reported, not failures; law 3 is what counts here
        warnings.simplefilter("ignore", ReadWarning)
        article = text.read(data)
    assert isinstance(article, Article)
    assert text.write(article) == data


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_item_reads_from_bytes_like_from_text(item: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReadWarning)
        assert text.read(item.read_bytes()) == text.read(_exact_text(item))


@pytest.mark.parametrize("item", ITEMS, ids=lambda path: path.stem)
def test_annotation_is_well_formed(item: Path) -> None:
    annotation = _annotation(item)
    data = _exact_text(item)
    assert set(annotation) == {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
    assert annotation["language"] in LANGUAGES
    assert isinstance(annotation["hard_case"], str)
    assert annotation["dateline"] is None or annotation["dateline"] in data
    for caption in annotation["captions"]:
        assert set(caption) == {"credit", "label"}
        assert caption["credit"] is None or caption["credit"] in data
        assert caption["label"] is None or caption["label"] in data
    for source in annotation["sources"]:
        assert source in data
    for quote in annotation["quotes"]:
        assert set(quote) == {"cue", "kind", "speaker", "text"}
        assert quote["kind"] in QUOTE_KINDS
        assert quote["text"]
        assert quote["speaker"]
        assert quote["cue"] is None or quote["cue"] in data
        # a quote in several parts is printed as its parts joined by one space
        assert all(word in data for word in quote["text"].split())
