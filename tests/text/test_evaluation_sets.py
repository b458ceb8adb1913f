"""The evaluation sets for the quote extractor: law 3 and the shape of every annotation.

Each folder (``heldout``, ``blind``, ``blind2`` … ``blind8``) was written blind, by someone who had not read the
extractor, its fixtures, the scorer or ``docs/text.md``, so that ``bench/extraction.py <folder>`` measures the
extractor on text nobody tuned for. Scores live in ``docs/text-evaluation.md`` and are never asserted here: these
tests only check that every item reads and writes back byte for byte and that every annotation is well formed. No
assertion shows what the extractor found, so a failure cannot leak it to a set's author.

The sets share one annotation format; where their authors' conventions differ, :class:`Conventions` says how.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from newsschema import text
from newsschema.errors import ReadWarning

HERE = Path(__file__).resolve().parent
ANNOTATION_KEYS = {"captions", "dateline", "hard_case", "language", "quotes", "sources"}
QUOTE_KEYS = {"cue", "kind", "speaker", "text"}
CAPTION_KEYS = {"credit", "label"}
KINDS = {"direct", "mixed", "indirect"}
LANGUAGES = {"id", "en", "de", "es", "fr"}


class Conventions(NamedTuple):
    """How one set's author recorded what the format leaves open."""

    cue_may_be_null: bool = True  # a quote with no cue word: null, or every quote has one
    cue_printed_whole: bool = True  # False: a German separable verb is its parts ("teilte mit")
    cue_in_lower_case: bool = False  # True: "according to" stands for a printed "According to"
    quote_text_printed_whole: bool = True  # False: a quote in parts is its parts joined by one space
    caption_credit_may_be_null: bool = False
    source_is_a_whole_line: bool = False
    half: bool = False  # one writer's share alone (22 items, two languages), run on its own


