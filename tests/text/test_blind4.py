"""Fifth blind evaluation set for the plain-text quote extractor (issue 4).

The files under ``blind4/`` were written without looking at the extractor or the earlier sets. These tests only
check that every file reads and round-trips and that every annotation is well formed. They never look at the
extracted quotes: a failing assertion that displayed extraction output would leak it to the set's author.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsschema import text
from newsschema.errors import ReadWarning

BLIND4 = Path(__file__).resolve().parent / "blind4"
ITEM_PATHS = sorted(BLIND4.glob("*.txt"))
TOP_LEVEL_KEYS = {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
QUOTE_KEYS = {"cue", "kind", "speaker", "text"}
CAPTION_KEYS = {"credit", "label"}
LANGUAGES = {"id", "en", "de", "es", "fr"}
KINDS = {"direct", "mixed", "indirect"}


def ignore_warning(warning: ReadWarning) -> None:
    """Tolerated problems are not this set's concern; keep them out of the output."""


def annotation_for(item_path: Path) -> Any:
    return json.loads(item_path.with_name(item_path.stem + ".expected.json").read_text(encoding="utf-8"))


def test_the_set_is_large_enough() -> None:
    assert len(ITEM_PATHS) >= 40


@pytest.mark.parametrize("item_path", ITEM_PATHS, ids=lambda path: path.stem)
def test_blind_item_round_trips_from_str(item_path: Path) -> None:
    data = item_path.read_bytes().decode("utf-8")
    written = text.write(text.read(data, source=item_path.name, on_warning=ignore_warning))
    same = written == data
    # A bare boolean keeps the written text (and anything derived from extraction) out of the report.
    assert same, f"{item_path.name}: write(read(str)) differs from the input"


@pytest.mark.parametrize("item_path", ITEM_PATHS, ids=lambda path: path.stem)
def test_blind_item_round_trips_from_bytes(item_path: Path) -> None:
    data = item_path.read_bytes()
    written = text.write(text.read(data, source=item_path.name, on_warning=ignore_warning))
    same = written.encode("utf-8") == data
    assert same, f"{item_path.name}: write(read(bytes)) differs from the input bytes"


@pytest.mark.parametrize("item_path", ITEM_PATHS, ids=lambda path: path.stem)
def test_blind_annotation_is_well_formed(item_path: Path) -> None:
    item_text = item_path.read_bytes().decode("utf-8")
    annotation = annotation_for(item_path)
    assert set(annotation) == TOP_LEVEL_KEYS
    assert annotation["language"] in LANGUAGES
    assert isinstance(annotation["hard_case"], str)
    dateline = annotation["dateline"]
    assert dateline is None or (isinstance(dateline, str) and dateline in item_text and dateline == dateline.rstrip())
    captions = annotation["captions"]
    assert captions is None or isinstance(captions, list)
    for caption in captions or []:
        assert set(caption) == CAPTION_KEYS
        assert isinstance(caption["credit"], str)
        assert caption["credit"] in item_text
        assert caption["label"] is None or (isinstance(caption["label"], str) and caption["label"] in item_text)
    assert isinstance(annotation["sources"], list)
    for source_line in annotation["sources"]:
        assert isinstance(source_line, str)
        assert source_line in item_text
    assert isinstance(annotation["quotes"], list)
    assert annotation["quotes"]
    for quote in annotation["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert quote["kind"] in KINDS
        assert isinstance(quote["speaker"], str)
        assert quote["speaker"].strip()
        assert isinstance(quote["cue"], str)
        assert quote["cue"].strip()
        assert isinstance(quote["text"], str)
        assert quote["text"] in item_text


def test_every_item_has_an_annotation_and_no_annotation_is_orphaned() -> None:
    annotated = {path.name.removesuffix(".expected.json") for path in BLIND4.glob("*.expected.json")}
    items = {path.stem for path in ITEM_PATHS}
    assert annotated == items