SETS: dict[str, Conventions] = {
    "heldout": Conventions(quote_text_printed_whole=False, caption_credit_may_be_null=True),
    "blind": Conventions(),
    "blind2": Conventions(cue_may_be_null=False, source_is_a_whole_line=True),
    "blind3": Conventions(cue_may_be_null=False),
    "blind4": Conventions(cue_may_be_null=False),
    "blind5": Conventions(),
    "blind6": Conventions(),
    "blind7": Conventions(),
    "blind8": Conventions(),
    "blind9": Conventions(cue_printed_whole=False),
    "blind10": Conventions(),
    "blind11": Conventions(),
    "blind12": Conventions(),
    "blind13": Conventions(),
    "blind14": Conventions(),
    "blind15": Conventions(),
    "blind16": Conventions(),
    "blind17": Conventions(),
    "blind18": Conventions(),
    "blind19": Conventions(),
    "blind20": Conventions(cue_in_lower_case=True),
    "blind21": Conventions(),
    "blind22": Conventions(),
    "blind23": Conventions(cue_in_lower_case=True),
    "blind24": Conventions(cue_printed_whole=False, cue_in_lower_case=True),
    "blind25": Conventions(cue_in_lower_case=True),
    "blind26": Conventions(cue_in_lower_case=True),
    "blind27": Conventions(cue_in_lower_case=True),
    "blind28": Conventions(cue_printed_whole=False, cue_in_lower_case=True),
    "blind29": Conventions(cue_in_lower_case=True),
    "blind30": Conventions(),
    "blind31": Conventions(),
    "blind32": Conventions(),
    "blind33": Conventions(),
    "blind34": Conventions(half=True),  # the third writer of the thirty-fourth set, run on its own
    "blind35": Conventions(cue_in_lower_case=True),
    "blind36": Conventions(),
    "blind37": Conventions(),
    "blind38": Conventions(),
    "blind39": Conventions(),
    "blind40": Conventions(),
    "blind41": Conventions(),
    "blind42": Conventions(),
    "blind43": Conventions(),
    "blind44": Conventions(),
    "blind45": Conventions(),
    "blind46": Conventions(),
    "blind47": Conventions(),
    "blind48": Conventions(),
    "blind49": Conventions(),
    "blind50": Conventions(),
    "blind51": Conventions(cue_in_lower_case=True),
    "blind52": Conventions(),
    "blind53": Conventions(cue_printed_whole=False),
    "blind54": Conventions(),
    "blind55": Conventions(),
    "blind56": Conventions(),
    "blind57": Conventions(),
    "blind58": Conventions(),
    "blind59": Conventions(),
    "blind60": Conventions(),
    "blind61": Conventions(),
    "blind62": Conventions(),
    "blind63": Conventions(),
    "blind64": Conventions(),
    "blind65": Conventions(),
    "blind66": Conventions(),
    "blind67": Conventions(),
    "blind68": Conventions(cue_printed_whole=False, cue_in_lower_case=True),
    "blind69": Conventions(),
    "blind70": Conventions(),
    "blind71": Conventions(),
    "blind72": Conventions(),
    "blind73": Conventions(),
    "blind74": Conventions(),
    "blind75": Conventions(),
    "blind76": Conventions(),
    "blind77": Conventions(),
    "blind78": Conventions(),
    "blind79": Conventions(),
    "blind80": Conventions(),
    "blind81": Conventions(),
    "blind82": Conventions(),
    "blind83": Conventions(),
    "blind84": Conventions(),
    "blind85": Conventions(),
    "blind86": Conventions(),
    "blind87": Conventions(),
    "blind88": Conventions(),
    "blind89": Conventions(),
    "blind90": Conventions(),
    "blind91": Conventions(),
    "blind92": Conventions(),
    "blind93": Conventions(),
    "blind94": Conventions(),
    "blind95": Conventions(),
    "blind96": Conventions(cue_printed_whole=False),
    "blind97": Conventions(),
    "blind98": Conventions(),
    "blind99": Conventions(),
    "blind100": Conventions(),
    "blind101": Conventions(),
    "blind102": Conventions(),
    "blind103": Conventions(),
    "blind104": Conventions(),
    "blind105": Conventions(),
    "blind106": Conventions(),
    "blind107": Conventions(),
    "blind108": Conventions(),
    "blind109": Conventions(),
    "blind110": Conventions(),
    "blind111": Conventions(),
    "blind112": Conventions(),
    "blind113": Conventions(),
    "blind114": Conventions(),
    "blind115": Conventions(),
    "blind116": Conventions(),
    "blind117": Conventions(),
    "blind118": Conventions(),
    "blind119": Conventions(),
    "blind120": Conventions(),
    "blind121": Conventions(),
    "blind122": Conventions(),
    "blind123": Conventions(),
    "blind124": Conventions(),
    "blind125": Conventions(),
    "blind126": Conventions(),
    "blind127": Conventions(),
    "blind128": Conventions(),
    "blind129": Conventions(),
    "blind130": Conventions(),
    "blind131": Conventions(),
    "blind132": Conventions(),
    "blind133": Conventions(),
    "blind134": Conventions(),
    "blind135": Conventions(),
    "blind136": Conventions(),
    "blind137": Conventions(),
    "blind138": Conventions(),
    "blind139": Conventions(),
    "blind140": Conventions(),
    "blind141": Conventions(),
    "blind142": Conventions(),
    "blind143": Conventions(),
    "blind144": Conventions(),
    "blind145": Conventions(),
    "blind146": Conventions(),
    "blind147": Conventions(),
    "blind148": Conventions(),
    "blind149": Conventions(),
    "blind150": Conventions(),
    "blind151": Conventions(),
    "blind152": Conventions(),
    "blind153": Conventions(),
    "blind154": Conventions(),
    "blind155": Conventions(),
    "blind156": Conventions(),
    "blind157": Conventions(),
    "blind158": Conventions(),
    "blind159": Conventions(),
    "blind160": Conventions(),
    "blind161": Conventions(),
    "blind162": Conventions(),
    "blind163": Conventions(),
    "blind164": Conventions(),
    "blind165": Conventions(),
    "blind166": Conventions(),
    "blind167": Conventions(),
    "blind168": Conventions(),
    "blind169": Conventions(),
    "blind170": Conventions(),
    "blind171": Conventions(),
    "blind172": Conventions(),
    "blind173": Conventions(),
    "blind174": Conventions(),
    "blind175": Conventions(),
    "blind176": Conventions(),
    "blind177": Conventions(),
    "blind178": Conventions(),
    "blind179": Conventions(),
    "blind180": Conventions(),
    "blind181": Conventions(),
    "blind182": Conventions(),
    "blind183": Conventions(),
    "blind184": Conventions(),
    "blind185": Conventions(),
}


def _items(name: str) -> list[Path]:
    return sorted((HERE / name).glob("*.txt"))


ITEMS = [(name, item) for name in SETS for item in _items(name)]


def _annotation_path(item: Path) -> Path:
    return item.with_name(item.name.removesuffix(".txt") + ".expected.json")


def _annotation(item: Path) -> dict[str, Any]:
    loaded = json.loads(_annotation_path(item).read_bytes().decode("utf-8"))
    assert isinstance(loaded, dict), f"{item.name}: the annotation must be a JSON object"
    return loaded


def _ignore(_warning: ReadWarning) -> None:
    """Tolerated problems are the reader's business; these tests check the round trip."""


def _id(parameter: object) -> str:
    return parameter.stem if isinstance(parameter, Path) else str(parameter)


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_forty_annotated_items_in_the_language_mix(name: str) -> None:
    items = _items(name)
    needed = 20 if SETS[name].half else 40
    assert len(items) >= needed, f"{name} holds {len(items)} items, at least {needed} are needed"
    annotated = {path.name.removesuffix(".expected.json") for path in (HERE / name).glob("*.expected.json")}
    assert annotated == {item.name.removesuffix(".txt") for item in items}, "items and annotations must pair up"
    languages = Counter(_annotation(item)["language"] for item in items)
    if SETS[name].half:
        assert set(languages) <= LANGUAGES
        assert len(languages) >= 2
        return
    assert set(languages) == LANGUAGES
    assert languages["id"] >= 0.3 * len(items)
    assert languages["en"] >= 0.3 * len(items)


@pytest.mark.parametrize(("name", "item"), ITEMS, ids=_id)
def test_item_reads_alike_from_str_and_bytes_and_round_trips(name: str, item: Path) -> None:
    data = item.read_bytes()
    read_from_str = text.read(data.decode("utf-8"), on_warning=_ignore)
    read_from_bytes = text.read(data, on_warning=_ignore)
    # Bare flags: the assertion must not display what was read.
    assert text.write(read_from_str) == data.decode("utf-8"), f"{name}/{item.name}: write(read(str)) differs"
    assert text.write(read_from_bytes).encode("utf-8") == data, f"{name}/{item.name}: write(read(bytes)) differs"
    same = read_from_str == read_from_bytes
    assert same, f"{name}/{item.name}: reading the bytes and reading the text give different articles"


def _check_printed(where: str, value: object, document: str) -> None:
    assert isinstance(value, str), f"{where} must be a string, not {value!r}"
    assert value.strip(), f"{where} must not be blank"
    assert value in document, f"{where} {value!r} is not printed in the item"


@pytest.mark.parametrize(("name", "item"), ITEMS, ids=_id)
def test_annotation_is_well_formed(name: str, item: Path) -> None:
    conventions = SETS[name]
    document = item.read_bytes().decode("utf-8")
    annotation = _annotation(item)
    at = f"{name}/{item.name}"
    assert set(annotation) == ANNOTATION_KEYS, f"{at}: keys must be {sorted(ANNOTATION_KEYS)}"
    assert annotation["language"] in LANGUAGES
    assert isinstance(annotation["hard_case"], str)

    if annotation["dateline"] is not None:
        _check_printed(f"{at}: dateline", annotation["dateline"], document)
        assert annotation["dateline"] == annotation["dateline"].rstrip(), f"{at}: dateline keeps a trailing space"

    assert isinstance(annotation["captions"], list | None), f"{at}: captions must be a list or null"
    for caption in annotation["captions"] or ():
        assert isinstance(caption, dict), f"{at}: every caption is an object"
        assert set(caption) == CAPTION_KEYS, f"{at}: caption keys are credit, label"
        if caption["credit"] is not None or not conventions.caption_credit_may_be_null:
            _check_printed(f"{at}: caption credit", caption["credit"], document)
        if caption["label"] is not None:
            _check_printed(f"{at}: caption label", caption["label"], document)

    assert isinstance(annotation["sources"], list), f"{at}: sources must be a list"
    lines = document.splitlines()
    for source in annotation["sources"]:
        _check_printed(f"{at}: source line", source, document)
        if conventions.source_is_a_whole_line:
            assert source in lines, f"{at}: source line {source!r} is not a whole line"

    quotes = annotation["quotes"]
    assert isinstance(quotes, list), f"{at}: quotes must be a list"
    assert quotes, f"{at}: every item has at least one annotated quote"
    for index, quote in enumerate(quotes):
        where = f"{at}: quote {index}"
        assert isinstance(quote, dict), f"{where} must be an object"
        assert set(quote) == QUOTE_KEYS, f"{where} keys must be {sorted(QUOTE_KEYS)}"
        assert quote["kind"] in KINDS, f"{where} kind {quote['kind']!r} is not one of {sorted(KINDS)}"
        speaker = quote["speaker"]
        assert isinstance(speaker, str), f"{where}: the speaker is a string"
        assert speaker, f"{where}: the speaker is not empty"
        assert speaker == speaker.strip(), f"{where}: the speaker is trimmed"
        printed = document.casefold() if conventions.cue_in_lower_case else document
        if quote["cue"] is not None and not conventions.cue_printed_whole:
            for part in quote["cue"].split():
                _check_printed(f"{where} cue part", part.casefold() if conventions.cue_in_lower_case else part, printed)
        elif quote["cue"] is not None and conventions.cue_in_lower_case:
            _check_printed(f"{where} cue", quote["cue"].casefold(), printed)
        elif quote["cue"] is not None or not conventions.cue_may_be_null:
            _check_printed(f"{where} cue", quote["cue"], document)
        if conventions.quote_text_printed_whole:
            _check_printed(f"{where} text", quote["text"], document)
        else:
            assert isinstance(quote["text"], str), f"{where} text must be a string"
            assert quote["text"], f"{where} text must not be empty"
            assert all(word in document for word in quote["text"].split()), f"{where}: text words not printed"
